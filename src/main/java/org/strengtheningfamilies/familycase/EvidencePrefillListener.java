package org.strengtheningfamilies.familycase;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;
import org.strengtheningfamilies.datamatching.EvidencePrefill;

/**
 * Task_VerifyOutcomes, on create: the evidence of a family found by data matching is pre-filled from
 * agency data; on complete: every pre-filled value the key worker changed is kept as a correction.
 */
@Component("evidencePrefillListener")
class EvidencePrefillListener implements TaskListener {

    private final EvidencePrefill prefill;

    public EvidencePrefillListener(EvidencePrefill prefill) {
        this.prefill = prefill;
    }

    @Override
    public void notify(DelegateTask task) {
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            prefill.prefill(task);
        } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
            Authentication user = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
            prefill.recordCorrections(task, task.getProcessInstanceId(), user != null ? user.getUserId() : task.getAssignee());
        }
    }
}
