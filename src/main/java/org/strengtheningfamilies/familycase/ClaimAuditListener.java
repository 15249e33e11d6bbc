package org.strengtheningfamilies.familycase;

import static org.strengtheningfamilies.payment.PaymentVariables.AUDIT_DECISION;
import static org.strengtheningfamilies.payment.PaymentVariables.AUDIT_REASON;
import static org.strengtheningfamilies.payment.PaymentVariables.CLAIM_ID;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;
import org.strengtheningfamilies.payment.ClaimRepository;

/** Complete listener of Task_AuditClaim: the audit decision is recorded on the claim, with who made it. */
@Component("claimAuditListener")
class ClaimAuditListener implements TaskListener {

    private final ClaimRepository claims;

    public ClaimAuditListener(ClaimRepository claims) {
        this.claims = claims;
    }

    @Override
    public void notify(DelegateTask task) {
        Authentication authentication = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        String auditor = authentication != null ? authentication.getUserId() : task.getAssignee();
        claims.recordAudit(CLAIM_ID.require(task), AUDIT_DECISION.require(task), AUDIT_REASON.get(task), auditor);
    }
}
