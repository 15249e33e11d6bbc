package org.strengtheningfamilies.familycase;

import static org.strengtheningfamilies.assessment.AssessmentVariables.ASSESSMENT_DATE;
import static org.strengtheningfamilies.assessment.AssessmentVariables.ASSESSMENT_NOTES;
import static org.strengtheningfamilies.assessment.AssessmentVariables.FAMILY_STRENGTHS;
import static org.strengtheningfamilies.assessment.AssessmentVariables.FAMILY_VIEW;
import static org.strengtheningfamilies.identification.IdentificationVariables.DEPENDENT_CHILD;
import static org.strengtheningfamilies.identification.IdentificationVariables.LOCAL_FILTER_COUNT;
import static org.strengtheningfamilies.identification.IdentificationVariables.NATIONAL_CRITERIA_COUNT;
import static org.strengtheningfamilies.identification.IdentificationVariables.NEED_COUNT;
import static org.strengtheningfamilies.outcomes.OutcomeVariables.*;
import static org.strengtheningfamilies.programme.ProgrammeVariables.PHASE_NEEDS;
import static org.strengtheningfamilies.referral.ReferralVariables.*;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.strengtheningfamilies.kernel.Problem;
import org.strengtheningfamilies.kernel.ProcessVariable;
import org.strengtheningfamilies.programme.Need;
import org.strengtheningfamilies.programme.PhaseSettings;
import org.strengtheningfamilies.programme.ProgrammePhase;
import org.strengtheningfamilies.programme.ProgrammePhases;

/**
 * A case speaks its own phase's variables only: a 2012-15 case has criteria, local filters and their
 * evidence, a later phase's case needs and their outcomes; the sustain check, expectingChild and the
 * continuous employment route belong to the phases that have them. A variable of another phase sent with
 * a referral or a task is refused, named, rather than stored where no rule would ever read it.
 */
class PhaseVariableRule {

    /** 2012-15's criteria, filters, evidence and results (the council's own local filters are added). */
    static final List<ProcessVariable<?>> CRITERIA_PHASE = List.of(CRITERION_CRIME_ASB, CRITERION_EDUCATION,
            CRITERION_WORK, CRITERION_CRIME_ASB_EVIDENCE, CRITERION_EDUCATION_EVIDENCE, CRITERION_WORK_EVIDENCE,
            LOCAL_DOMESTIC_ABUSE, LOCAL_POLICE_CALLOUTS, LOCAL_SUBSTANCE_MISUSE, LOCAL_HOUSING, LOCAL_FILTERS_EVIDENCE,
            NATIONAL_CRITERIA_COUNT, LOCAL_FILTER_COUNT, BASELINE_ASB_INCIDENTS, AFTER_ASB_INCIDENTS,
            BASELINE_YOUTH_OFFENCES, AFTER_YOUTH_OFFENCES, CHILDREN_EDUCATION, PROGRESS_TO_WORK, EDUCATION_RESULT,
            ASB_RESULT, OFFENDING_RESULT, CRIME_ASB_EDUCATION_RESULT, PROGRESS_TO_WORK_RESULT);

    /** The later phases' needs, assessment and outcomes. */
    static final List<ProcessVariable<?>> NEEDS_PHASES = List.of(NEEDS, NEEDS_EVIDENCE, NEED_COUNT, DEPENDENT_CHILD,
            PHASE_NEEDS, ASSESSMENT_DATE, FAMILY_STRENGTHS, FAMILY_VIEW, ASSESSMENT_NOTES, NEED_OUTCOMES,
            NEEDS_ACHIEVED, NEEDS_NOT_ACHIEVED, SUCCESSFUL_FAMILY_OUTCOME);

    static final List<ProcessVariable<?>> SUSTAIN_CHECK = List.of(SUSTAIN_CHECK_DATE, OUTCOMES_SUSTAINED, SUSTAIN_EVIDENCE);

    static final List<ProcessVariable<?>> CONTINUOUS_EMPLOYMENT = List.of(CONTINUOUS_EMPLOYMENT_WEEKS,
            CONTINUOUS_EMPLOYMENT_RESULT);

    private final ProgrammePhases phases;

    PhaseVariableRule(ProgrammePhases phases) {
        this.phases = phases;
    }

    /** One problem per variable given (not null) that the phase does not have. */
    List<Problem> problems(PhaseSettings phase, Map<String, ?> variables) {
        String of = phase.phase().title() + ", this case's programme";
        List<Problem> problems = new ArrayList<>();
        if (phase.phase().judgedByNeeds()) {
            for (String name : criteriaPhaseNames()) {
                given(variables, name).ifPresent(n -> problems.add(new Problem(n, n + " is part of the 2012 to 2015 "
                        + "programme, not of " + of + ": give the family's needs (needs) instead.")));
            }
        } else {
            for (ProcessVariable<?> variable : NEEDS_PHASES) {
                given(variables, variable.name()).ifPresent(n -> problems.add(new Problem(n, n + " is part of the "
                        + "programmes from 2015 on, not of " + of + ", which goes by the national criteria and local filters.")));
            }
        }
        if (!phase.hasSustainCheck()) {
            SUSTAIN_CHECK.forEach(v -> given(variables, v.name()).ifPresent(n -> problems.add(new Problem(n,
                    n + " belongs to a sustain check, which " + of + ", does not have."))));
        }
        if (!phase.dependentChildRequired()) {
            given(variables, EXPECTING_CHILD.name()).ifPresent(n -> problems.add(new Problem(n,
                    n + " counts only where a family needs a dependent child, which " + of + ", does not ask for.")));
        }
        if (!phase.continuousEmploymentRoute()) {
            CONTINUOUS_EMPLOYMENT.forEach(v -> given(variables, v.name()).ifPresent(n -> problems.add(new Problem(n,
                    n + ": continuous employment alone is not a route to success in " + of + "."))));
        }
        return problems;
    }

    private Set<String> criteriaPhaseNames() {
        Set<String> names = new LinkedHashSet<>(CRITERIA_PHASE.stream().map(ProcessVariable::name).toList());
        phases.settings(ProgrammePhase.TF_2012).needs().stream().map(Need::referralVariable)
                .filter(java.util.Objects::nonNull).forEach(names::add);
        return names;
    }

    private static java.util.Optional<String> given(Map<String, ?> variables, String name) {
        return Stream.of(name).filter(n -> variables.get(n) != null).findFirst();
    }
}
