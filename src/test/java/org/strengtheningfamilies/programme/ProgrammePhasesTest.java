package org.strengtheningfamilies.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Each phase's preset (DESIGN.md section 10), a council's overrides, and the phase of new referrals. */
class ProgrammePhasesTest {

    static final List<String> FILTERS = List.of("localDomesticAbuse", "localPoliceCallouts", "localSubstanceMisuse",
            "localHousing");

    static ProgrammePhases phases(ProgrammePhase configured, Map<ProgrammePhase, PhaseOverrides> overrides, Period sustain) {
        return ProgrammePhases.configure(configured, ProgrammePresets.tf2012(LocalDate.of(2012, 4, 1), 3, FILTERS),
                overrides, sustain);
    }

    @Test
    void thePresetsAreThePublishedProgrammes() {
        ProgrammePhases phases = phases(ProgrammePhase.TF_2012, Map.of(), null);

        PhaseSettings tf2012 = phases.settings(ProgrammePhase.TF_2012);
        assertThat(tf2012.needCodes()).containsExactly("CRIME_ASB", "EDUCATION", "WORK", "DOMESTIC_ABUSE",
                "POLICE_CALLOUTS", "SUBSTANCE_MISUSE", "HOUSING");
        assertThat(tf2012.needs()).extracting(Need::referralVariable).containsExactly("criterionCrimeAsb",
                "criterionEducation", "criterionWork", "localDomesticAbuse", "localPoliceCallouts",
                "localSubstanceMisuse", "localHousing");
        assertThat(tf2012.eligibilityDecision()).isEqualTo("identification-route");
        assertThat(tf2012.successDecision()).isNull();
        assertThat(tf2012.hasSustainCheck()).isFalse();
        assertThat(tf2012.paysByResults()).isTrue();

        PhaseSettings tf2015 = phases.settings(ProgrammePhase.TF_2015);
        assertThat(tf2015.needCodes()).containsExactly("CRIME_ASB", "SCHOOL_ATTENDANCE", "CHILDREN_NEED_HELP",
                "WORKLESSNESS_FINANCIAL", "DOMESTIC_ABUSE", "HEALTH");
        assertThat(tf2015.minimumNeeds()).isEqualTo(2);
        assertThat(tf2015.dependentChildRequired()).isFalse();
        assertThat(tf2015.startDate()).isEqualTo(LocalDate.of(2015, 4, 1));
        assertThat(tf2015.endDate()).isEqualTo(LocalDate.of(2020, 3, 31));
        assertThat(tf2015.claimAmountPence()).isEqualTo(80_000L);
        assertThat(tf2015.attachmentFeePence()).isEqualTo(100_000L);
        assertThat(tf2015.continuousEmploymentRoute()).isTrue();
        assertThat(tf2015.hasSustainCheck()).isFalse();

        PhaseSettings sf2022 = phases.settings(ProgrammePhase.SF_2022);
        assertThat(sf2022.needCodes()).containsExactly("EDUCATION", "EARLY_YEARS", "HEALTH", "SUBSTANCE_USE",
                "FAMILY_RELATIONSHIPS", "CHILD_SAFETY", "CRIME", "DOMESTIC_ABUSE", "HOUSING", "FINANCIAL_STABILITY");
        assertThat(sf2022.minimumNeeds()).isEqualTo(3);
        assertThat(sf2022.dependentChildRequired()).isTrue();
        assertThat(sf2022.sustainPeriod()).isEqualTo(Period.ofMonths(6));
        assertThat(sf2022.claimAmountPence()).isEqualTo(80_000L);
        assertThat(sf2022.continuousEmploymentRoute()).isFalse();
        assertThat(sf2022.endDate()).isEqualTo(LocalDate.of(2025, 3, 31));

        PhaseSettings outcomesOnly = phases.settings(ProgrammePhase.OUTCOMES_ONLY);
        assertThat(outcomesOnly.needCodes()).isEqualTo(sf2022.needCodes());
        assertThat(outcomesOnly.claimAmountPence()).isNull();
        assertThat(outcomesOnly.paysByResults()).isFalse();
        assertThat(outcomesOnly.hasSustainCheck()).isTrue();
        assertThat(outcomesOnly.referralForm()).isEqualTo("referral-sf-2022");
        assertThat(outcomesOnly.eligibilityDecision()).isEqualTo("eligibility-outcomes-only");
    }

