package org.strengtheningfamilies.datamatching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.strengtheningfamilies.datamatching.DataIdentificationRulesTest.adult;
import static org.strengtheningfamilies.datamatching.DataIdentificationRulesTest.child;
import static org.strengtheningfamilies.datamatching.DataIdentificationRulesTest.household;
import static org.strengtheningfamilies.datamatching.DataIdentificationRulesTest.threeTerms;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.strengtheningfamilies.datamatching.HouseholdData.DwpSpell;
import org.strengtheningfamilies.datamatching.HouseholdData.Episode;
import org.strengtheningfamilies.datamatching.HouseholdData.HousingMonth;
import org.strengtheningfamilies.datamatching.HouseholdData.Member;
import org.strengtheningfamilies.datamatching.HouseholdData.PoliceEvent;
import org.strengtheningfamilies.datamatching.HouseholdData.SocialCareEpisode;
import org.strengtheningfamilies.programme.Need;
import org.strengtheningfamilies.programme.PhaseSettings;
import org.strengtheningfamilies.programme.ProgrammePhase;
import org.strengtheningfamilies.programme.ProgrammePresets;

/**
 * The later phases' needs as the datasets show them (DESIGN.md section 10), each measure at its boundary,
 * and which dataset shows which need agreeing with the phases' own needs ({@link Need#datasets()}).
 */
class PhaseNeedsFromDataTest {

    /** As at 1 September 2013, the dates the 2012-15 rules' tests use: the 12 months from 1 September 2012. */
    static final LocalDate RUN = DataIdentificationRulesTest.RUN;

    final PhaseNeedsFromData needs = new PhaseNeedsFromData(new DataIdentificationRules(3));
    final PhaseSettings tf2015 = ProgrammePresets.tf2015();
    final PhaseSettings sf2022 = ProgrammePresets.sf2022();

    List<String> found(PhaseSettings phase, Member... members) {
        return needs.evaluate(phase, household(members), RUN).needs();
    }

    @ParameterizedTest
    @EnumSource(value = ProgrammePhase.class, names = {"TF_2015", "SF_2022", "OUTCOMES_ONLY"})
    void everyNeedADatasetShowsHasItsMeasuresAndNoOtherNeedHasAny(ProgrammePhase code) {
        PhaseSettings phase = switch (code) {
            case TF_2015 -> tf2015;
            case SF_2022 -> sf2022;
            default -> ProgrammePresets.outcomesOnly();
        };
        Map<String, List<PhaseNeedsFromData.Measure>> measures = PhaseNeedsFromData.MEASURES.get(code);
        for (Need need : phase.needs()) {
            List<PhaseNeedsFromData.Measure> its = measures.getOrDefault(need.code(), List.of());
            assertThat(its.isEmpty()).as(need.code() + " is shown by " + need.datasets()).isEqualTo(need.datasets().isEmpty());
            Set<String> datasets = its.stream().flatMap(m -> m.datasets().stream()).collect(Collectors.toSet());
            assertThat(datasets).as(need.code() + ": the datasets of its measures").containsAll(need.datasets());
        }
        assertThat(phase.needCodes()).as("no measure for a need the phase does not have").containsAll(measures.keySet());
    }

    @Test
    void aHouseholdWithNothingInTheDataShowsNoNeed() {
        assertThat(found(tf2015, adult(), child())).isEmpty();
        assertThat(found(sf2022, adult(), child())).isEmpty();
    }

    // ---- crime and anti-social behaviour: a parent's offence counts now, and frequent call-outs --------------

    @Test
    void aParentsOffenceShowsCrimeInTheLaterPhasesThough2012To15CountedOnlyTheUnder18s() {
        Member jo = adult();
        jo.police().add(new PoliceEvent("OFFENCE", LocalDate.of(2013, 3, 1), 33, false));
        assertThat(found(tf2015, jo)).containsExactly("CRIME_ASB");
        assertThat(found(sf2022, jo)).containsExactly("CRIME");
        assertThat(needs.evaluate(sf2022, household(jo), RUN).evidence("CRIME")).contains("Jo Smith: offence on 2013-03-01 aged 33");
        assertThat(new DataIdentificationRules(3).evaluate(household(jo), RUN).met(DataIdentification.CRIME_ASB)).isFalse();
    }

