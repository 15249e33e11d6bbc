package org.strengtheningfamilies.outcomes;

import static org.strengtheningfamilies.outcomes.OutcomeVariables.AFTER_ASB_INCIDENTS;
import static org.strengtheningfamilies.outcomes.OutcomeVariables.AFTER_YOUTH_OFFENCES;
import static org.strengtheningfamilies.outcomes.OutcomeVariables.BASELINE_ASB_INCIDENTS;
import static org.strengtheningfamilies.outcomes.OutcomeVariables.BASELINE_YOUTH_OFFENCES;
import static org.strengtheningfamilies.outcomes.OutcomeVariables.CHILDREN_EDUCATION;
import static org.strengtheningfamilies.outcomes.OutcomeVariables.CONTINUOUS_EMPLOYMENT_WEEKS;
import static org.strengtheningfamilies.outcomes.OutcomeVariables.PROGRESS_TO_WORK;
import static org.strengtheningfamilies.referral.ReferralVariables.CRITERION_EDUCATION;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.strengtheningfamilies.kernel.Problems;
import org.strengtheningfamilies.kernel.TaskDataRule;

/**
 * Task_VerifyOutcomes: counts for the 6 months before and after attachment, school data for the
 * last 3 terms of every school-age child (when education was a criterion), work evidence.
 */
@Component
public class EvidenceRule implements TaskDataRule {

    @Override
    public List<String> problems(Map<String, Object> variables) {
        Problems problems = new Problems(variables);
        for (var count : List.of(BASELINE_ASB_INCIDENTS, AFTER_ASB_INCIDENTS, BASELINE_YOUTH_OFFENCES,
                AFTER_YOUTH_OFFENCES, CONTINUOUS_EMPLOYMENT_WEEKS)) {
            problems.required(count).ifPresent(n -> {
                if (n < 0) {
                    problems.add(count.name() + " must be 0 or more (was " + n + ")");
                }
            });
        }
        problems.read(PROGRESS_TO_WORK);
        List<ChildEducation> children = problems.read(CHILDREN_EDUCATION).orElse(List.of());
        for (int i = 0; i < children.size(); i++) {
            ChildEducation c = children.get(i);
            String at = "childrenEducation[" + (i + 1) + "]";
            if (c == null) {
                problems.add(at + " is empty");
                continue;
            }
            if (c.name() == null || c.name().isBlank()) {
                problems.add(at + ".name is required");
            }
            if (c.possibleSessions() <= 0) {
                problems.add(at + ".possibleSessions must be more than 0 (was " + c.possibleSessions() + ")");
            }
            if (c.unauthorisedAbsenceSessions() < 0) {
                problems.add(at + ".unauthorisedAbsenceSessions must be 0 or more");
            } else if (c.unauthorisedAbsenceSessions() > c.possibleSessions()) {
                problems.add(at + ".unauthorisedAbsenceSessions (" + c.unauthorisedAbsenceSessions()
                        + ") is more than possibleSessions (" + c.possibleSessions() + ")");
            }
            if (c.fixedExclusions() < 0) {
                problems.add(at + ".fixedExclusions must be 0 or more");
            }
        }
        if (Boolean.TRUE.equals(problems.read(CRITERION_EDUCATION).orElse(false)) && children.isEmpty()) {
            problems.add("childrenEducation must list every school-age child: education was a criterion at referral");
        }
        return problems.list();
    }
}
