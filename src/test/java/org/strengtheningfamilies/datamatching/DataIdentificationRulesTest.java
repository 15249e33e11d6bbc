package org.strengtheningfamilies.datamatching;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.strengtheningfamilies.datamatching.HouseholdData.DwpSpell;
import org.strengtheningfamilies.datamatching.HouseholdData.Episode;
import org.strengtheningfamilies.datamatching.HouseholdData.HousingMonth;
import org.strengtheningfamilies.datamatching.HouseholdData.Member;
import org.strengtheningfamilies.datamatching.HouseholdData.PoliceEvent;
import org.strengtheningfamilies.datamatching.HouseholdData.SchoolTerm;

class DataIdentificationRulesTest {

    static final LocalDate RUN = LocalDate.of(2013, 9, 1);
    final DataIdentificationRules rules = new DataIdentificationRules(3);

    /** A person with empty lists that a test fills. */
    static Member person(String name, LocalDate dob) {
        return new Member(name.hashCode(), name, dob, null, new ArrayList<>(), new ArrayList<>(), new ArrayList<>(),
                new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
    }

    static Member child() {
        return person("Lee Smith", LocalDate.of(1998, 2, 11));
    }

    static Member adult() {
        return person("Jo Smith", LocalDate.of(1980, 5, 1));
    }

    static HouseholdData household(Member... members) {
        return new HouseholdData(1, "100012345678", "MK65LA", "1 Lakes Lane", List.of(members));
    }

    static SchoolTerm term(String period, String start, String end, int possible, int absent, int fixed) {
        return new SchoolTerm(period, LocalDate.parse(start), LocalDate.parse(end), 10, possible, absent, fixed,
                false, false, true, "NONE", false, "A1");
    }

    static SchoolTerm withFlags(SchoolTerm t, boolean permanent, boolean ap, boolean onRoll) {
        return new SchoolTerm(t.period(), t.termStart(), t.termEnd(), t.schoolYear(), t.possibleSessions(),
                t.unauthorisedAbsenceSessions(), t.fixedExclusions(), permanent, ap, onRoll, t.sen(),
                t.freeSchoolMeals(), t.ethnicity());
    }

    /** Autumn 2012, spring 2013 and summer 2013, 120 + 110 + 120 = 350 possible sessions. */
    static void threeTerms(Member m, int absentEach, int fixedEach) {
        m.school().add(term("2012-AUTUMN", "2012-09-03", "2012-12-20", 120, absentEach, fixedEach));
        m.school().add(term("2013-SPRING", "2013-01-03", "2013-03-28", 110, absentEach, fixedEach));
        m.school().add(term("2013-SUMMER", "2013-04-15", "2013-07-19", 120, absentEach, fixedEach));
    }

    DataIdentification evaluate(Member... members) {
        return rules.evaluate(household(members), RUN);
    }

    // ---- crime / ASB ---------------------------------------------------------------------

    @Test
    void aProvenOffenceUnder18MeetsCrimeAsb() {
        Member lee = child();
        lee.police().add(new PoliceEvent("OFFENCE", LocalDate.of(2013, 3, 1), 15, false));
        assertThat(evaluate(lee).met("criterionCrimeAsb")).isTrue();
        assertThat(evaluate(lee).evidence("criterionCrimeAsb")).contains("Lee Smith", "offence", "aged 15");
    }

    @Test
    void anOffenceAt18OrOlderDoesNotMeetIt() {
        Member jo = adult();
        jo.police().add(new PoliceEvent("OFFENCE", LocalDate.of(2013, 3, 1), 32, false));
        assertThat(evaluate(jo).met("criterionCrimeAsb")).isFalse();
        Member lee = child();
        // no age recorded: the age on the day from the date of birth (18 on 2016-02-11)
        lee.police().add(new PoliceEvent("OFFENCE", LocalDate.of(2013, 3, 1), null, false));
        assertThat(evaluate(lee).met("criterionCrimeAsb")).isTrue();
        Member turned18 = person("Kim Smith", LocalDate.of(1995, 2, 28));
        turned18.police().add(new PoliceEvent("OFFENCE", LocalDate.of(2013, 2, 28), null, false));
        assertThat(evaluate(turned18).met("criterionCrimeAsb")).isFalse();
    }

    @Test
    void anyAsbOrderInjunctionContractOrInterventionMeetsIt() {
        for (String type : List.of("ASB_ORDER", "INJUNCTION", "ASB_CONTRACT", "ASB_INTERVENTION")) {
            Member jo = adult();
            jo.police().add(new PoliceEvent(type, LocalDate.of(2012, 10, 1), null, false));
            assertThat(evaluate(jo).met("criterionCrimeAsb")).as(type).isTrue();
        }
        Member jo = adult();
        jo.police().add(new PoliceEvent("CALLOUT", LocalDate.of(2012, 10, 1), null, false));
        assertThat(evaluate(jo).met("criterionCrimeAsb")).as("a call-out is not ASB").isFalse();
    }

    @Test
    void aHousingAsbInterventionMeetsIt() {
        Member jo = adult();
        jo.housing().add(new HousingMonth(LocalDate.of(2013, 5, 1), 0, false, true, LocalDate.of(2013, 5, 14)));
        assertThat(evaluate(jo).met("criterionCrimeAsb")).isTrue();
    }

    @Test
    void onlyTheLast12MonthsCount() {
        Member jo = adult();
        jo.police().add(new PoliceEvent("ASB_ORDER", LocalDate.of(2012, 8, 31), null, false));
        jo.police().add(new PoliceEvent("ASB_ORDER", LocalDate.of(2013, 9, 2), null, false));
        assertThat(evaluate(jo).met("criterionCrimeAsb")).isFalse();
        jo.police().add(new PoliceEvent("ASB_ORDER", LocalDate.of(2012, 9, 1), null, false));
        assertThat(evaluate(jo).met("criterionCrimeAsb")).as("12 months to the day").isTrue();
    }

    // ---- education -----------------------------------------------------------------------

    @Test
    void permanentExclusionMeetsEducation() {
        Member lee = child();
        threeTerms(lee, 0, 0);
        lee.school().set(2, withFlags(lee.school().get(2), true, false, true));
        assertThat(evaluate(lee).met("criterionEducation")).isTrue();
        assertThat(evaluate(lee).evidence("criterionEducation")).contains("permanently excluded");
    }

    @Test
    void threeFixedExclusionsInTheLastThreeTermsMeetEducationTwoDoNot() {
        Member lee = child();
        lee.school().add(term("2012-AUTUMN", "2012-09-03", "2012-12-20", 120, 0, 1));
        lee.school().add(term("2013-SPRING", "2013-01-03", "2013-03-28", 110, 0, 1));
        lee.school().add(term("2013-SUMMER", "2013-04-15", "2013-07-19", 120, 0, 0));
        assertThat(evaluate(lee).met("criterionEducation")).isFalse();
        lee.school().set(2, term("2013-SUMMER", "2013-04-15", "2013-07-19", 120, 0, 1));
        assertThat(evaluate(lee).met("criterionEducation")).isTrue();
        assertThat(evaluate(lee).evidence("criterionEducation")).contains("3 fixed-term exclusions");
    }

    @Test
    void exclusionsOlderThanTheLastThreeTermsDoNotCount() {
        Member lee = child();
        lee.school().add(term("2012-SUMMER", "2012-04-16", "2012-07-20", 120, 0, 2));
        threeTerms(lee, 0, 0);
        lee.school().set(3, term("2013-SUMMER", "2013-04-15", "2013-07-19", 120, 0, 2));
        assertThat(evaluate(lee).met("criterionEducation")).isFalse();
    }

    @Test
    void pupilReferralUnitOrAlternativeProvisionMeetsEducation() {
        Member lee = child();
        threeTerms(lee, 0, 0);
        lee.school().set(0, withFlags(lee.school().get(0), false, true, true));
        assertThat(evaluate(lee).met("criterionEducation")).isTrue();
    }

    @Test
    void notOnRollInTheLatestTermMeetsEducation() {
        Member lee = child();
        threeTerms(lee, 0, 0);
        lee.school().set(0, withFlags(lee.school().get(0), false, false, false));
        assertThat(evaluate(lee).met("criterionEducation")).as("off roll in an earlier term only").isFalse();
        lee.school().set(2, withFlags(lee.school().get(2), false, false, false));
        assertThat(evaluate(lee).met("criterionEducation")).isTrue();
        assertThat(evaluate(lee).evidence("criterionEducation")).contains("not on a school roll (2013-SUMMER)");
    }

    @Test
    void absenceOf15PercentExactlyMeetsEducationJustBelowDoesNot() {
        // 350 possible sessions: 15% is 52.5, so 53 absent meets, 52 does not
        Member lee = child();
        lee.school().add(term("2012-AUTUMN", "2012-09-03", "2012-12-20", 120, 18, 0));
        lee.school().add(term("2013-SPRING", "2013-01-03", "2013-03-28", 110, 17, 0));
        lee.school().add(term("2013-SUMMER", "2013-04-15", "2013-07-19", 120, 17, 0));
        assertThat(evaluate(lee).met("criterionEducation")).as("52 of 350").isFalse();
        lee.school().set(2, term("2013-SUMMER", "2013-04-15", "2013-07-19", 120, 18, 0));
        assertThat(evaluate(lee).met("criterionEducation")).as("53 of 350").isTrue();
        // exactly 15%: 60 of 400
        Member kim = person("Kim Smith", LocalDate.of(2000, 1, 1));
        kim.school().add(term("2013-SUMMER", "2013-04-15", "2013-07-19", 400, 60, 0));
        assertThat(evaluate(kim).met("criterionEducation")).as("60 of 400 is 15%").isTrue();
        kim.school().set(0, term("2013-SUMMER", "2013-04-15", "2013-07-19", 400, 59, 0));
        assertThat(evaluate(kim).met("criterionEducation")).isFalse();
    }

    // ---- work ----------------------------------------------------------------------------

    @Test
    void anAdultOnOutOfWorkBenefitsMeetsWork() {
        Member jo = adult();
        jo.dwp().add(new DwpSpell("OUT_OF_WORK_BENEFIT", LocalDate.of(2010, 1, 4), null));
        assertThat(evaluate(jo).met("criterionWork")).isTrue();
    }

    @Test
    void aSpellThatEndedBeforeTheYearOrAChildOrEmploymentDoesNotMeetWork() {
        Member jo = adult();
        jo.dwp().add(new DwpSpell("OUT_OF_WORK_BENEFIT", LocalDate.of(2010, 1, 4), LocalDate.of(2012, 8, 31)));
        jo.dwp().add(new DwpSpell("EMPLOYMENT", LocalDate.of(2012, 9, 1), null));
        assertThat(evaluate(jo).met("criterionWork")).isFalse();
        Member lee = child();
        lee.dwp().add(new DwpSpell("OUT_OF_WORK_BENEFIT", LocalDate.of(2013, 3, 1), null));
        assertThat(evaluate(lee).met("criterionWork")).as("15 years old").isFalse();
    }

    // ---- local filters -------------------------------------------------------------------

    @Test
    void aDomesticAbuseCallOutMeetsTheLocalFilter() {
        Member jo = adult();
        jo.police().add(new PoliceEvent("CALLOUT", LocalDate.of(2013, 6, 1), null, false));
        assertThat(evaluate(jo).met("localDomesticAbuse")).isFalse();
        jo.police().add(new PoliceEvent("CALLOUT", LocalDate.of(2013, 6, 2), null, true));
        assertThat(evaluate(jo).met("localDomesticAbuse")).isTrue();
    }

    @Test
    void frequentPoliceCallOutsFromTheConfiguredThreshold() {
        Member jo = adult();
        Member lee = child();
        jo.police().add(new PoliceEvent("CALLOUT", LocalDate.of(2013, 1, 1), null, false));
        jo.police().add(new PoliceEvent("CALLOUT", LocalDate.of(2013, 2, 1), null, false));
        lee.police().add(new PoliceEvent("CALLOUT", LocalDate.of(2013, 2, 1), null, false));
        assertThat(evaluate(jo, lee).met("localPoliceCallouts")).as("the same call-out twice counts once").isFalse();
        lee.police().add(new PoliceEvent("CALLOUT", LocalDate.of(2013, 3, 1), null, false));
        assertThat(evaluate(jo, lee).met("localPoliceCallouts")).isTrue();
        assertThat(new DataIdentificationRules(4).evaluate(household(jo, lee), RUN).met("localPoliceCallouts")).isFalse();
    }

    @Test
    void substanceMisuseTreatmentInTheYearMeetsTheLocalFilter() {
        Member jo = adult();
        jo.substanceMisuse().add(new Episode(LocalDate.of(2011, 1, 1), LocalDate.of(2012, 6, 1)));
        assertThat(evaluate(jo).met("localSubstanceMisuse")).isFalse();
        jo.substanceMisuse().add(new Episode(LocalDate.of(2013, 1, 1), null));
        assertThat(evaluate(jo).met("localSubstanceMisuse")).isTrue();
    }

    @Test
    void rentArrearsOrEvictionRiskMeetTheHousingFilter() {
        Member jo = adult();
        jo.housing().add(new HousingMonth(LocalDate.of(2013, 7, 1), 0, false, false, null));
        assertThat(evaluate(jo).met("localHousing")).isFalse();
        jo.housing().add(new HousingMonth(LocalDate.of(2013, 8, 1), 45_050, false, false, null));
        assertThat(evaluate(jo).met("localHousing")).isTrue();
        assertThat(evaluate(jo).evidence("localHousing")).contains("£450.50");
        Member kim = adult();
        kim.housing().add(new HousingMonth(LocalDate.of(2013, 8, 1), 0, true, false, null));
        assertThat(evaluate(kim).met("localHousing")).isTrue();
    }

    @Test
    void countsFeedTheRouteAndOnlyConfiguredLocalFiltersCount() {
        Member jo = adult();
        jo.dwp().add(new DwpSpell("OUT_OF_WORK_BENEFIT", LocalDate.of(2010, 1, 4), null));
        jo.police().add(new PoliceEvent("ASB_ORDER", LocalDate.of(2013, 1, 1), null, true));
        DataIdentification found = evaluate(jo);
        assertThat(found.nationalCriteria()).isEqualTo(2);
        assertThat(found.localFilters(List.of("localDomesticAbuse", "localHousing"))).isEqualTo(1);
        assertThat(found.localFilters(List.of("localHousing"))).isZero();
    }
}