    @Test
    void anOffenceThirteenMonthsBeforeTheRunIsNotCounted() {
        Member jo = adult();
        jo.police().add(new PoliceEvent("OFFENCE", LocalDate.of(2012, 8, 31), 32, false));
        assertThat(found(sf2022, jo)).isEmpty();
        jo.police().add(new PoliceEvent("ASB_ORDER", LocalDate.of(2012, 9, 1), null, false));
        assertThat(found(sf2022, jo)).containsExactly("CRIME");
    }

    @Test
    void threeCallOutsShowCrimeAndTwoDoNot() {
        Member jo = adult();
        jo.police().add(new PoliceEvent("CALLOUT", LocalDate.of(2012, 10, 5), null, false));
        jo.police().add(new PoliceEvent("CALLOUT", LocalDate.of(2013, 1, 5), null, false));
        assertThat(found(tf2015, jo)).isEmpty();
        jo.police().add(new PoliceEvent("CALLOUT", LocalDate.of(2013, 4, 5), null, false));
        assertThat(found(tf2015, jo)).containsExactly("CRIME_ASB");
    }

    @Test
    void aHousingAsbInterventionShowsCrime() {
        Member jo = adult();
        jo.housing().add(new HousingMonth(LocalDate.of(2013, 5, 1), 0, false, true, LocalDate.of(2013, 5, 20)));
        assertThat(found(sf2022, jo)).containsExactly("CRIME");
    }

    // ---- school ----------------------------------------------------------------------------------------------

    @Test
    void fifteenPercentAbsenceShowsSchoolAttendanceAndEducationAndJustBelowDoesNot() {
        Member lee = child();
        threeTerms(lee, 17, 0); // 51 of 350 = 14.6%
        assertThat(found(tf2015, lee)).isEmpty();
        Member kim = child();
        threeTerms(kim, 18, 0); // 54 of 350 = 15.4%
        assertThat(found(tf2015, kim)).containsExactly("SCHOOL_ATTENDANCE");
        assertThat(found(sf2022, kim)).containsExactly("EDUCATION");
    }

    // ---- children's social care ----------------------------------------------------------------------------

    @Test
    void aChildInNeedShowsChildSafetyAndChildrenWhoNeedHelp() {
        Member lee = child();
        lee.socialCare().add(new SocialCareEpisode("CHILD_IN_NEED", LocalDate.of(2013, 2, 1), null));
        assertThat(found(tf2015, lee)).containsExactly("CHILDREN_NEED_HELP");
        assertThat(found(sf2022, lee)).containsExactly("CHILD_SAFETY");
        assertThat(needs.evaluate(sf2022, household(lee), RUN).evidence("CHILD_SAFETY"))
                .isEqualTo("Lee Smith: child in need from 2013-02-01");
    }

    @Test
    void earlyHelpShowsChildrenWhoNeedHelpIn2015To20ButNotChildSafety() {
        Member lee = child();
        lee.socialCare().add(new SocialCareEpisode("EARLY_HELP", LocalDate.of(2013, 2, 1), null));
        assertThat(found(tf2015, lee)).containsExactly("CHILDREN_NEED_HELP");
        assertThat(found(sf2022, lee)).isEmpty();
    }

    @Test
    void beingKnownToSocialCareAPlanClosedThirteenMonthsAgoOrAnAdultsEpisodeShowNothing() {
        Member lee = child();
        lee.socialCare().add(new SocialCareEpisode("KNOWN", LocalDate.of(2013, 2, 1), null));
        lee.socialCare().add(new SocialCareEpisode("CHILD_PROTECTION", LocalDate.of(2011, 1, 1), LocalDate.of(2012, 8, 31)));
        Member jo = adult();
        jo.socialCare().add(new SocialCareEpisode("CHILD_IN_NEED", LocalDate.of(2013, 2, 1), null));
        assertThat(found(sf2022, lee, jo)).isEmpty();
        lee.socialCare().add(new SocialCareEpisode("CHILD_PROTECTION", LocalDate.of(2011, 1, 1), LocalDate.of(2012, 9, 1)));
        assertThat(found(sf2022, lee, jo)).containsExactly("CHILD_SAFETY");
    }

