package org.strengtheningfamilies.identification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.strengtheningfamilies.referral.HouseholdMember;

/** A dependent child (Supporting Families): under 16, or 16 to 19 living as a child of the household. */
class DependentChildrenTest {

    static final LocalDate TODAY = LocalDate.of(2023, 6, 30);

    static HouseholdMember member(String born, HouseholdMember.Role role) {
        return new HouseholdMember("X", LocalDate.parse(born), HouseholdMember.Gender.FEMALE, role, null, null, null,
                null, null);
    }

    @ParameterizedTest(name = "born {0} as {1}: dependent {2}")
    @CsvSource({
            "2007-07-01, CHILD, true",   // 15 today
            "2007-07-01, ADULT, true",   // 15, whatever the form says
            "2007-06-30, CHILD, true",   // 16 today, living as a child
            "2007-06-30, ADULT, false",  // 16 and an adult of the household
            "2003-07-01, CHILD, true",   // 19
            "2003-06-30, CHILD, false",  // 20 today
            "1980-01-01, ADULT, false",
            "2023-07-01, CHILD, false"}) // not yet born (expectingChild says that)
    void ageFromTheDateOfBirthOnTheDay(String born, HouseholdMember.Role role, boolean dependent) {
        assertThat(DependentChildren.any(List.of(member(born, role)), TODAY)).isEqualTo(dependent);
    }

    @org.junit.jupiter.api.Test
    void anyMemberMakesTheHouseholdOneWithADependentChild() {
        assertThat(DependentChildren.any(List.of(member("1980-01-01", HouseholdMember.Role.ADULT),
                member("2015-02-01", HouseholdMember.Role.CHILD)), TODAY)).isTrue();
        assertThat(DependentChildren.any(List.of(), TODAY)).isFalse();
    }
}
