package org.strengtheningfamilies.outcomes;

import static org.strengtheningfamilies.kernel.ProcessVariable.bool;
import static org.strengtheningfamilies.kernel.ProcessVariable.enumeration;
import static org.strengtheningfamilies.kernel.ProcessVariable.integer;
import static org.strengtheningfamilies.kernel.ProcessVariable.jsonList;
import static org.strengtheningfamilies.kernel.ProcessVariable.string;

import java.util.List;

import org.strengtheningfamilies.kernel.ProcessVariable;

/**
 * The verified evidence (6 months before and after attachment) and every result computed from it (DESIGN.md section 4).
 * Part of the family-case variable contract (docs/variables.md): add freely, rename never.
 */
public final class OutcomeVariables {

    private OutcomeVariables() {
    }

    public static final ProcessVariable<Integer> BASELINE_ASB_INCIDENTS = integer("baselineAsbIncidents");
    public static final ProcessVariable<Integer> AFTER_ASB_INCIDENTS = integer("afterAsbIncidents");
    public static final ProcessVariable<Integer> BASELINE_YOUTH_OFFENCES = integer("baselineYouthOffences");
    public static final ProcessVariable<Integer> AFTER_YOUTH_OFFENCES = integer("afterYouthOffences");
    public static final ProcessVariable<List<ChildEducation>> CHILDREN_EDUCATION = jsonList("childrenEducation", ChildEducation.class);
    public static final ProcessVariable<Boolean> PROGRESS_TO_WORK = bool("progressToWork");
    public static final ProcessVariable<Integer> CONTINUOUS_EMPLOYMENT_WEEKS = integer("continuousEmploymentWeeks");
    public static final ProcessVariable<String> EVIDENCE_NOTES = string("evidenceNotes");
    public static final ProcessVariable<OutcomeResult> EDUCATION_RESULT = enumeration("educationResult", OutcomeResult.class);
    public static final ProcessVariable<OutcomeResult> ASB_RESULT = enumeration("asbResult", OutcomeResult.class);
    public static final ProcessVariable<OutcomeResult> OFFENDING_RESULT = enumeration("offendingResult", OutcomeResult.class);
    public static final ProcessVariable<Boolean> CRIME_ASB_EDUCATION_RESULT = bool("crimeAsbEducationResult");
    public static final ProcessVariable<Boolean> PROGRESS_TO_WORK_RESULT = bool("progressToWorkResult");
    public static final ProcessVariable<Boolean> CONTINUOUS_EMPLOYMENT_RESULT = bool("continuousEmploymentResult");
    public static final ProcessVariable<Boolean> TURNED_AROUND = bool("turnedAround");
}
