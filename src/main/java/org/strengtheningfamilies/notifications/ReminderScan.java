package org.strengtheningfamilies.notifications;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Date;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The reminders that time brings: each task past its follow-up date is reminded to whoever holds it,
 * once per task; every morning each coordinator gets the day's digest of overdue work, once a day.
 * Both only add to the outbox, and its keys keep them to once when several nodes scan.
 */
class ReminderScan {

    private static final Logger LOG = LoggerFactory.getLogger(ReminderScan.class);
    static final String COORDINATORS = "coordinator";

    private final TaskService tasks;
    private final IdentityService identity;
    private final NotificationOutbox outbox;
    private final Clock clock;

    ReminderScan(TaskService tasks, IdentityService identity, NotificationOutbox outbox, Clock clock) {
        this.tasks = tasks;
        this.identity = identity;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** Tasks held by someone whose follow-up date has come: one reminder each. */
    int followUps() {
        int added = 0;
        for (Task task : tasks.createTaskQuery().followUpBefore(Date.from(clock.instant())).taskAssigned().list()) {
            if (outbox.add(Notification.Kind.FOLLOW_UP, task.getAssignee(), "FOLLOW_UP:" + task.getId(),
                    task.getProcessInstanceId(), null, task.getId(), clock.instant())) {
                added++;
            }
        }
        if (added > 0) {
            LOG.info("{} follow-up reminders to send", added);
        }
        return added;
    }

    /** Today's digest of overdue work for each coordinator, when anything is overdue. */
    int digest() {
        if (tasks.createTaskQuery().dueBefore(Date.from(clock.instant())).count() == 0) {
            return 0;
        }
        LocalDate today = LocalDate.now(clock);
        int added = 0;
        for (User coordinator : identity.createUserQuery().memberOfGroup(COORDINATORS).list()) {
            if (outbox.add(Notification.Kind.DIGEST, coordinator.getId(), "DIGEST:" + today + ":" + coordinator.getId(),
                    null, null, null, clock.instant())) {
                added++;
            }
        }
        return added;
    }
}
