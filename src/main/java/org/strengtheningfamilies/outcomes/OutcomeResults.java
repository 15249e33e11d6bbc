package org.strengtheningfamilies.outcomes;

/** Every result of DESIGN.md section 4 for one family. */
public record OutcomeResults(OutcomeResult educationResult, OutcomeResult asbResult, OutcomeResult offendingResult,
                             boolean crimeAsbEducationResult, boolean progressToWorkResult,
                             boolean continuousEmploymentResult, boolean turnedAround) {
}
