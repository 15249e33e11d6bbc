package org.strengtheningfamilies.payment;

import static org.strengtheningfamilies.payment.PaymentVariables.AUDIT_DECISION;
import static org.strengtheningfamilies.payment.PaymentVariables.AUDIT_REASON;
import static org.strengtheningfamilies.payment.PaymentVariables.REJECTED_CLAIM_DECISION;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.strengtheningfamilies.kernel.Problem;
import org.strengtheningfamilies.kernel.Problems;
import org.strengtheningfamilies.kernel.RequiredFields;
import org.strengtheningfamilies.kernel.TaskDataRule;

/** Task_AuditClaim: approve, or reject with a reason the coordinator and key worker can act on. */
@Component
public class AuditClaimRule implements TaskDataRule {

    /** Task_ReviewRejectedClaim: the coordinator either sends the evidence back or accepts the rejection. */
    public static final TaskDataRule REJECTED_CLAIM_DECISION_RULE = RequiredFields.of(REJECTED_CLAIM_DECISION);

    @Override
    public List<Problem> problems(Map<String, Object> variables) {
        Problems problems = new Problems(variables);
        AuditDecision decision = problems.required(AUDIT_DECISION).orElse(null);
        String reason = problems.read(AUDIT_REASON).orElse("");
        if (decision == AuditDecision.REJECTED && reason.isBlank()) {
            problems.add(AUDIT_REASON.name(), "Give the reason for rejecting the claim: the coordinator and the key worker will read it.");
        }
        return problems.list();
    }
}
