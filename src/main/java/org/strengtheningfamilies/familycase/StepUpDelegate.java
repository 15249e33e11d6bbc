package org.strengtheningfamilies.familycase;

import static org.strengtheningfamilies.allocation.AllocationVariables.KEY_WORKER;
import static org.strengtheningfamilies.panel.PanelVariables.LEAD_SERVICE;
import static org.strengtheningfamilies.panel.PanelVariables.NEED_LEVEL;
import static org.strengtheningfamilies.referral.ReferralVariables.FAMILY_REF;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.strengtheningfamilies.allocation.CapacityNotifier;
import org.strengtheningfamilies.allocation.KeyWorkerAllocation;
import org.strengtheningfamilies.panel.LeadService;
import org.strengtheningfamilies.readmodel.CaseReadModel;
import org.strengtheningfamilies.security.KeyWorkerAccess;

/**
 * Task_StepUpToSocialCare: the family moves to Children's Social Care at level 4. The old key
 * worker's place is given back (and offered to whoever waits for it); a CSC key worker is allocated next.
 */
@Component("stepUpDelegate")
public class StepUpDelegate implements JavaDelegate {

    private final KeyWorkerAllocation allocation;
    private final CapacityNotifier notifier;
    private final KeyWorkerAccess access;
    private final CaseReadModel readModel;

    public StepUpDelegate(KeyWorkerAllocation allocation, CapacityNotifier notifier, KeyWorkerAccess access,
                          CaseReadModel readModel) {
        this.readModel = readModel;
        this.allocation = allocation;
        this.notifier = notifier;
        this.access = access;
    }

    @Override
    public void execute(DelegateExecution execution) {
        LeadService previous = LEAD_SERVICE.require(execution);
        allocation.release(FAMILY_REF.require(execution))
                .ifPresent(worker -> access.withdraw(worker, execution.getProcessInstanceId()));
        LEAD_SERVICE.set(execution, LeadService.CSC);
        NEED_LEVEL.set(execution, 4);
        KEY_WORKER.set(execution, null);
        readModel.leadServiceChanged(execution);
        notifier.placeFreed(execution.getProcessEngineServices().getRuntimeService(), previous);
    }
}
