package org.strengtheningfamilies.claimwindow;

import static org.strengtheningfamilies.claimwindow.ClaimWindowVariables.CLAIM_RETURN_SIGNED_OFF;
import static org.strengtheningfamilies.claimwindow.ClaimWindowVariables.CLAIM_RETURN_SIGNED_OFF_BY;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;
import org.strengtheningfamilies.kernel.CaseDataException;

/**
 * Completing Task_SignOffClaimReturn: the coordinator must confirm the return, and who did is
 * recorded (the logged-in user, else the task's assignee). Refusals are a 400 naming the field.
 */
@Component("claimReturnSignOffListener")
class ClaimReturnSignOffListener implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        if (!Boolean.TRUE.equals(CLAIM_RETURN_SIGNED_OFF.get(task))) {
            throw CaseDataException.of(CLAIM_RETURN_SIGNED_OFF.name(), "Tick “" + CLAIM_RETURN_SIGNED_OFF.label()
                    + "” once you have checked the return: it is submitted to the department only when the coordinator signs it off.");
        }
        Authentication caller = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        String user = caller != null && caller.getUserId() != null ? caller.getUserId() : task.getAssignee();
        if (user == null) {
            throw CaseDataException.of(CLAIM_RETURN_SIGNED_OFF.name(), "A claim return is signed off by a person: log in "
                    + "(or claim the task) before you sign it off.");
        }
        CLAIM_RETURN_SIGNED_OFF_BY.set(task, user);
    }
}
