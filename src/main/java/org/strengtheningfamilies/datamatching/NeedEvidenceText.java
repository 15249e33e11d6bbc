package org.strengtheningfamilies.datamatching;

import java.util.ArrayList;
import java.util.List;

import org.strengtheningfamilies.outcomes.ChildEducation;

/**
 * What the agency data says about a need, in words for the key worker's outcome verification: the
 * police and YOT counts, each child's school attendance and exclusions, the DWP work figures, each from
 * the dataset the need is shown by (Need.datasets). Empty when no dataset of the need has figures.
 */
final class NeedEvidenceText {

    private NeedEvidenceText() {
    }

    static String of(DataEvidence data, List<String> datasets) {
        List<String> parts = new ArrayList<>();
        if (datasets.contains("police")) {
            parts.add("Police and YOT records: " + data.baselineAsbIncidents() + " anti-social behaviour incidents in the "
                    + "6 months before attachment and " + data.afterAsbIncidents() + " in the 6 months after; "
                    + data.baselineYouthOffences() + " offences by under-18s before and " + data.afterYouthOffences()
                    + " after.");
        }
        if (datasets.contains("schools") && !data.childrenEducation().isEmpty()) {
            List<String> children = new ArrayList<>();
            for (ChildEducation child : data.childrenEducation()) {
                children.add(child.name() + ": " + child.unauthorisedAbsenceSessions() + " of " + child.possibleSessions()
                        + " sessions missed without authorisation, " + child.fixedExclusions() + " fixed-term exclusion"
                        + (child.fixedExclusions() == 1 ? "" : "s") + (child.permanentlyExcluded() ? ", permanently excluded" : ""));
            }
            parts.add("School records, last 3 terms: " + String.join("; ", children) + ".");
        }
        if (datasets.contains("dwp")) {
            parts.add("DWP records: " + data.continuousEmploymentWeeks() + " weeks of continuous employment"
                    + (data.progressToWork() ? "; an adult joined the Work Programme or ESF provision." : "."));
        }
        return String.join(" ", parts);
    }
}
