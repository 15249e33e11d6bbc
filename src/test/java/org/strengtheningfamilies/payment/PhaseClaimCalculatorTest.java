package org.strengtheningfamilies.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.strengtheningfamilies.programme.PhaseSettings;
import org.strengtheningfamilies.programme.ProgrammePhase;
import org.strengtheningfamilies.programme.ProgrammePhases;
import org.strengtheningfamilies.programme.ProgrammePresets;

/** Each later phase's one claim per successful family (DESIGN.md section 10) and its programme year. */
class PhaseClaimCalculatorTest {

    static final ProgrammePhases PHASES = ProgrammePhases.configure(ProgrammePhase.TF_2012,
            ProgrammePresets.tf2012(LocalDate.of(2012, 4, 1), 3, List.of()), Map.of(), null);
    final PhaseClaimCalculator calculator = new PhaseClaimCalculator();

    static PhaseSettings phase(ProgrammePhase phase) {
        return PHASES.settings(phase);
    }

    @Test
    void troubledFamilies2015ClaimsEightHundredPoundsOnceBySustainedProgressOrEmployment() {
        ClaimCalculation progress = calculator.calculate(phase(ProgrammePhase.TF_2015), 2, true, true, false, false);
        assertThat(progress.lines()).containsExactly(new ClaimLine(ResultType.SIGNIFICANT_SUSTAINED_PROGRESS, 80_000));
        assertThat(progress.totalPence()).isEqualTo(80_000);

        ClaimCalculation employment = calculator.calculate(phase(ProgrammePhase.TF_2015), 5, true, false, true, false);
        assertThat(employment.lines()).containsExactly(new ClaimLine(ResultType.CONTINUOUS_EMPLOYMENT, 80_000));

        ClaimCalculation both = calculator.calculate(phase(ProgrammePhase.TF_2015), 1, true, true, true, false);
        assertThat(both.totalPence()).as("one claim, not one per route").isEqualTo(80_000);
    }

    @Test
    void supportingFamiliesClaimsEightHundredPoundsForASuccessfulFamilyOutcome() {
        ClaimCalculation claim = calculator.calculate(phase(ProgrammePhase.SF_2022), 3, true, true, false, false);
        assertThat(claim.lines()).containsExactly(new ClaimLine(ResultType.SUCCESSFUL_FAMILY_OUTCOME, 80_000));
    }

    @Test
    void nothingIsClaimedForAFamilyThatDidNotSucceedOrWasAlreadyClaimedFor() {
        assertThat(calculator.calculate(phase(ProgrammePhase.SF_2022), 1, false, false, false, false).totalPence()).isZero();
        ClaimCalculation twice = calculator.calculate(phase(ProgrammePhase.SF_2022), 1, true, true, false, true);
        assertThat(twice.totalPence()).as("never twice").isZero();
        assertThat(twice.alreadyClaimedPence()).isEqualTo(80_000);
        assertThat(calculator.calculate(phase(ProgrammePhase.TF_2015), 1, true, true, false, true).totalPence()).isZero();
    }

    @Test
    void outcomesOnlyClaimsNothing() {
        ClaimCalculation claim = calculator.calculate(phase(ProgrammePhase.OUTCOMES_ONLY), 1, true, true, false, false);
        assertThat(claim.lines()).isEmpty();
        assertThat(phase(ProgrammePhase.OUTCOMES_ONLY).paysByResults()).isFalse();
    }

    @Test
    void the2012ProgrammeKeepsItsPaymentModel() {
        assertThatThrownBy(() -> calculator.calculate(phase(ProgrammePhase.TF_2012), 1, true, true, false, false))
                .hasMessageContaining("ClaimCalculator");
    }

    @Test
    void eachPhaseCountsProgrammeYearsFromItsOwnStart() {
        ProgrammeCalendar tf2015 = ProgrammeCalendar.of(phase(ProgrammePhase.TF_2015));
        assertThat(tf2015.programmeYear(LocalDate.of(2015, 3, 31))).isEmpty();
        assertThat(tf2015.programmeYear(LocalDate.of(2015, 4, 1))).hasValue(1);
        assertThat(tf2015.programmeYear(LocalDate.of(2020, 3, 31))).hasValue(5);
        assertThat(tf2015.programmeYear(LocalDate.of(2020, 4, 1))).isEmpty();
        ProgrammeCalendar sf2022 = ProgrammeCalendar.of(phase(ProgrammePhase.SF_2022));
        assertThat(sf2022.programmeYear(LocalDate.of(2023, 3, 31))).hasValue(1);
        assertThat(sf2022.programmeYear(LocalDate.of(2023, 4, 1))).hasValue(2);
        assertThat(sf2022.programmeYear(LocalDate.of(2025, 3, 31))).hasValue(3);
        ProgrammeCalendar outcomesOnly = ProgrammeCalendar.of(phase(ProgrammePhase.OUTCOMES_ONLY));
        assertThat(outcomesOnly.programmeYear(LocalDate.of(2025, 4, 1))).hasValue(1);
        assertThat(ProgrammeCalendar.of(phase(ProgrammePhase.TF_2012))).isEqualTo(ProgrammeCalendar.miltonKeynes());
    }
}