    @Test
    void aCouncilOverridesAPresetAndAddsALocalNeed() {
        PhaseOverrides sf = new PhaseOverrides(LocalDate.of(2022, 7, 1), 4, 4, null, null, Period.ofMonths(9), 75_000L,
                null, null, null, null, null, List.of(new LocalNeed("GANGS", "Gang involvement",
                "A young person involved with a gang", "Police intelligence", "No gang involvement for 6 months")));
        PhaseOverrides outcomesOnly = new PhaseOverrides(null, null, null, false, false, null, null, null, null, null,
                null, null, null);
        ProgrammePhases phases = phases(ProgrammePhase.SF_2022,
                Map.of(ProgrammePhase.SF_2022, sf, ProgrammePhase.OUTCOMES_ONLY, outcomesOnly), Period.ofMonths(3));

        PhaseSettings sf2022 = phases.settings(ProgrammePhase.SF_2022);
        assertThat(sf2022.startDate()).isEqualTo(LocalDate.of(2022, 7, 1));
        assertThat(sf2022.years()).isEqualTo(4);
        assertThat(sf2022.minimumNeeds()).isEqualTo(4);
        assertThat(sf2022.sustainPeriod()).as("the phase's own period wins over sf.programme.sustain-period")
                .isEqualTo(Period.ofMonths(9));
        assertThat(sf2022.claimAmountPence()).isEqualTo(75_000L);
        assertThat(sf2022.needCodes()).hasSize(11).endsWith("GANGS");
        assertThat(sf2022.need("GANGS")).get().extracting(Need::kind).isEqualTo(Need.Kind.LOCAL);

        PhaseSettings oo = phases.settings(ProgrammePhase.OUTCOMES_ONLY);
        assertThat(oo.hasSustainCheck()).isFalse();
        assertThat(oo.dependentChildRequired()).isFalse();
        assertThat(phases.configured()).isEqualTo(ProgrammePhase.SF_2022);
        assertThat(phases.getReferralForm()).isEqualTo("referral-sf-2022");
    }

    @Test
    void sfProgrammeSustainPeriodIsThePeriodOfEveryPhaseWithASustainCheck() {
        ProgrammePhases phases = phases(ProgrammePhase.TF_2012, Map.of(), Period.ofMonths(12));
        assertThat(phases.settings(ProgrammePhase.SF_2022).sustainPeriod()).isEqualTo(Period.ofMonths(12));
        assertThat(phases.settings(ProgrammePhase.OUTCOMES_ONLY).sustainPeriod()).isEqualTo(Period.ofMonths(12));
        assertThat(phases.settings(ProgrammePhase.TF_2015).hasSustainCheck()).isFalse();
    }

    @Test
    void aClaimAmountOfNothingMeansThePhaseClaimsNothing() {
        PhaseOverrides none = new PhaseOverrides(null, null, null, null, null, null, 0L, null, null, null, null, null, null);
        ProgrammePhases phases = phases(ProgrammePhase.TF_2012, Map.of(ProgrammePhase.SF_2022, none), null);
        assertThat(phases.settings(ProgrammePhase.SF_2022).paysByResults()).isFalse();
    }

