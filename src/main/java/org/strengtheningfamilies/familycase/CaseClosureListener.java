package org.strengtheningfamilies.familycase;

import static org.strengtheningfamilies.familycase.FamilyCaseVariables.CASE_OUTCOME;
import static org.strengtheningfamilies.referral.ReferralVariables.FAMILY_REF;

import java.util.Optional;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.strengtheningfamilies.allocation.CapacityNotifier;
import org.strengtheningfamilies.allocation.CaseloadRepository;
import org.strengtheningfamilies.panel.LeadService;
import org.strengtheningfamilies.panel.PanelVariables;
import org.strengtheningfamilies.readmodel.CaseReadModel;
import org.strengtheningfamilies.security.KeyWorkerAccess;

/**
 * End listener of the family-case process (every end event, and a case deleted in Cockpit unless
 * listeners are skipped): the family no longer has a live case and its key worker's place is freed
 * for the family that has waited longest.
 */
@Component("caseClosureListener")
public class CaseClosureListener implements ExecutionListener {

    private static final Logger LOG = LoggerFactory.getLogger(CaseClosureListener.class);

    private final CaseloadRepository caseload;
    private final CapacityNotifier notifier;
    private final KeyWorkerAccess access;
    private final CaseReadModel readModel;

    public CaseClosureListener(CaseloadRepository caseload, CapacityNotifier notifier, KeyWorkerAccess access,
                               CaseReadModel readModel) {
        this.readModel = readModel;
        this.caseload = caseload;
        this.notifier = notifier;
        this.access = access;
    }

    @Override
    public void notify(DelegateExecution execution) {
        String familyRef = FAMILY_REF.get(execution);
        if (familyRef == null) {
            return;
        }
        String outcome = CASE_OUTCOME.find(execution).orElse("CANCELLED");
        Optional<String> heldPlace = caseload.placeHolder(familyRef);
        caseload.close(familyRef);
        readModel.closed(execution, outcome);
        heldPlace.ifPresent(worker -> access.withdraw(worker, execution.getProcessInstanceId()));
        LOG.info("Case {} closed: {}", familyRef, outcome);
        if (heldPlace.isPresent()) {
            LeadService service = PanelVariables.LEAD_SERVICE.get(execution);
            if (service != null) {
                notifier.placeFreed(execution.getProcessEngineServices().getRuntimeService(), service);
            }
        }
    }
}
