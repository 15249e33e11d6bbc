package org.strengtheningfamilies.datamatching;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;

/**
 * Everything the agency datasets say about one household, person by person: what the
 * identification rules and the evidence pre-fill read. Built by {@link HouseholdDataReader}.
 */
record HouseholdData(long householdId, String uprn, String postcode, String address, List<Member> members) {

    public record Member(long personId, String fullName, LocalDate dateOfBirth, String gender,
                         List<SchoolTerm> school, List<PoliceEvent> police, List<DwpSpell> dwp,
                         List<HousingMonth> housing, List<Episode> substanceMisuse, List<SocialCareEpisode> socialCare) {

        public int ageOn(LocalDate date) {
            return Period.between(dateOfBirth, date).getYears();
        }

        public boolean adultOn(LocalDate date) {
            return ageOn(date) >= 18;
        }
    }

    /** One term of one pupil (sf_data_school). */
    public record SchoolTerm(String period, LocalDate termStart, LocalDate termEnd, Integer schoolYear,
                             int possibleSessions, int unauthorisedAbsenceSessions, int fixedExclusions,
                             boolean permanentlyExcluded, boolean alternativeProvision, boolean onRoll, String sen,
                             boolean freeSchoolMeals, String ethnicity) {
    }

    /** OFFENCE, ASB_ORDER, INJUNCTION, ASB_CONTRACT, ASB_INTERVENTION or CALLOUT (sf_data_police). */
    public record PoliceEvent(String eventType, LocalDate eventDate, Integer ageAtEvent, boolean domesticAbuse) {
    }

    /** OUT_OF_WORK_BENEFIT, WORK_PROGRAMME, ESF or EMPLOYMENT; no end date = still open (sf_data_dwp). */
    public record DwpSpell(String spellType, LocalDate startDate, LocalDate endDate) {

        public boolean overlaps(LocalDate from, LocalDate to) {
            return !startDate.isAfter(to) && (endDate == null || !endDate.isBefore(from));
        }
    }

    /** One tenancy month (sf_data_housing); {@code month} is the first day of the month of its period. */
    public record HousingMonth(LocalDate month, long rentArrearsPence, boolean evictionRisk,
                               boolean housingAsbIntervention, LocalDate interventionDate) {
    }

    /** A substance misuse treatment episode (sf_data_substance). */
    public record Episode(LocalDate startDate, LocalDate endDate) {

        public boolean overlaps(LocalDate from, LocalDate to) {
            return !startDate.isAfter(to) && (endDate == null || !endDate.isBefore(from));
        }
    }

    /** KNOWN, CHILD_IN_NEED, CHILD_PROTECTION or EARLY_HELP (sf_data_social_care). */
    public record SocialCareEpisode(String status, LocalDate startDate, LocalDate endDate) {
    }
}
