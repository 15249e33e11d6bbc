package org.strengtheningfamilies.claimwindow;

import static org.strengtheningfamilies.kernel.ProcessVariable.bool;
import static org.strengtheningfamilies.kernel.ProcessVariable.integer;
import static org.strengtheningfamilies.kernel.ProcessVariable.longNumber;
import static org.strengtheningfamilies.kernel.ProcessVariable.string;

import java.util.List;

import org.strengtheningfamilies.kernel.ProcessVariable;

/** The variables of the {@code pbr-claim-window} process (docs/variables.md, "pbr-claim-window"). */
public final class ClaimWindowVariables {

    public static final String PROCESS_KEY = "pbr-claim-window";

    public static final ProcessVariable<String> CLAIM_RETURN_REFERENCE = string("claimReturnReference").labelled("Claim return");
    public static final ProcessVariable<String> CLAIM_RETURN_WINDOW_FROM = string("claimReturnWindowFrom");
    public static final ProcessVariable<String> CLAIM_RETURN_WINDOW_TO = string("claimReturnWindowTo");
    public static final ProcessVariable<Integer> CLAIM_RETURN_CLAIMS = integer("claimReturnClaims").labelled("Claims");
    public static final ProcessVariable<Integer> CLAIM_RETURN_RESULTS = integer("claimReturnResults").labelled("Results");
    public static final ProcessVariable<Long> CLAIM_RETURN_TOTAL_PENCE = longNumber("claimReturnTotalPence");
    public static final ProcessVariable<String> CLAIM_RETURN_TOTAL = string("claimReturnTotal").labelled("Total");
    public static final ProcessVariable<String> CLAIM_RETURN_CSV = string("claimReturnCsv");
    public static final ProcessVariable<Boolean> CLAIM_RETURN_SIGNED_OFF = bool("claimReturnSignedOff").labelled("I have checked this claim return and sign it off for submission to the department");
    public static final ProcessVariable<String> CLAIM_RETURN_SIGNED_OFF_BY = string("claimReturnSignedOffBy");

    static final List<ProcessVariable<?>> ALL = List.of(CLAIM_RETURN_REFERENCE, CLAIM_RETURN_WINDOW_FROM,
            CLAIM_RETURN_WINDOW_TO, CLAIM_RETURN_CLAIMS, CLAIM_RETURN_RESULTS, CLAIM_RETURN_TOTAL_PENCE,
            CLAIM_RETURN_TOTAL, CLAIM_RETURN_CSV, CLAIM_RETURN_SIGNED_OFF, CLAIM_RETURN_SIGNED_OFF_BY);

    private ClaimWindowVariables() {
    }

    public static List<String> names() {
        return ALL.stream().map(ProcessVariable::name).toList();
    }
}
