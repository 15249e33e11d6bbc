package org.strengtheningfamilies.casefile;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricDetail;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.strengtheningfamilies.familycase.FamilyCaseVariables;
import org.strengtheningfamilies.kernel.SystemAccess;
import org.strengtheningfamilies.kernel.ProcessVariable;

/**
 * What the engine's history holds about one family's cases (process instances with the family
 * reference as business key), read on the system's behalf once the caller has been allowed to read the
 * family: activities, tasks with who did them, and every value each variable was given, with when.
 */
class CaseHistory {

    /** One case of the family. */
    record Case(HistoricProcessInstance instance, List<HistoricActivityInstance> activities,
                List<HistoricTaskInstance> tasks, List<HistoricVariableUpdate> updates, Map<String, String> completedBy) {

        /** The last value {@code variable} was given between {@code from} and {@code to} (inclusive). */
        <T> Optional<T> valueSetBetween(ProcessVariable<T> variable, Date from, Date to) {
            return rawSetBetween(variable.name(), from, to).map(raw -> convert(variable, raw));
        }

        Optional<Object> rawSetBetween(String name, Date from, Date to) {
            HistoricVariableUpdate found = null;
            for (HistoricVariableUpdate update : updates) {
                if (update.getVariableName().equals(name) && !update.getTime().before(from)
                        && (to == null || !update.getTime().after(to))) {
                    found = update;
                }
            }
            return found == null ? Optional.empty() : Optional.ofNullable(found.getValue());
        }

        /** The variable's first value in the case (what the referral said). */
        <T> Optional<T> firstValue(ProcessVariable<T> variable) {
            return updates.stream().filter(u -> u.getVariableName().equals(variable.name()) && u.getValue() != null)
                    .findFirst().map(u -> convert(variable, u.getValue()));
        }

        /** The variable's last value in the case. */
        <T> Optional<T> lastValue(ProcessVariable<T> variable) {
            HistoricVariableUpdate last = null;
            for (HistoricVariableUpdate update : updates) {
                if (update.getVariableName().equals(variable.name())) {
                    last = update;
                }
            }
            return last == null || last.getValue() == null ? Optional.empty() : Optional.of(convert(variable, last.getValue()));
        }

        /** The names of the variables given a value between the two times. */
        List<HistoricVariableUpdate> updatesBetween(Date from, Date to) {
            return updates.stream().filter(u -> !u.getTime().before(from) && (to == null || !u.getTime().after(to))).toList();
        }

        /** Who completed the task: its assignee, or the user the operation log names. */
        String whoCompleted(HistoricTaskInstance task) {
            return task.getAssignee() != null ? task.getAssignee() : completedBy.getOrDefault(task.getId(), "system");
        }

        private static <T> T convert(ProcessVariable<T> variable, Object raw) {
            try {
                return variable.convert(raw);
            } catch (RuntimeException unreadable) {
                return null; // a value the form's own check refused at the time; nothing to show
            }
        }
    }

    private final HistoryService history;
    private final IdentityService identity;

    CaseHistory(HistoryService history, IdentityService identity) {
        this.history = history;
        this.identity = identity;
    }

    /** The family's cases, oldest first (a family referred again later has another). */
    List<Case> of(String familyRef) {
        return asSystem(() -> {
            List<Case> cases = new ArrayList<>();
            for (HistoricProcessInstance instance : history.createHistoricProcessInstanceQuery()
                    .processInstanceBusinessKey(familyRef).orderByProcessInstanceStartTime().asc().list()) {
                String id = instance.getId();
                List<HistoricActivityInstance> activities = history.createHistoricActivityInstanceQuery()
                        .processInstanceId(id).orderByHistoricActivityInstanceStartTime().asc()
                        .orderPartiallyByOccurrence().asc().list();
                List<HistoricTaskInstance> tasks = history.createHistoricTaskInstanceQuery().processInstanceId(id)
                        .orderByHistoricActivityInstanceStartTime().asc().list();
                List<HistoricVariableUpdate> updates = new ArrayList<>();
                for (HistoricDetail detail : history.createHistoricDetailQuery().processInstanceId(id).variableUpdates()
                        .orderPartiallyByOccurrence().asc().list()) {
                    updates.add((HistoricVariableUpdate) detail);
                }
                updates.sort(Comparator.comparing(HistoricDetail::getTime));
                Map<String, String> completedBy = history.createUserOperationLogQuery().processInstanceId(id)
                        .operationType(UserOperationLogEntry.OPERATION_TYPE_COMPLETE).list().stream()
                        .filter(e -> e.getTaskId() != null && e.getUserId() != null)
                        .collect(Collectors.toMap(UserOperationLogEntry::getTaskId, UserOperationLogEntry::getUserId,
                                (a, b) -> a));
                cases.add(new Case(instance, activities, tasks, updates, completedBy));
            }
            return cases;
        });
    }

    /** The family reference of a family case's task (open or done), if it is one. */
    Optional<String> familyOfTask(String taskId) {
        return asSystem(() -> Optional.ofNullable(history.createHistoricTaskInstanceQuery().taskId(taskId).singleResult())
                .filter(task -> FamilyCaseVariables.PROCESS_KEY.equals(task.getProcessDefinitionKey()))
                .map(task -> history.createHistoricProcessInstanceQuery().processInstanceId(task.getProcessInstanceId())
                        .singleResult())
                .map(HistoricProcessInstance::getBusinessKey));
    }

    static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }

    private <T> T asSystem(Supplier<T> query) {
        return SystemAccess.withoutUser(identity, query);
    }
}
