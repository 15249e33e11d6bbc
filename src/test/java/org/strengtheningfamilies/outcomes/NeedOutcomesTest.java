package org.strengtheningfamilies.outcomes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.spin.plugin.variable.SpinValues.jsonValue;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.strengtheningfamilies.outcomes.NeedOutcome.Achievement;
import org.strengtheningfamilies.kernel.Problem;
import org.strengtheningfamilies.programme.PhaseSettings;
import org.strengtheningfamilies.programme.ProgrammePhase;
import org.strengtheningfamilies.programme.ProgrammePhases;
import org.strengtheningfamilies.programme.ProgrammePresets;

/** The later phases' outcome verification: one row per identified need, each judged with evidence. */
class NeedOutcomesTest {

    static final ProgrammePhases PHASES = ProgrammePhases.configure(ProgrammePhase.TF_2012,
            ProgrammePresets.tf2012(LocalDate.of(2012, 4, 1), 3, List.of()), Map.of(), null);
    static final PhaseSettings SF = PHASES.settings(ProgrammePhase.SF_2022);
    static final PhaseSettings TF15 = PHASES.settings(ProgrammePhase.TF_2015);
    final NeedOutcomes rules = new NeedOutcomes(13);

    static Map<String, Object> verification(String needs, String rows) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("needs", jsonValue(needs).create());
        variables.put("needOutcomes", jsonValue(rows).create());
        return variables;
    }

    @Test
    void theFormOpensWithOneRowPerIdentifiedNeed() {
        List<NeedOutcome> rows = NeedOutcomes.rowsFor(List.of("EDUCATION", "HOUSING"),
                List.of(new NeedOutcome("HOUSING", null, Achievement.ACHIEVED, "Tenancy secure")), SF);
        assertThat(rows).containsExactly(new NeedOutcome("EDUCATION", "Getting a good education", null, null),
                new NeedOutcome("HOUSING", "Secure housing", Achievement.ACHIEVED, "Tenancy secure"));
    }

    @Test
    void everyNeedNeedsAnOutcomeAndItsEvidence() {
        Map<String, Object> variables = verification("[\"EDUCATION\",\"HOUSING\",\"CRIME\"]", """
                [{"need":"EDUCATION","outcome":"ACHIEVED","evidence":"96% attendance"},
                 {"need":"HOUSING","outcome":null,"evidence":""},
                 {"need":"HEALTH","outcome":"ACHIEVED","evidence":"GP"}]""");
        assertThat(rules.problems(variables, SF)).containsExactly(
                new Problem("needOutcomes[2].outcome", "Record the outcome for Secure housing: achieved or not achieved."),
                new Problem("needOutcomes[2].evidence", "Give the evidence for Secure housing: what shows the outcome."),
                new Problem("needOutcomes[3].need", "Row 3 of “Needs and their outcomes” is for HEALTH, which is not one of "
                        + "this family's identified needs (EDUCATION, HOUSING, CRIME)."),
                new Problem("needOutcomes", "“Needs and their outcomes” has no row for Crime prevention and tackling crime: "
                        + "every identified need is judged."));
    }

    @Test
    void anOutcomeMustBeOneOfTheTwo() {
        Map<String, Object> variables = verification("[\"EDUCATION\"]",
                "[{\"need\":\"EDUCATION\",\"outcome\":\"MOSTLY\",\"evidence\":\"x\"}]");
        assertThat(rules.problems(variables, SF)).singleElement()
                .satisfies(problem -> assertThat(problem.field()).isEqualTo("needOutcomes[1].outcome"))
                .extracting(Problem::message).asString().contains("ACHIEVED, NOT_ACHIEVED");
    }

    @Test
    void troubledFamilies2015AlsoAsksForTheWeeksInWork() {
        Map<String, Object> variables = verification("[\"CRIME_ASB\"]",
                "[{\"need\":\"CRIME_ASB\",\"outcome\":\"NOT_ACHIEVED\",\"evidence\":\"two arrests\"}]");
        assertThat(rules.problems(variables, TF15)).containsExactly(
                new Problem("continuousEmploymentWeeks", "“Weeks of continuous employment” is required."));
        variables.put("continuousEmploymentWeeks", 13);
        assertThat(rules.problems(variables, TF15)).isEmpty();
        assertThat(rules.problems(verification("[\"EDUCATION\"]",
                "[{\"need\":\"EDUCATION\",\"outcome\":\"ACHIEVED\",\"evidence\":\"x\"}]"), SF)).isEmpty();
    }

    @Test
    void countsAchievedAndNotAchieved() {
        List<NeedOutcome> rows = List.of(new NeedOutcome("EDUCATION", null, Achievement.ACHIEVED, "x"),
                new NeedOutcome("HOUSING", null, Achievement.NOT_ACHIEVED, "y"));
        assertThat(NeedOutcomes.count(List.of("EDUCATION", "HOUSING", "CRIME"), rows))
                .isEqualTo(new NeedOutcomes.Counts(1, 2));
        assertThat(NeedOutcomes.count(List.of("EDUCATION"), rows)).isEqualTo(new NeedOutcomes.Counts(1, 0));
    }

    @Test
    void continuousEmploymentFromTheConfiguredWeeks() {
        assertThat(rules.continuousEmployment(12)).isFalse();
        assertThat(rules.continuousEmployment(13)).isTrue();
    }
}
