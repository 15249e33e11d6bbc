package org.strengtheningfamilies.assessment;

import static org.strengtheningfamilies.kernel.ProcessVariable.date;
import static org.strengtheningfamilies.kernel.ProcessVariable.string;

import java.time.LocalDate;

import org.strengtheningfamilies.kernel.ProcessVariable;

/**
 * The whole-family assessment of the later phases (before the Team Around the Family): the needs confirmed
 * or added are {@code needs} itself (ReferralVariables); these are the rest of what it records.
 * Part of the family-case variable contract (docs/variables.md): add freely, rename never.
 */
public final class AssessmentVariables {

    private AssessmentVariables() {
    }

    public static final ProcessVariable<LocalDate> ASSESSMENT_DATE = date("assessmentDate").labelled("Date of the assessment");
    public static final ProcessVariable<String> FAMILY_STRENGTHS = string("familyStrengths").labelled("The family's strengths");
    public static final ProcessVariable<String> FAMILY_VIEW = string("familyView").labelled("The family's own view");
    public static final ProcessVariable<String> ASSESSMENT_NOTES = string("assessmentNotes").labelled("Other notes");
}
