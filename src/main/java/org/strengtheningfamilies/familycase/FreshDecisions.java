package org.strengtheningfamilies.familycase;

import static org.strengtheningfamilies.familycase.FamilyCaseVariables.*;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Create listener of the tasks that can come round again (a second panel round, a re-audit, the
 * next monthly review): the form must open blank, not with the last answer already ticked. The
 * earlier answers stay in the engine's history.
 */
@Component("freshDecisions")
public class FreshDecisions implements TaskListener {

    static final Map<String, List<ProcessVariable<?>>> CLEARED_ON_CREATE = Map.of(
            "Task_PanelValidation", List.of(PANEL_DECISION, PANEL_REASON),
            "Task_SupportFamily", List.of(SUPPORT_ACTION, SUPPORT_ACTION_REASON),
            "Task_MonthlyReview", List.of(REVIEW_ENGAGEMENT, REVIEW_PROGRESS, REVIEW_CONCERNS),
            "Task_ReviewDisengagement", List.of(DISENGAGEMENT_DECISION, DISENGAGEMENT_NOTES),
            "Task_AuditClaim", List.of(AUDIT_DECISION, AUDIT_REASON),
            "Task_ReviewRejectedClaim", List.of(REJECTED_CLAIM_DECISION),
            "Task_DecideFurtherSupport", List.of(FURTHER_SUPPORT_DECISION, FURTHER_SUPPORT_NOTES));

    @Override
    public void notify(DelegateTask task) {
        for (ProcessVariable<?> variable : CLEARED_ON_CREATE.getOrDefault(task.getTaskDefinitionKey(), List.of())) {
            task.getExecution().removeVariable(variable.name());
        }
    }
}
