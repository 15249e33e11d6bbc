package org.strengtheningfamilies.outcomes;

import java.util.List;

/**
 * Verified evidence for the 6 months after attachment against the 6 months before.
 *
 * @param educationApplies whether education was a criterion at referral
 */
public record OutcomeEvidence(boolean educationApplies, List<ChildEducation> childrenEducation,
                              int baselineAsbIncidents, int afterAsbIncidents,
                              int baselineYouthOffences, int afterYouthOffences,
                              boolean progressToWork, int continuousEmploymentWeeks) {

    public OutcomeEvidence {
        childrenEducation = childrenEducation == null ? List.of() : List.copyOf(checkChildren(childrenEducation));
        notNegative("baselineAsbIncidents", baselineAsbIncidents);
        notNegative("afterAsbIncidents", afterAsbIncidents);
        notNegative("baselineYouthOffences", baselineYouthOffences);
        notNegative("afterYouthOffences", afterYouthOffences);
        notNegative("continuousEmploymentWeeks", continuousEmploymentWeeks);
    }

    /**
     * Refuses children whose figures cannot be true. Positions are 1-based to match the messages
     * the evidence form shows.
     */
    static List<ChildEducation> checkChildren(List<ChildEducation> children) {
        for (int i = 0; i < children.size(); i++) {
            ChildEducation child = children.get(i);
            String at = "childrenEducation[" + (i + 1) + "]";
            if (child == null) {
                throw new IllegalArgumentException(at + " is empty");
            }
            notNegative(at + ".unauthorisedAbsenceSessions", given(at + ".unauthorisedAbsenceSessions", child.unauthorisedAbsenceSessions()));
            notNegative(at + ".possibleSessions", given(at + ".possibleSessions", child.possibleSessions()));
            notNegative(at + ".fixedExclusions", given(at + ".fixedExclusions", child.fixedExclusions()));
            if (child.unauthorisedAbsenceSessions() > child.possibleSessions()) {
                throw new IllegalArgumentException(at + ".unauthorisedAbsenceSessions ("
                        + child.unauthorisedAbsenceSessions() + ") must not be more than possibleSessions ("
                        + child.possibleSessions() + ")");
            }
        }
        return children;
    }

    private static int given(String field, Integer value) {
        if (value == null) {
            throw new IllegalArgumentException(field + " is required");
        }
        return value;
    }

    static void notNegative(String field, int value) {
        if (value < 0) {
            throw new IllegalArgumentException(field + " must be 0 or more (was " + value + ")");
        }
    }
}
