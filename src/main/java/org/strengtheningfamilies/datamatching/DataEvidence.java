package org.strengtheningfamilies.datamatching;

import java.util.List;

import org.strengtheningfamilies.outcomes.ChildEducation;

/** DESIGN.md section 9 evidence as the agency data tells it. */
public record DataEvidence(int baselineAsbIncidents, int afterAsbIncidents, int baselineYouthOffences,
                           int afterYouthOffences, List<ChildEducation> childrenEducation, boolean progressToWork,
                           int continuousEmploymentWeeks) {
}
