package org.strengtheningfamilies.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Each problem of a refusal names its field: the variable its message names first. */
class CaseDataExceptionTest {

    @Test
    void theFieldOfAProblemIsTheVariableItsMessageNamesFirst() {
        assertThat(CaseDataException.fieldOf("panelReason is required when panelDecision is REJECT")).isEqualTo("panelReason");
        assertThat(CaseDataException.fieldOf("district is required")).isEqualTo("district");
        assertThat(CaseDataException.fieldOf("householdMembers[2].gender must be one of MALE, FEMALE (was X)"))
                .isEqualTo("householdMembers[2].gender");
        assertThat(CaseDataException.fieldOf("the business key (MK-1) must be the familyRef (MK-2)")).isEqualTo("familyRef");
        assertThat(CaseDataException.fieldOf("Nothing here to name")).isNull();
    }

    @Test
    void theProblemsKeepTheirWordingAsMessages() {
        CaseDataException refused = new CaseDataException(List.of("needLevel must be 2, 3 or 4 (was 5)", "leadService is required"));
        assertThat(refused.problemsByField()).extracting(CaseDataException.Problem::field).containsExactly("needLevel", "leadService");
        assertThat(refused.problems()).containsExactly("needLevel must be 2, 3 or 4 (was 5)", "leadService is required");
        assertThat(refused).hasMessage("needLevel must be 2, 3 or 4 (was 5); leadService is required");
        assertThat(CaseDataException.of(List.of(new CaseDataException.Problem("district", "district is too long")))
                .problemsByField()).singleElement().extracting(CaseDataException.Problem::field).isEqualTo("district");
    }
}