    // ---- work, money and housing ------------------------------------------------------------------------------

    @Test
    void outOfWorkBenefitsShowWorklessnessAndFinancialStability() {
        Member jo = adult();
        jo.dwp().add(new DwpSpell("OUT_OF_WORK_BENEFIT", LocalDate.of(2011, 3, 1), null));
        assertThat(found(tf2015, jo)).containsExactly("WORKLESSNESS_FINANCIAL");
        assertThat(found(sf2022, jo)).containsExactly("FINANCIAL_STABILITY");
    }

    @Test
    void rentArrearsShowHousingIn2022To25AndFinancialExclusionIn2015To20() {
        Member jo = adult();
        jo.housing().add(new HousingMonth(LocalDate.of(2013, 7, 1), 41_250, false, false, null));
        assertThat(found(tf2015, jo)).containsExactly("WORKLESSNESS_FINANCIAL");
        assertThat(found(sf2022, jo)).containsExactly("HOUSING");
        assertThat(needs.evaluate(sf2022, household(jo), RUN).evidence("HOUSING")).contains("rent arrears in 2013-07 (arrears £412.50)");
    }

    @Test
    void aMonthWithNoArrearsAndNoEvictionRiskShowsNothing() {
        Member jo = adult();
        jo.housing().add(new HousingMonth(LocalDate.of(2013, 7, 1), 0, false, false, null));
        assertThat(found(sf2022, jo)).isEmpty();
        jo.housing().add(new HousingMonth(LocalDate.of(2013, 8, 1), 0, true, false, null));
        assertThat(found(sf2022, jo)).containsExactly("HOUSING");
    }

    // ---- domestic abuse and substance use ---------------------------------------------------------------------

    @Test
    void aDomesticAbuseFlagShowsDomesticAbuseInBothPhases() {
        Member jo = adult();
        jo.police().add(new PoliceEvent("CALLOUT", LocalDate.of(2013, 6, 2), null, true));
        assertThat(found(tf2015, jo)).containsExactly("DOMESTIC_ABUSE");
        assertThat(found(sf2022, jo)).containsExactly("DOMESTIC_ABUSE");
    }

    @Test
    void substanceMisuseTreatmentShowsHealthIn2015To20AndSubstanceUseIn2022To25() {
        Member jo = adult();
        jo.substanceMisuse().add(new Episode(LocalDate.of(2011, 1, 10), LocalDate.of(2012, 8, 31)));
        assertThat(found(sf2022, jo)).isEmpty();
        jo.substanceMisuse().add(new Episode(LocalDate.of(2013, 1, 14), null));
        assertThat(found(tf2015, jo)).containsExactly("HEALTH");
        assertThat(found(sf2022, jo)).containsExactly("SUBSTANCE_USE");
    }

    @Test
    void needsAreListedInThePhasesOrderWhateverTheOrderTheyWereFound() {
        Member jo = adult();
        jo.dwp().add(new DwpSpell("OUT_OF_WORK_BENEFIT", LocalDate.of(2011, 3, 1), null));
        jo.police().add(new PoliceEvent("CALLOUT", LocalDate.of(2013, 6, 2), null, true));
        Member lee = child();
        threeTerms(lee, 5, 1);
        assertThat(found(sf2022, jo, lee)).containsExactly("EDUCATION", "DOMESTIC_ABUSE", "FINANCIAL_STABILITY");
        assertThat(found(tf2015, jo, lee)).containsExactly("SCHOOL_ATTENDANCE", "WORKLESSNESS_FINANCIAL", "DOMESTIC_ABUSE");
    }
}
