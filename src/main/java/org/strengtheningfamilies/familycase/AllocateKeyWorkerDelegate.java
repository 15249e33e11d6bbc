package org.strengtheningfamilies.familycase;

import static org.strengtheningfamilies.allocation.AllocationVariables.KEY_WORKER;
import static org.strengtheningfamilies.allocation.AllocationVariables.KEY_WORKER_TEAM;
import static org.strengtheningfamilies.panel.PanelVariables.LEAD_SERVICE;
import static org.strengtheningfamilies.referral.ReferralVariables.FAMILY_REF;

import java.util.Optional;

import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.strengtheningfamilies.allocation.KeyWorkerAllocation;
import org.strengtheningfamilies.events.KeyWorkerAllocated;
import org.strengtheningfamilies.kernel.SystemAccess;
import org.strengtheningfamilies.panel.LeadService;

/** Task_AllocateKeyWorker: a key worker of the lead service, or the business error NO_CAPACITY. */
@Component("allocateKeyWorkerDelegate")
class AllocateKeyWorkerDelegate implements JavaDelegate {

    static final String NO_CAPACITY = "NO_CAPACITY";

    private final KeyWorkerAllocation allocation;
    private final CaseEvents events;

    AllocateKeyWorkerDelegate(KeyWorkerAllocation allocation, CaseEvents events) {
        this.allocation = allocation;
        this.events = events;
    }

    @Override
    public void execute(DelegateExecution execution) {
        LeadService service = LEAD_SERVICE.require(execution);
        KEY_WORKER_TEAM.set(execution, service.teamGroup());
        String familyRef = FAMILY_REF.require(execution);
        Optional<String> worker = SystemAccess.call(() -> allocation.allocate(familyRef, service));
        if (worker.isEmpty()) {
            KEY_WORKER.set(execution, null);
            throw new BpmnError(NO_CAPACITY, "No key worker of " + service + " has a free place (cap "
                    + allocation.cap() + ")");
        }
        KEY_WORKER.set(execution, worker.get());
        events.publish(new KeyWorkerAllocated(execution.getProcessInstanceId(), familyRef, events.today(), worker.get(),
                service));
    }
}
