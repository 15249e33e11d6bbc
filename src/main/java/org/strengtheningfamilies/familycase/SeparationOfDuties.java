package org.strengtheningfamilies.familycase;

import static org.strengtheningfamilies.allocation.AllocationVariables.KEY_WORKER;
import static org.strengtheningfamilies.familycase.FamilyCaseElements.TASK_AWAIT_CAPACITY;
import static org.strengtheningfamilies.familycase.FamilyCaseElements.TASK_CONFIRM_OUTCOMES_SUSTAINED;
import static org.strengtheningfamilies.familycase.FamilyCaseElements.TASK_DECIDE_FURTHER_SUPPORT;
import static org.strengtheningfamilies.familycase.FamilyCaseElements.TASK_REVIEW_DISENGAGEMENT;
import static org.strengtheningfamilies.familycase.FamilyCaseElements.TASK_REVIEW_REJECTED_CLAIM;
import static org.strengtheningfamilies.referral.ReferralVariables.FAMILY_REF;

import java.util.Set;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;
import org.strengtheningfamilies.kernel.SystemAccess;

/**
 * Assignment and complete listener of Task_AuditClaim: an auditor never audits a claim on a family
 * they work on, as its key worker or as the coordinator who decided on the same family's case
 * (disengagement, a rejected claim, further support, a capacity wait, the sustain check).
 */
@Component("separationOfDuties")
class SeparationOfDuties implements TaskListener {

    static final Set<String> COORDINATOR_DECISIONS = Set.of(TASK_REVIEW_DISENGAGEMENT, TASK_REVIEW_REJECTED_CLAIM,
            TASK_DECIDE_FURTHER_SUPPORT, TASK_AWAIT_CAPACITY, TASK_CONFIRM_OUTCOMES_SUSTAINED);

    @Override
    public void notify(DelegateTask task) {
        // on assignment the auditor is whoever the task is given to; on completion, whoever completes it
        Authentication authentication = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        String auditor = EVENTNAME_ASSIGNMENT.equals(task.getEventName()) || authentication == null
                ? task.getAssignee() : authentication.getUserId();
        if (auditor == null) {
            return;
        }
        String familyRef = FAMILY_REF.get(task);
        if (auditor.equals(KEY_WORKER.get(task))) {
            throw refuse(auditor, familyRef, "are the family's key worker");
        }
        boolean decidedOnThisCase = SystemAccess.call(() -> task.getProcessEngineServices().getHistoryService()
                .createHistoricTaskInstanceQuery().processInstanceId(task.getProcessInstanceId())
                .taskAssignee(auditor).finished().list().stream()
                .map(HistoricTaskInstance::getTaskDefinitionKey).anyMatch(COORDINATOR_DECISIONS::contains));
        if (decidedOnThisCase) {
            throw refuse(auditor, familyRef, "took a coordinator's decision on this family's case");
        }
    }

    private static AuthorizationException refuse(String auditor, String familyRef, String why) {
        return new AuthorizationException("Separation of duties: " + auditor + " cannot audit the claim of "
                + familyRef + " because they " + why);
    }
}
