package org.strengtheningfamilies.datamatching;

import static org.strengtheningfamilies.kernel.ProcessVariable.jsonList;
import static org.strengtheningfamilies.kernel.ProcessVariable.string;

import java.util.List;

import org.strengtheningfamilies.kernel.ProcessVariable;

/**
 * The outcome evidence pre-filled from agency data (Task_VerifyOutcomes) and the reason a key worker gives for changing it.
 * Part of the family-case variable contract (docs/variables.md): add freely, rename never.
 */
public final class EvidencePrefillVariables {

    private EvidencePrefillVariables() {
    }

    public static final ProcessVariable<List<PrefilledValue>> EVIDENCE_PREFILL = jsonList("evidencePrefill", PrefilledValue.class);
    public static final ProcessVariable<String> EVIDENCE_CORRECTION_REASON = string("evidenceCorrectionReason").labelled("Reason for correcting pre-filled figures");
}
