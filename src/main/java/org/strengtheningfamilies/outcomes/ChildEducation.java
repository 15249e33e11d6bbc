package org.strengtheningfamilies.outcomes;

/**
 * School data for one school-age child over the last 3 consecutive terms.
 *
 * <p>Deliberately accepts any values: it is read straight from the {@code childrenEducation}
 * JSON variable, and the task's validation reports every bad field at once rather than failing
 * on the first. {@link OutcomeEvidence} refuses invalid values before any rule sees them.
 */
public record ChildEducation(String name, int unauthorisedAbsenceSessions, int possibleSessions,
                             int fixedExclusions, boolean permanentlyExcluded) {
}
