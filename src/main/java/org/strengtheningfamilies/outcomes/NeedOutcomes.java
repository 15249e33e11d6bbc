package org.strengtheningfamilies.outcomes;

import static org.strengtheningfamilies.outcomes.OutcomeVariables.CONTINUOUS_EMPLOYMENT_WEEKS;
import static org.strengtheningfamilies.outcomes.OutcomeVariables.NEED_OUTCOMES;
import static org.strengtheningfamilies.referral.ReferralVariables.NEEDS;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.strengtheningfamilies.kernel.Problem;
import org.strengtheningfamilies.kernel.Problems;
import org.strengtheningfamilies.programme.Need;
import org.strengtheningfamilies.programme.PhaseSettings;

/**
 * The later phases' outcome verification: one row per identified need, each ACHIEVED or NOT_ACHIEVED with
 * its evidence (and, where the phase keeps the continuous employment route, the weeks in work). The
 * counts feed the phase's success table; whether a family succeeded is the table's.
 */
public class NeedOutcomes {

    private final int continuousEmploymentWeeksRequired;

    public NeedOutcomes(int continuousEmploymentWeeksRequired) {
        this.continuousEmploymentWeeksRequired = continuousEmploymentWeeksRequired;
    }

    /** The rows the form opens with: the case's needs in order, with what was already recorded for each. */
    public static List<NeedOutcome> rowsFor(List<String> needs, List<NeedOutcome> recorded, PhaseSettings phase) {
        List<NeedOutcome> rows = new ArrayList<>();
        for (String code : needs) {
            NeedOutcome before = recorded.stream().filter(r -> r != null && code.equals(r.need())).findFirst().orElse(null);
            String title = phase.need(code).map(Need::title).orElse(code);
            rows.add(new NeedOutcome(code, title, before == null ? null : before.outcome(),
                    before == null ? null : before.evidence()));
        }
        return rows;
    }

    /** Task_VerifyOutcomes in a later phase: every problem of the rows, each naming its field. */
    public List<Problem> problems(Map<String, Object> variables, PhaseSettings phase) {
        Problems problems = new Problems(variables);
        List<String> needs = problems.read(NEEDS).orElse(List.of());
        int before = problems.list().size();
        List<NeedOutcome> rows = problems.required(NEED_OUTCOMES).orElse(List.of());
        boolean unreadable = problems.list().size() > before;
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < rows.size(); i++) {
            NeedOutcome row = rows.get(i);
            String at = "needOutcomes[" + (i + 1) + "]";
            if (row == null || row.need() == null || row.need().isBlank()) {
                problems.add(at + ".need", "Row " + (i + 1) + " of “" + NEED_OUTCOMES.label() + "” names no need: "
                        + "each row is one of the family's identified needs.");
                continue;
            }
            if (!needs.contains(row.need())) {
                problems.add(at + ".need", "Row " + (i + 1) + " of “" + NEED_OUTCOMES.label() + "” is for " + row.need()
                        + ", which is not one of this family's identified needs (" + String.join(", ", needs) + ").");
                continue;
            }
            if (!seen.add(row.need())) {
                problems.add(at + ".need", phase.need(row.need()).map(Need::title).orElse(row.need())
                        + " has two rows in “" + NEED_OUTCOMES.label() + "”: keep one.");
            }
            String title = phase.need(row.need()).map(Need::title).orElse(row.need());
            if (row.outcome() == null) {
                problems.add(at + ".outcome", "Record the outcome for " + title + ": achieved or not achieved.");
            }
            if (row.evidence() == null || row.evidence().isBlank()) {
                problems.add(at + ".evidence", "Give the evidence for " + title + ": what shows the outcome.");
            }
        }
        for (String need : unreadable ? List.<String>of() : needs) {
            if (!seen.contains(need) && rows.stream().noneMatch(r -> r != null && need.equals(r.need()))) {
                problems.add(NEED_OUTCOMES.name(), "“" + NEED_OUTCOMES.label() + "” has no row for "
                        + phase.need(need).map(Need::title).orElse(need) + ": every identified need is judged.");
            }
        }
        if (phase.continuousEmploymentRoute()) {
            problems.required(CONTINUOUS_EMPLOYMENT_WEEKS).ifPresent(weeks -> {
                if (weeks < 0) {
                    problems.add(CONTINUOUS_EMPLOYMENT_WEEKS.name(), "“" + CONTINUOUS_EMPLOYMENT_WEEKS.label()
                            + "” must be 0 or more (it was " + weeks + ").");
                }
            });
        }
        return problems.list();
    }

    public record Counts(int achieved, int notAchieved) {
    }

    /** How many of the identified needs were achieved and not (a need with no row counts as not achieved). */
    public static Counts count(List<String> needs, List<NeedOutcome> rows) {
        int achieved = 0;
        for (String need : new java.util.LinkedHashSet<>(needs)) {
            boolean met = rows.stream().anyMatch(r -> r != null && need.equals(r.need())
                    && r.outcome() == NeedOutcome.Achievement.ACHIEVED);
            if (met) {
                achieved++;
            }
        }
        return new Counts(achieved, new java.util.LinkedHashSet<>(needs).size() - achieved);
    }

    /** The 2015-20 route: an adult in continuous work for at least the configured weeks. */
    public boolean continuousEmployment(int weeks) {
        return weeks >= continuousEmploymentWeeksRequired;
    }
}
