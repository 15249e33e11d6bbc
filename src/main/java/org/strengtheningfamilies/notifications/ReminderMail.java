package org.strengtheningfamilies.notifications;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;

/**
 * The words of each e-mail, from the outbox row and the task as it is when the e-mail goes. An e-mail
 * leaves the council's systems, so it carries only the task's name (plain text in the models), the
 * case reference, the due date and a link to Tasklist: never a name, district, evidence or need.
 */
class ReminderMail {

    /** Subject and plain-text body; empty when there is nothing to say any more. */
    record Message(String subject, String body) {
    }

    static final DateTimeFormatter UK_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final int DIGEST_LINES = 200;

    private final TaskService tasks;
    private final RuntimeService runtime;
    private final RepositoryService repository;
    private final String tasklistUrl;
    private final Clock clock;

    ReminderMail(TaskService tasks, RuntimeService runtime, RepositoryService repository, String tasklistUrl, Clock clock) {
        this.tasks = tasks;
        this.runtime = runtime;
        this.repository = repository;
        this.tasklistUrl = tasklistUrl.endsWith("/") ? tasklistUrl : tasklistUrl + "/";
        this.clock = clock;
    }

    Optional<Message> compose(Notification n) {
        return switch (n.kind()) {
            case ALLOCATED -> Optional.of(allocated(n));
            case HANDED_ON -> task(n.taskId()).map(task -> taskMessage("A task has been handed to you", task,
                    "It was handed to you in Tasklist."));
            case FOLLOW_UP -> task(n.taskId()).filter(task -> n.recipient().equals(task.getAssignee()))
                    .map(task -> taskMessage("Reminder", task, "Its follow-up date has come."));
            case DIGEST -> digest();
        };
    }

    private Message allocated(Notification n) {
        Optional<Task> first = task(n.taskId()).or(() -> tasks.createTaskQuery().processInstanceId(n.processInstanceId())
                .taskAssignee(n.recipient()).orderByTaskCreateTime().asc().list().stream().findFirst());
        if (first.isPresent()) {
            Task task = first.get();
            return new Message("New family allocated to you: " + title(task) + dueSuffix(task),
                    lines("A family has been allocated to you as its key worker.", "",
                            "Task: " + task.getName(), "Case reference: " + reference(task), "Due: " + due(task), "",
                            "Open it in Tasklist: " + link(task)));
        }
        return new Message("New family allocated to you: " + n.caseReference(),
                lines("A family has been allocated to you as its key worker.", "",
                        "Case reference: " + n.caseReference(), "",
                        "Your tasks are in Tasklist: " + tasklistUrl));
    }

    private Message taskMessage(String heading, Task task, String why) {
        return new Message(heading + ": " + title(task) + dueSuffix(task),
                lines(heading + ". " + why, "", "Task: " + task.getName(), "Case reference: " + reference(task),
                        "Due: " + due(task), "", "Open it in Tasklist: " + link(task)));
    }

    private Optional<Message> digest() {
        Date now = Date.from(clock.instant());
        long overdue = tasks.createTaskQuery().dueBefore(now).count();
        if (overdue == 0) {
            return Optional.empty();
        }
        List<Task> oldest = tasks.createTaskQuery().dueBefore(now).orderByDueDate().asc().listPage(0, DIGEST_LINES);
        StringBuilder body = new StringBuilder("Overdue work of the programme on " + LocalDate.now(clock).format(UK_DATE)
                + ": " + overdue + (overdue == 1 ? " task" : " tasks") + ", most overdue first.\n\n");
        for (Task task : oldest) {
            body.append("- ").append(title(task)).append(", due ").append(due(task))
                    .append(", ").append(task.getAssignee() == null ? "not yet taken" : "held by " + task.getAssignee())
                    .append("\n  ").append(link(task)).append('\n');
        }
        if (overdue > oldest.size()) {
            body.append("\n... and ").append(overdue - oldest.size()).append(" more: Tasklist's \"Overdue: whole programme\" lists them all.\n");
        }
        body.append("\nThis e-mail carries no family information: open Tasklist to see the cases.\n");
        return Optional.of(new Message("Overdue work: " + overdue + (overdue == 1 ? " task" : " tasks") + " on "
                + LocalDate.now(clock).format(UK_DATE), body.toString()));
    }

    private Optional<Task> task(String taskId) {
        return taskId == null ? Optional.empty()
                : Optional.ofNullable(tasks.createTaskQuery().taskId(taskId).singleResult());
    }

    /** The task's name with its case reference; a family's tasks already carry it in their name (tasklist). */
    private String title(Task task) {
        String reference = reference(task);
        String name = task.getName();
        return name != null && name.endsWith(reference) ? name : name + ", " + reference;
    }

    /** The case's reference (the family reference) or, for a process without one, the process's name. */
    private String reference(Task task) {
        var instance = task.getProcessInstanceId() == null ? null
                : runtime.createProcessInstanceQuery().processInstanceId(task.getProcessInstanceId()).singleResult();
        if (instance != null && instance.getBusinessKey() != null) {
            return instance.getBusinessKey();
        }
        var definition = task.getProcessDefinitionId() == null ? null
                : repository.getProcessDefinition(task.getProcessDefinitionId());
        return definition == null ? "no case" : definition.getName();
    }

    private String due(Task task) {
        return task.getDueDate() == null ? "no due date"
                : task.getDueDate().toInstant().atZone(zone()).toLocalDate().format(UK_DATE);
    }

    private String dueSuffix(Task task) {
        return task.getDueDate() == null ? "" : ", due " + due(task);
    }

    private String link(Task task) {
        return tasklistUrl + "#/?task=" + task.getId();
    }

    private ZoneId zone() {
        return clock.getZone();
    }

    private static String lines(String... lines) {
        return String.join("\n", lines) + "\n\nThis e-mail carries no family information: open Tasklist to see the case.\n";
    }
}
