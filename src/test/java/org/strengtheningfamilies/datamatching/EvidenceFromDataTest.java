package org.strengtheningfamilies.datamatching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.strengtheningfamilies.datamatching.DataIdentificationRulesTest.adult;
import static org.strengtheningfamilies.datamatching.DataIdentificationRulesTest.child;
import static org.strengtheningfamilies.datamatching.DataIdentificationRulesTest.household;
import static org.strengtheningfamilies.datamatching.DataIdentificationRulesTest.threeTerms;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.strengtheningfamilies.datamatching.HouseholdData.DwpSpell;
import org.strengtheningfamilies.datamatching.HouseholdData.HousingMonth;
import org.strengtheningfamilies.datamatching.HouseholdData.Member;
import org.strengtheningfamilies.datamatching.HouseholdData.PoliceEvent;
import org.strengtheningfamilies.outcomes.ChildEducation;

class EvidenceFromDataTest {

    static final LocalDate ATTACHED = LocalDate.of(2012, 10, 15);
    static final LocalDate VERIFIED = LocalDate.of(2013, 9, 1);
    final EvidenceFromData evidence = new EvidenceFromData();

    @Test
    void asbIncidentsAreCountedSixMonthsBeforeAndSixMonthsFromAttachment() {
        Member jo = adult();
        Member lee = child();
        jo.police().add(new PoliceEvent("ASB_ORDER", LocalDate.of(2012, 4, 15), null, false)); // first baseline day
        jo.police().add(new PoliceEvent("ASB_INTERVENTION", LocalDate.of(2012, 10, 14), null, false));
        lee.police().add(new PoliceEvent("INJUNCTION", LocalDate.of(2012, 6, 1), null, false));
        jo.housing().add(new HousingMonth(LocalDate.of(2012, 9, 1), 0, false, true, LocalDate.of(2012, 9, 20)));
        jo.police().add(new PoliceEvent("ASB_CONTRACT", LocalDate.of(2012, 4, 14), null, false)); // before baseline
        jo.police().add(new PoliceEvent("CALLOUT", LocalDate.of(2012, 7, 1), null, false)); // not ASB
        jo.police().add(new PoliceEvent("ASB_INTERVENTION", LocalDate.of(2012, 10, 15), null, false)); // attachment day
        lee.police().add(new PoliceEvent("ASB_ORDER", LocalDate.of(2013, 4, 14), null, false)); // last day after
        lee.police().add(new PoliceEvent("ASB_ORDER", LocalDate.of(2013, 4, 15), null, false)); // after the 6 months
        DataEvidence found = evidence.evidence(household(jo, lee), ATTACHED, VERIFIED);
        assertThat(found.baselineAsbIncidents()).isEqualTo(4);
        assertThat(found.afterAsbIncidents()).isEqualTo(2);
    }

    @Test
    void youthOffencesAreOffencesOfMembersUnder18() {
        Member jo = adult();
        Member lee = child();
        lee.police().add(new PoliceEvent("OFFENCE", LocalDate.of(2012, 5, 1), 14, false));
        lee.police().add(new PoliceEvent("OFFENCE", LocalDate.of(2012, 8, 1), null, false));
        lee.police().add(new PoliceEvent("OFFENCE", LocalDate.of(2013, 1, 1), 14, false));
        jo.police().add(new PoliceEvent("OFFENCE", LocalDate.of(2012, 8, 1), 32, false));
        DataEvidence found = evidence.evidence(household(jo, lee), ATTACHED, VERIFIED);
        assertThat(found.baselineYouthOffences()).isEqualTo(2);
        assertThat(found.afterYouthOffences()).isEqualTo(1);
    }

    @Test
    void schoolDataIsEachChildsLastThreeTerms() {
        Member lee = child();
        lee.school().add(DataIdentificationRulesTest.term("2012-SUMMER", "2012-04-16", "2012-07-20", 120, 60, 5));
        threeTerms(lee, 10, 1);
        DataEvidence found = evidence.evidence(household(adult(), lee), ATTACHED, VERIFIED);
        assertThat(found.childrenEducation()).containsExactly(new ChildEducation("Lee Smith", 30, 350, 3, false));
        // attached 1 October 2012 and verified years later: the terms up to the end of the 6 months
        // after attachment (2013-04-01), which are spring 2013, autumn 2012 and summer 2012
        DataEvidence late = evidence.evidence(household(adult(), lee), LocalDate.of(2012, 10, 1), LocalDate.of(2026, 1, 1));
        assertThat(late.childrenEducation()).containsExactly(new ChildEducation("Lee Smith", 80, 350, 7, false));
    }

    @Test
    void progressToWorkIsAWorkProgrammeOrEsfSpellSinceAttachment() {
        Member jo = adult();
        jo.dwp().add(new DwpSpell("WORK_PROGRAMME", LocalDate.of(2012, 1, 1), LocalDate.of(2012, 6, 1)));
        assertThat(evidence.evidence(household(jo), ATTACHED, VERIFIED).progressToWork()).isFalse();
        jo.dwp().add(new DwpSpell("ESF", LocalDate.of(2013, 2, 1), null));
        assertThat(evidence.evidence(household(jo), ATTACHED, VERIFIED).progressToWork()).isTrue();
    }

    @Test
    void continuousEmploymentIsTheLongestJobAfterBenefitsInWholeWeeks() {
        Member jo = adult();
        jo.dwp().add(new DwpSpell("EMPLOYMENT", LocalDate.of(2013, 1, 7), null));
        assertThat(evidence.evidence(household(jo), ATTACHED, VERIFIED).continuousEmploymentWeeks())
                .as("never on benefits: not a move off them").isZero();
        jo.dwp().add(new DwpSpell("OUT_OF_WORK_BENEFIT", LocalDate.of(2010, 1, 4), LocalDate.of(2013, 1, 6)));
        // 7 January to 1 September 2013: 237 days, 33 whole weeks
        assertThat(evidence.evidence(household(jo), ATTACHED, VERIFIED).continuousEmploymentWeeks()).isEqualTo(33);
        Member kim = adult();
        kim.dwp().add(new DwpSpell("OUT_OF_WORK_BENEFIT", LocalDate.of(2010, 1, 4), LocalDate.of(2013, 1, 6)));
        kim.dwp().add(new DwpSpell("EMPLOYMENT", LocalDate.of(2013, 1, 7), LocalDate.of(2013, 4, 7))); // 90 days
        assertThat(evidence.evidence(household(kim), ATTACHED, VERIFIED).continuousEmploymentWeeks()).isEqualTo(12);
    }
}
