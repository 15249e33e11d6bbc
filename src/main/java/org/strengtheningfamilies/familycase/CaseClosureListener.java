package org.strengtheningfamilies.familycase;

import static org.strengtheningfamilies.allocation.AllocationVariables.KEY_WORKER;
import static org.strengtheningfamilies.familycase.FamilyCaseVariables.CASE_OUTCOME;
import static org.strengtheningfamilies.panel.PanelVariables.LEAD_SERVICE;
import static org.strengtheningfamilies.referral.ReferralVariables.FAMILY_REF;

import java.util.Optional;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.strengtheningfamilies.allocation.CaseloadRepository;
import org.strengtheningfamilies.events.CaseClosed;

/**
 * End listener of the family-case process (every end event, and a case deleted in Cockpit unless
 * listeners are skipped): the family no longer has a live case, and the place its key worker held is
 * given back ({@link CaseClosed}: access withdrawn, the family that has waited longest woken).
 */
@Component("caseClosureListener")
class CaseClosureListener implements ExecutionListener {

    private static final Logger LOG = LoggerFactory.getLogger(CaseClosureListener.class);

    private final CaseloadRepository caseload;
    private final CaseEvents events;

    CaseClosureListener(CaseloadRepository caseload, CaseEvents events) {
        this.caseload = caseload;
        this.events = events;
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
        LOG.info("Case {} closed: {}", familyRef, outcome);
        events.publish(new CaseClosed(execution.getProcessInstanceId(), familyRef, events.today(), outcome,
                heldPlace.orElse(null), LEAD_SERVICE.get(execution), KEY_WORKER.get(execution)));
    }
}
