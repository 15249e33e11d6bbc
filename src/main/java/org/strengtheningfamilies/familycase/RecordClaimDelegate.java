package org.strengtheningfamilies.familycase;

import static org.strengtheningfamilies.payment.PaymentVariables.CLAIM_ID;
import static org.strengtheningfamilies.payment.PaymentVariables.CLAIM_REFERENCE;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.strengtheningfamilies.payment.ClaimRepository;
import org.strengtheningfamilies.readmodel.CaseReadModel;

/** Task_RecordClaim: the approved claim gets its reference, once, and its results count as paid. */
@Component("recordClaimDelegate")
public class RecordClaimDelegate implements JavaDelegate {

    private final ClaimRepository claims;
    private final CaseReadModel readModel;

    public RecordClaimDelegate(ClaimRepository claims, CaseReadModel readModel) {
        this.claims = claims;
        this.readModel = readModel;
    }

    @Override
    public void execute(DelegateExecution execution) {
        CLAIM_REFERENCE.set(execution, claims.recordApproved(CLAIM_ID.require(execution)));
        readModel.claimed(execution);
    }
}
