package org.strengtheningfamilies.outcomes;

import static org.strengtheningfamilies.outcomes.OutcomeVariables.OUTCOMES_SUSTAINED;
import static org.strengtheningfamilies.outcomes.OutcomeVariables.SUSTAIN_EVIDENCE;

import org.strengtheningfamilies.kernel.RequiredFields;

/** Task_ConfirmOutcomesSustained: whether every outcome held for the sustain period, and what shows it. */
public final class SustainCheckRule {

    private SustainCheckRule() {
    }

    public static RequiredFields rule() {
        return RequiredFields.of(OUTCOMES_SUSTAINED, SUSTAIN_EVIDENCE);
    }
}
