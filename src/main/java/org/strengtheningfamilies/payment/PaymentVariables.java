package org.strengtheningfamilies.payment;

import static org.strengtheningfamilies.kernel.ProcessVariable.enumeration;
import static org.strengtheningfamilies.kernel.ProcessVariable.integer;
import static org.strengtheningfamilies.kernel.ProcessVariable.jsonList;
import static org.strengtheningfamilies.kernel.ProcessVariable.longNumber;
import static org.strengtheningfamilies.kernel.ProcessVariable.string;

import java.util.List;

import org.strengtheningfamilies.kernel.ProcessVariable;

/**
 * The payment-by-results claim: the programme year, what is claimed, internal audit's decision and the claim reference.
 * Part of the family-case variable contract (docs/variables.md): add freely, rename never.
 */
public final class PaymentVariables {

    private PaymentVariables() {
    }

    public static final ProcessVariable<Integer> PROGRAMME_YEAR = integer("programmeYear").labelled("Programme year");
    public static final ProcessVariable<String> CLAIM_ID = string("claimId");
    public static final ProcessVariable<Long> CLAIM_AMOUNT_PENCE = longNumber("claimAmountPence");
    public static final ProcessVariable<List<String>> CLAIM_RESULT_TYPES = jsonList("claimResultTypes", String.class).labelled("Results claimed");
    public static final ProcessVariable<AuditDecision> AUDIT_DECISION = enumeration("auditDecision", AuditDecision.class).labelled("Audit decision");
    public static final ProcessVariable<String> AUDIT_REASON = string("auditReason").labelled("Reason for rejecting");
    public static final ProcessVariable<String> CLAIM_REFERENCE = string("claimReference");
    public static final ProcessVariable<RejectedClaimDecision> REJECTED_CLAIM_DECISION = enumeration("rejectedClaimDecision", RejectedClaimDecision.class).labelled("Decision");
}
