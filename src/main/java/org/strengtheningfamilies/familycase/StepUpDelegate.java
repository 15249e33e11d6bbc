package org.strengtheningfamilies.familycase;

import static org.strengtheningfamilies.allocation.AllocationVariables.KEY_WORKER;
import static org.strengtheningfamilies.panel.PanelVariables.LEAD_SERVICE;
import static org.strengtheningfamilies.panel.PanelVariables.NEED_LEVEL;
import static org.strengtheningfamilies.referral.ReferralVariables.FAMILY_REF;

import java.util.Optional;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.strengtheningfamilies.allocation.KeyWorkerAllocation;
import org.strengtheningfamilies.events.FamilySteppedUp;
import org.strengtheningfamilies.panel.LeadService;

/**
 * Task_StepUpToSocialCare: the family moves to Children's Social Care at level 4. The old key
 * worker's place is given back (and offered to whoever waits for it); a CSC key worker is allocated next.
 */
@Component("stepUpDelegate")
class StepUpDelegate implements JavaDelegate {

    private final KeyWorkerAllocation allocation;
    private final CaseEvents events;

    StepUpDelegate(KeyWorkerAllocation allocation, CaseEvents events) {
        this.allocation = allocation;
        this.events = events;
    }

    @Override
    public void execute(DelegateExecution execution) {
        LeadService previous = LEAD_SERVICE.require(execution);
        String familyRef = FAMILY_REF.require(execution);
        Optional<String> released = allocation.release(familyRef);
        LEAD_SERVICE.set(execution, LeadService.CSC);
        NEED_LEVEL.set(execution, 4);
        KEY_WORKER.set(execution, null);
        events.publish(new FamilySteppedUp(execution.getProcessInstanceId(), familyRef, events.today(), previous,
                released.orElse(null), LeadService.CSC, 4));
    }
}
