package org.strengtheningfamilies.assessment;

import static org.strengtheningfamilies.assessment.AssessmentVariables.ASSESSMENT_DATE;
import static org.strengtheningfamilies.assessment.AssessmentVariables.FAMILY_STRENGTHS;
import static org.strengtheningfamilies.assessment.AssessmentVariables.FAMILY_VIEW;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.strengtheningfamilies.kernel.Problem;
import org.strengtheningfamilies.kernel.Problems;
import org.strengtheningfamilies.kernel.StaffDates;
import org.strengtheningfamilies.kernel.TaskDataRule;
import org.strengtheningfamilies.programme.ProgrammePhases;
import org.strengtheningfamilies.referral.NeedsRule;

/**
 * Task_AssessFamily: the whole-family assessment has taken place, confirms or adds to the family's needs
 * (each one of the phase's), and records the family's strengths and its own view.
 */
@Component
public class AssessmentRule implements TaskDataRule {

    private final ProgrammePhases phases;
    private final Clock clock;

    public AssessmentRule(ProgrammePhases phases, Clock clock) {
        this.phases = phases;
        this.clock = clock;
    }

    @Override
    public List<Problem> problems(Map<String, Object> variables) {
        Problems problems = new Problems(variables);
        problems.required(ASSESSMENT_DATE).ifPresent(date -> {
            if (date.isAfter(LocalDate.now(clock))) {
                problems.add(ASSESSMENT_DATE.name(), "“" + ASSESSMENT_DATE.label() + "” " + StaffDates.format(date)
                        + " is in the future: record the assessment once it has taken place.");
            }
        });
        NeedsRule.check(problems, phases.settingsOf(variables), false);
        problems.required(FAMILY_STRENGTHS);
        problems.required(FAMILY_VIEW);
        return problems.list();
    }
}
