package org.strengtheningfamilies.referral;

import java.time.LocalDate;
import java.time.Period;

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

    /** The youngest and oldest age of compulsory school in England: from 5 until the summer of the year one turns 16. */
    static final int SCHOOL_FROM_AGE = 5;
    static final int SCHOOL_UNTIL_AGE = 16;

    /**
     * A child of school age on {@code day}: one the referral gave a school year, or aged 5 to 15 then
     * (a child of that age out of school is still of school age, and the education result asks about them).
     */
    public boolean isSchoolAgeChildOn(LocalDate day) {
        if (role != Role.CHILD) {
            return false;
        }
        if (schoolYear != null) {
            return true;
        }
        if (dateOfBirth == null) {
            return false;
        }
        int age = Period.between(dateOfBirth, day).getYears();
        return age >= SCHOOL_FROM_AGE && age < SCHOOL_UNTIL_AGE;
    }

    public enum Gender { MALE, FEMALE }

    public enum Role { ADULT, CHILD }

    public enum Sen { NONE, SCHOOL_ACTION, SCHOOL_ACTION_PLUS, STATEMENT }
}
