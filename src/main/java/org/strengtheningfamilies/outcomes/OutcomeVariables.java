package org.strengtheningfamilies.outcomes;

import static org.strengtheningfamilies.kernel.ProcessVariable.bool;
import static org.strengtheningfamilies.kernel.ProcessVariable.enumeration;
import static org.strengtheningfamilies.kernel.ProcessVariable.integer;
import static org.strengtheningfamilies.kernel.ProcessVariable.jsonList;
import static org.strengtheningfamilies.kernel.ProcessVariable.string;

import java.util.List;

import org.strengtheningfamilies.kernel.ProcessVariable;

/**
 * The verified evidence (6 months before and after attachment) and every result computed from it (DESIGN.md section 4);
 * for the later phases the outcome of each identified need, the sustain check and the successful family outcome (section 10).
 * Part of the family-case variable contract (docs/variables.md): add freely, rename never.
 */
public final class OutcomeVariables {

    private OutcomeVariables() {
    }

    public static final ProcessVariable<Integer> BASELINE_ASB_INCIDENTS = integer("baselineAsbIncidents").labelled("ASB incidents, 6 months before");
    public static final ProcessVariable<Integer> AFTER_ASB_INCIDENTS = integer("afterAsbIncidents").labelled("ASB incidents, 6 months after");
    public static final ProcessVariable<Integer> BASELINE_YOUTH_OFFENCES = integer("baselineYouthOffences").labelled("Youth offences, 6 months before");
    public static final ProcessVariable<Integer> AFTER_YOUTH_OFFENCES = integer("afterYouthOffences").labelled("Youth offences, 6 months after");
    public static final ProcessVariable<List<ChildEducation>> CHILDREN_EDUCATION = jsonList("childrenEducation", ChildEducation.class).labelled("School-age children");
    public static final ProcessVariable<Boolean> PROGRESS_TO_WORK = bool("progressToWork").labelled("An adult volunteered for the Work Programme or joined ESF provision");
    public static final ProcessVariable<Integer> CONTINUOUS_EMPLOYMENT_WEEKS = integer("continuousEmploymentWeeks").labelled("Weeks of continuous employment");
    public static final ProcessVariable<String> EVIDENCE_NOTES = string("evidenceNotes").labelled("Evidence notes");
    public static final ProcessVariable<OutcomeResult> EDUCATION_RESULT = enumeration("educationResult", OutcomeResult.class).labelled("Education");
    public static final ProcessVariable<OutcomeResult> ASB_RESULT = enumeration("asbResult", OutcomeResult.class).labelled("Anti-social behaviour");
    public static final ProcessVariable<OutcomeResult> OFFENDING_RESULT = enumeration("offendingResult", OutcomeResult.class).labelled("Youth offending");
    public static final ProcessVariable<Boolean> CRIME_ASB_EDUCATION_RESULT = bool("crimeAsbEducationResult").labelled("Crime / anti-social behaviour / education result achieved");
    public static final ProcessVariable<Boolean> PROGRESS_TO_WORK_RESULT = bool("progressToWorkResult").labelled("Progress to work achieved");
    public static final ProcessVariable<Boolean> CONTINUOUS_EMPLOYMENT_RESULT = bool("continuousEmploymentResult").labelled("Continuous employment achieved");
    public static final ProcessVariable<Boolean> TURNED_AROUND = bool("turnedAround").labelled("Family turned around");
    /** The later phases: one row per identified need, pre-filled by the product, completed by the key worker. */
    public static final ProcessVariable<List<NeedOutcome>> NEED_OUTCOMES = jsonList("needOutcomes", NeedOutcome.class)
            .labelled("Needs and their outcomes");
    public static final ProcessVariable<Integer> NEEDS_ACHIEVED = integer("needsAchieved").labelled("Needs achieved");
    /** The success table's input: how many identified needs were not achieved. */
    public static final ProcessVariable<Integer> NEEDS_NOT_ACHIEVED = integer("needsNotAchieved").labelled("Needs not achieved");
    /** The phases with a sustain check: the day the sustain period ends and the check is due. */
    public static final ProcessVariable<java.time.LocalDate> SUSTAIN_CHECK_DATE = ProcessVariable.date("sustainCheckDate")
            .labelled("End of the sustain period");
    public static final ProcessVariable<Boolean> OUTCOMES_SUSTAINED = bool("outcomesSustained")
            .labelled("Every outcome has been sustained");
    public static final ProcessVariable<String> SUSTAIN_EVIDENCE = string("sustainEvidence").labelled("Evidence of the sustain check");
    /** The later phases' success, decided by the phase's success table; turnedAround carries the same value. */
    public static final ProcessVariable<Boolean> SUCCESSFUL_FAMILY_OUTCOME = bool("successfulFamilyOutcome")
            .labelled("Successful family outcome");
}
