package org.strengtheningfamilies.familycase;

import static org.strengtheningfamilies.payment.PaymentVariables.CLAIM_ID;
import static org.strengtheningfamilies.payment.PaymentVariables.CLAIM_REFERENCE;
import static org.strengtheningfamilies.referral.ReferralVariables.FAMILY_REF;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.strengtheningfamilies.events.ClaimRecorded;
import org.strengtheningfamilies.payment.ClaimRepository;

/** Task_RecordClaim: the approved claim gets its reference, once, and its results count as paid. */
@Component("recordClaimDelegate")
class RecordClaimDelegate implements JavaDelegate {

    private final ClaimRepository claims;
    private final CaseEvents events;

    RecordClaimDelegate(ClaimRepository claims, CaseEvents events) {
        this.claims = claims;
        this.events = events;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String reference = claims.recordApproved(CLAIM_ID.require(execution));
        CLAIM_REFERENCE.set(execution, reference);
        events.publish(new ClaimRecorded(execution.getProcessInstanceId(), FAMILY_REF.get(execution), events.today(),
                reference));
    }
}