    @Test
    void badSettingsAreRefusedAtStartUpNamingTheSetting() {
        assertThatThrownBy(() -> phases(ProgrammePhase.TF_2012, Map.of(ProgrammePhase.TF_2012, PhaseOverrides.NONE), null))
                .hasMessageContaining("sf.phases.tf-2012").hasMessageContaining("sf.programme.start-date");
        PhaseOverrides tooMany = new PhaseOverrides(null, null, 11, null, null, null, null, null, null, null, null, null, null);
        assertThatThrownBy(() -> phases(ProgrammePhase.TF_2012, Map.of(ProgrammePhase.SF_2022, tooMany), null))
                .hasMessageContaining("minimum number of needs must be 1 to 10 (was 11)");
        PhaseOverrides twice = new PhaseOverrides(null, null, null, null, null, null, null, null, null, null, null, null,
                List.of(new LocalNeed("HOUSING", "Housing", null, null, null)));
        assertThatThrownBy(() -> phases(ProgrammePhase.TF_2012, Map.of(ProgrammePhase.SF_2022, twice), null))
                .hasMessageContaining("HOUSING is already one of the phase's needs");
        PhaseOverrides badCode = new PhaseOverrides(null, null, null, null, null, null, null, null, null, null, null, null,
                List.of(new LocalNeed("gangs", "Gangs", null, null, null)));
        assertThatThrownBy(() -> phases(ProgrammePhase.TF_2012, Map.of(ProgrammePhase.SF_2022, badCode), null))
                .hasMessageContaining("capital letters");
        assertThatThrownBy(() -> ProgrammePhase.of("SF2023")).hasMessageContaining("TF_2012, TF_2015, SF_2022, OUTCOMES_ONLY");
    }

    @Test
    void newReferralsAreUnderTheConfiguredPhaseUnlessTheProductRefersUnderAnother() {
        ProgrammePhases phases = phases(ProgrammePhase.SF_2022, Map.of(), null);
        assertThat(phases.current()).isEqualTo(ProgrammePhase.SF_2022);
        assertThat(phases.referringUnder(ProgrammePhase.TF_2012, phases::current)).isEqualTo(ProgrammePhase.TF_2012);
        assertThat(phases.referringUnder(ProgrammePhase.TF_2015,
                () -> phases.referringUnder(ProgrammePhase.OUTCOMES_ONLY, phases::current) + " then " + phases.current()))
                .isEqualTo("OUTCOMES_ONLY then TF_2015");
        assertThat(phases.current()).isEqualTo(ProgrammePhase.SF_2022);
    }

    @Test
    void aCaseWithoutAPhaseIsOfThe2012Programme() {
        ProgrammePhases phases = phases(ProgrammePhase.SF_2022, Map.of(), null);
        assertThat(phases.phaseOf(Map.of())).isEqualTo(ProgrammePhase.TF_2012);
        assertThat(phases.phaseOf(Map.of("programmePhase", "OUTCOMES_ONLY"))).isEqualTo(ProgrammePhase.OUTCOMES_ONLY);
        assertThat(phases.needOptions(ProgrammePhase.TF_2015)).first()
                .isEqualTo(new ProgrammeVariables.NeedOption("Crime and anti-social behaviour", "CRIME_ASB",
                        "Parents or children involved in crime or anti-social behaviour."));
    }

    @Test
    void everyPhaseHasAHeadingThatBeginsWithACapitalAndATitleThatReadsInASentence() {
        for (ProgrammePhase phase : ProgrammePhase.values()) {
            assertThat(Character.isUpperCase(phase.heading().charAt(0))).as(phase + "'s heading " + phase.heading()).isTrue();
            assertThat(phase.heading().toLowerCase()).as(phase + ": the same name")
                    .isEqualTo(phase.title().toLowerCase().replaceFirst("^the ", ""));
        }
        assertThat(ProgrammePhase.OUTCOMES_ONLY.heading()).isEqualTo("Outcomes-only programme (Earned Autonomy, Families First)");
        assertThat(ProgrammePhase.OUTCOMES_ONLY.title()).startsWith("the outcomes-only programme");
        assertThat(ProgrammePhase.SF_2022.heading()).isEqualTo(ProgrammePhase.SF_2022.title());
    }
}
