package org.strengtheningfamilies.identification;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;

import org.strengtheningfamilies.referral.HouseholdMember;

/**
 * Whether a household has a dependent child on a day (Supporting Families' eligibility): a member under 16,
 * or aged 16 to 19 and living in the household as a child (role CHILD: in education or training, as the
 * guidance's dependent children are). Ages come from dates of birth, on the business clock's day.
 */
public final class DependentChildren {

    static final int CHILD_UNDER = 16;
    static final int DEPENDENT_YOUNG_PERSON_UNDER = 20;

    private DependentChildren() {
    }

    public static boolean any(List<HouseholdMember> household, LocalDate on) {
        return household.stream().anyMatch(member -> dependent(member, on));
    }

    static boolean dependent(HouseholdMember member, LocalDate on) {
        if (member == null || member.dateOfBirth() == null || member.dateOfBirth().isAfter(on)) {
            return false;
        }
        int age = Period.between(member.dateOfBirth(), on).getYears();
        return age < CHILD_UNDER || (age < DEPENDENT_YOUNG_PERSON_UNDER && member.role() == HouseholdMember.Role.CHILD);
    }
}
