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
import org.strengtheningfamilies.kernel.Problem;
import org.strengtheningfamilies.kernel.Problems;
import org.strengtheningfamilies.kernel.TaskDataRule;

/**
 * Task_VerifyOutcomes: counts for the 6 months before and after attachment, school data for the
 * last 3 terms of every school-age child (when education was a criterion), work evidence.
 */
@Component
public class EvidenceRule implements TaskDataRule {

    @Override
    public List<Problem> problems(Map<String, Object> variables) {
        Problems problems = new Problems(variables);
        for (var count : List.of(BASELINE_ASB_INCIDENTS, AFTER_ASB_INCIDENTS, BASELINE_YOUTH_OFFENCES,
                AFTER_YOUTH_OFFENCES, CONTINUOUS_EMPLOYMENT_WEEKS)) {
            problems.required(count).ifPresent(n -> {
                if (n < 0) {
                    problems.add(count.name(), "“" + count.label() + "” must be 0 or more (it was " + n + ").");
                }
            });
        }
        problems.read(PROGRESS_TO_WORK);
        List<ChildEducation> children = problems.read(CHILDREN_EDUCATION).orElse(List.of());
        for (int i = 0; i < children.size(); i++) {
            ChildEducation c = children.get(i);
            int n = i + 1;
            if (c == null) {
                problems.add(CHILDREN_EDUCATION.item(n, null), CHILDREN_EDUCATION.itemLabel(n) + " is empty: fill it in or remove it.");
                continue;
            }
            String at = CHILDREN_EDUCATION.itemLabel(n) + (blank(c.name()) ? "" : " (" + c.name() + ")") + ": ";
            if (blank(c.name())) {
                problems.add(CHILDREN_EDUCATION.item(n, "name"), at + "“Child's name” is required.");
            }
            Integer possible = c.possibleSessions();
            Integer absent = c.unauthorisedAbsenceSessions();
            if (possible == null) {
                problems.add(CHILDREN_EDUCATION.item(n, "possibleSessions"), at + "“" + POSSIBLE + "” is required.");
            } else if (possible <= 0) {
                problems.add(CHILDREN_EDUCATION.item(n, "possibleSessions"), at + "“" + POSSIBLE
                        + "” must be more than 0 (it was " + possible + ").");
            }
            if (absent == null) {
                problems.add(CHILDREN_EDUCATION.item(n, "unauthorisedAbsenceSessions"), at + "“" + ABSENT + "” is required.");
            } else if (absent < 0) {
                problems.add(CHILDREN_EDUCATION.item(n, "unauthorisedAbsenceSessions"), at + "“" + ABSENT
                        + "” must be 0 or more (it was " + absent + ").");
            } else if (possible != null && absent > possible) {
                problems.add(CHILDREN_EDUCATION.item(n, "unauthorisedAbsenceSessions"), at + "“" + ABSENT + "” (" + absent
                        + ") cannot be more than “" + POSSIBLE + "” (" + possible + ").");
            }
            if (c.fixedExclusions() == null) {
                problems.add(CHILDREN_EDUCATION.item(n, "fixedExclusions"), at + "“" + EXCLUSIONS + "” is required.");
            } else if (c.fixedExclusions() < 0) {
                problems.add(CHILDREN_EDUCATION.item(n, "fixedExclusions"), at + "“" + EXCLUSIONS
                        + "” must be 0 or more (it was " + c.fixedExclusions() + ").");
            }
        }
        if (Boolean.TRUE.equals(problems.read(CRITERION_EDUCATION).orElse(false)) && children.isEmpty()) {
            problems.add(CHILDREN_EDUCATION.name(), "Education was a criterion at referral: add every school-age child to “"
                    + CHILDREN_EDUCATION.label() + "” with their figures for the last 3 terms.");
        }
        return problems.list();
    }

    /** The labels of a child's figures on the form. */
    private static final String POSSIBLE = "Possible sessions";
    private static final String ABSENT = "Unauthorised absence (sessions)";
    private static final String EXCLUSIONS = "Fixed-term exclusions";

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
