package org.strengtheningfamilies.audittrail;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricDetail;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.springframework.context.annotation.Lazy;
import org.strengtheningfamilies.kernel.SystemAccess;
import org.springframework.stereotype.Service;
import org.strengtheningfamilies.outcomes.OutcomeVariables;
import org.strengtheningfamilies.support.SupportVariables;

/**
 * Who changed a family's case data, from the engine's history and user operation log. Managers may
 * not read family variables, so this reads the history on the system's behalf and returns names,
 * users, times and steps, never values.
 */
@Service
class CaseChanges {

    /** The outcome evidence a claim is paid on (DESIGN.md section 9, "evidence"). */
    public static final Set<String> EVIDENCE = Set.of(
            OutcomeVariables.BASELINE_ASB_INCIDENTS.name(), OutcomeVariables.AFTER_ASB_INCIDENTS.name(),
            OutcomeVariables.BASELINE_YOUTH_OFFENCES.name(), OutcomeVariables.AFTER_YOUTH_OFFENCES.name(),
            OutcomeVariables.CHILDREN_EDUCATION.name(), OutcomeVariables.PROGRESS_TO_WORK.name(),
            OutcomeVariables.CONTINUOUS_EMPLOYMENT_WEEKS.name(), OutcomeVariables.EVIDENCE_NOTES.name(),
            SupportVariables.ATTACHMENT_DATE.name());

    private final HistoryService history;
    private final IdentityService identity;

    public CaseChanges(@Lazy HistoryService history, @Lazy IdentityService identity) {
        this.history = history;
        this.identity = identity;
    }

    public List<CaseChange> of(String familyRef, boolean evidenceOnly) {
        return asSystem(() -> {
            List<CaseChange> changes = new ArrayList<>();
            for (HistoricProcessInstance instance : history.createHistoricProcessInstanceQuery()
                    .processInstanceBusinessKey(familyRef).list()) {
                Map<String, String> users = new HashMap<>();
                Map<String, String> taskNames = new HashMap<>();
                for (HistoricTaskInstance task : history.createHistoricTaskInstanceQuery()
                        .processInstanceId(instance.getId()).list()) {
                    taskNames.put(task.getId(), task.getName());
                }
                // a task's form writes to the case, so the step is the activity the change was made at
                Map<String, String> activityNames = new HashMap<>();
                for (HistoricActivityInstance activity : history.createHistoricActivityInstanceQuery()
                        .processInstanceId(instance.getId()).list()) {
                    activityNames.put(activity.getId(), activity.getActivityName());
                }
                for (HistoricDetail detail : history.createHistoricDetailQuery().processInstanceId(instance.getId())
                        .variableUpdates().orderByTime().asc().list()) {
                    HistoricVariableUpdate update = (HistoricVariableUpdate) detail;
                    if (evidenceOnly && !EVIDENCE.contains(update.getVariableName())) {
                        continue;
                    }
                    String user = update.getUserOperationId() == null ? null
                            : users.computeIfAbsent(update.getUserOperationId(), this::userOf);
                    String step = update.getTaskId() != null ? taskNames.get(update.getTaskId())
                            : activityNames.getOrDefault(update.getActivityInstanceId(), update.getActivityInstanceId());
                    changes.add(new CaseChange(update.getVariableName(), user == null ? "system" : user,
                            update.getTime(), step, instance.getId()));
                }
            }
            changes.sort(Comparator.comparing(CaseChange::changedAt));
            return changes;
        });
    }

    private String userOf(String operationId) {
        return history.createUserOperationLogQuery().operationId(operationId).list().stream()
                .map(UserOperationLogEntry::getUserId).filter(u -> u != null).findFirst().orElse(null);
    }

    private <T> T asSystem(Supplier<T> query) {
        return SystemAccess.withoutUser(identity, query);
    }
}
