package org.strengtheningfamilies.referral;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonInclude;

/** One person of the household, as the referral form's dynamic list records them. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record HouseholdMember(
        String name,
        LocalDate dateOfBirth,
        Gender gender,
        Role role,
        Integer schoolYear,
        Sen sen,
        Boolean freeSchoolMeals,
        String ethnicity,
        Boolean knownToSocialCare) {

    public enum Gender { MALE, FEMALE }

    public enum Role { ADULT, CHILD }

    public enum Sen { NONE, SCHOOL_ACTION, SCHOOL_ACTION_PLUS, STATEMENT }
}
