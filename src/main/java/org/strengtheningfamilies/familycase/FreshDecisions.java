package org.strengtheningfamilies.familycase;

import static org.strengtheningfamilies.familycase.FamilyCaseElements.TASK_AUDIT_CLAIM;
import static org.strengtheningfamilies.familycase.FamilyCaseElements.TASK_CONFIRM_OUTCOMES_SUSTAINED;
import static org.strengtheningfamilies.familycase.FamilyCaseElements.TASK_DECIDE_FURTHER_SUPPORT;
import static org.strengtheningfamilies.familycase.FamilyCaseElements.TASK_MONTHLY_REVIEW;
import static org.strengtheningfamilies.familycase.FamilyCaseElements.TASK_PANEL_VALIDATION;
import static org.strengtheningfamilies.familycase.FamilyCaseElements.TASK_REVIEW_DISENGAGEMENT;
import static org.strengtheningfamilies.familycase.FamilyCaseElements.TASK_REVIEW_REJECTED_CLAIM;
import static org.strengtheningfamilies.familycase.FamilyCaseElements.TASK_SUPPORT_FAMILY;
import static org.strengtheningfamilies.outcomes.OutcomeVariables.OUTCOMES_SUSTAINED;
import static org.strengtheningfamilies.outcomes.OutcomeVariables.SUSTAIN_EVIDENCE;
import static org.strengtheningfamilies.panel.PanelVariables.PANEL_DECISION;
import static org.strengtheningfamilies.panel.PanelVariables.PANEL_REASON;
import static org.strengtheningfamilies.payment.PaymentVariables.AUDIT_DECISION;
import static org.strengtheningfamilies.payment.PaymentVariables.AUDIT_REASON;
import static org.strengtheningfamilies.payment.PaymentVariables.REJECTED_CLAIM_DECISION;
import static org.strengtheningfamilies.support.SupportVariables.DISENGAGEMENT_DECISION;
import static org.strengtheningfamilies.support.SupportVariables.DISENGAGEMENT_NOTES;
import static org.strengtheningfamilies.support.SupportVariables.FURTHER_SUPPORT_DECISION;
import static org.strengtheningfamilies.support.SupportVariables.FURTHER_SUPPORT_NOTES;
import static org.strengtheningfamilies.support.SupportVariables.REVIEW_CONCERNS;
import static org.strengtheningfamilies.support.SupportVariables.REVIEW_ENGAGEMENT;
import static org.strengtheningfamilies.support.SupportVariables.REVIEW_PROGRESS;
import static org.strengtheningfamilies.support.SupportVariables.SUPPORT_ACTION;
import static org.strengtheningfamilies.support.SupportVariables.SUPPORT_ACTION_REASON;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import org.strengtheningfamilies.kernel.ProcessVariable;

/**
 * Create listener of the tasks that can come round again (a second panel round, a re-audit, the
 * next monthly review): the form must open blank, not with the last answer already ticked. The
 * earlier answers stay in the engine's history.
 */
@Component("freshDecisions")
class FreshDecisions implements TaskListener {

    static final Map<String, List<ProcessVariable<?>>> CLEARED_ON_CREATE = Map.of(
            TASK_PANEL_VALIDATION, List.of(PANEL_DECISION, PANEL_REASON),
            TASK_SUPPORT_FAMILY, List.of(SUPPORT_ACTION, SUPPORT_ACTION_REASON),
            TASK_MONTHLY_REVIEW, List.of(REVIEW_ENGAGEMENT, REVIEW_PROGRESS, REVIEW_CONCERNS),
            TASK_REVIEW_DISENGAGEMENT, List.of(DISENGAGEMENT_DECISION, DISENGAGEMENT_NOTES),
            TASK_AUDIT_CLAIM, List.of(AUDIT_DECISION, AUDIT_REASON),
            TASK_REVIEW_REJECTED_CLAIM, List.of(REJECTED_CLAIM_DECISION),
            TASK_DECIDE_FURTHER_SUPPORT, List.of(FURTHER_SUPPORT_DECISION, FURTHER_SUPPORT_NOTES),
            TASK_CONFIRM_OUTCOMES_SUSTAINED, List.of(OUTCOMES_SUSTAINED, SUSTAIN_EVIDENCE));

    @Override
    public void notify(DelegateTask task) {
        for (ProcessVariable<?> variable : CLEARED_ON_CREATE.getOrDefault(task.getTaskDefinitionKey(), List.of())) {
            task.getExecution().removeVariable(variable.name());
        }
    }
}
