package org.strengtheningfamilies.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Each problem of a refusal carries the field its rule gave it; nothing is guessed from the wording. */
class CaseDataExceptionTest {

    @Test
    void theProblemsKeepTheFieldsTheirRulesGaveThem() {
        CaseDataException refused = new CaseDataException(List.of(
                new Problem("panelReason", "Give the reason for rejecting the referral: the referrer will read it."),
                new Problem("householdMembers[2].gender", "Household members, item 2: gender must be one of MALE, FEMALE.")));

        assertThat(refused.problems()).extracting(Problem::field).containsExactly("panelReason", "householdMembers[2].gender");
        assertThat(refused).hasMessage("Give the reason for rejecting the referral: the referrer will read it. "
                + "Household members, item 2: gender must be one of MALE, FEMALE.");
        assertThat(CaseDataException.of("district", "“District” is too long.").problems())
                .containsExactly(new Problem("district", "“District” is too long."));
    }

    @Test
    void aRefusalNeedsAProblem() {
        assertThatThrownBy(() -> new CaseDataException(List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void problemsCollectsEachWithItsField() {
        ProcessVariable<String> district = ProcessVariable.string("district").labelled("District");
        ProcessVariable<Integer> needLevel = ProcessVariable.integer("needLevel").labelled("Level of need");
        Problems problems = new Problems(Map.of("needLevel", "three"));

        assertThat(problems.required(district)).isEmpty();
        assertThat(problems.required(needLevel)).isEmpty();
        problems.add("panelReason", "Give a reason.");

        assertThat(problems.list()).containsExactly(
                new Problem("district", "“District” is required."),
                new Problem("needLevel", "“Level of need” must be a whole number (it was three)."),
                new Problem("panelReason", "Give a reason."));
        assertThatThrownBy(problems::throwIfAny).isInstanceOfSatisfying(CaseDataException.class,
                e -> assertThat(e.problems()).isEqualTo(problems.list()));
    }
}
