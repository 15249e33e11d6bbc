package org.strengtheningfamilies.outcomes;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * School data for one school-age child over the last 3 consecutive terms.
 *
 * <p>Deliberately accepts any values, missing figures included: it is read straight from the
 * {@code childrenEducation} JSON variable, which Task_VerifyOutcomes pre-fills with the household's
 * school-age children by name before anyone has their figures, and the task's validation reports
 * every missing or bad figure at once rather than failing on the first. {@link OutcomeEvidence}
 * refuses missing and invalid values before any rule sees them.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ChildEducation(String name, Integer unauthorisedAbsenceSessions, Integer possibleSessions,
                             Integer fixedExclusions, boolean permanentlyExcluded) {

    /** A child the case knows by name, whose figures are still to be given. */
    public static ChildEducation named(String name) {
        return new ChildEducation(name, null, null, null, false);
    }
}
