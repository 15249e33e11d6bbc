package org.strengtheningfamilies.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.strengtheningfamilies.programme.PhaseOverrides;
import org.strengtheningfamilies.programme.ProgrammePhase;
import org.strengtheningfamilies.programme.ProgrammePhases;
import org.strengtheningfamilies.programme.ProgrammePresets;

/** The later phases' funding forecast: each phase's money per family committed and per expected success. */
class PhaseFundingForecastTest {

    @Test
    void troubledFamilies2015PaysTheAttachmentFeeUpfrontForEveryFamilyCommittedAndEightHundredPerSuccess() {
        PhaseFundingForecast forecast = new PhaseFundingForecast(ProgrammePresets.tf2015(),
                List.of(100, 120, 130, 110, 90), List.of(60, 80, 90, 70, 50));
        assertThat(forecast.years()).hasSize(5);
        PhaseFundingForecast.Year first = forecast.years().get(0);
        assertThat(first.from()).isEqualTo(LocalDate.of(2015, 4, 1));
        assertThat(first.to()).isEqualTo(LocalDate.of(2016, 3, 31));
        assertThat(first.attachmentFeesPence()).isEqualTo(100 * 100_000L);
        assertThat(first.resultsPence()).isEqualTo(60 * 80_000L);
        assertThat(first.totalPence()).isEqualTo(14_800_000L);
        assertThat(forecast.years().get(4).to()).isEqualTo(LocalDate.of(2020, 3, 31));
        PhaseFundingForecast.Year totals = forecast.totals();
        assertThat(totals.familiesCommitted()).isEqualTo(550);
        assertThat(totals.expectedSuccesses()).isEqualTo(350);
        // £1,000 × 550 + £800 × 350 = £550,000 + £280,000
        assertThat(totals.attachmentFeesPence()).isEqualTo(55_000_000L);
        assertThat(totals.resultsPence()).isEqualTo(28_000_000L);
        assertThat(totals.totalPence()).isEqualTo(83_000_000L);
    }

    @Test
    void supportingFamilies2022PaysEightHundredPerExpectedSuccessAndNothingUpfront() {
        PhaseFundingForecast forecast = new PhaseFundingForecast(ProgrammePresets.sf2022(), List.of(200, 250, 250),
                List.of(120, 150, 160));
        assertThat(forecast.years()).extracting(PhaseFundingForecast.Year::attachmentFeesPence).containsOnly(0L);
        assertThat(forecast.totals().resultsPence()).isEqualTo(430 * 80_000L);
        assertThat(forecast.years().get(2).from()).isEqualTo(LocalDate.of(2024, 4, 1));
    }

    @Test
    void theOutcomesOnlyProgrammesForecastFamiliesButNoMoney() {
        PhaseFundingForecast forecast = new PhaseFundingForecast(ProgrammePresets.outcomesOnly(), List.of(50, 60, 70),
                List.of(30, 40, 50));
        assertThat(forecast.totals().expectedSuccesses()).isEqualTo(120);
        assertThat(forecast.totals().totalPence()).isZero();
    }

    @Test
    void aCouncilsOwnAmountsAndYearsAreUsed() {
        PhaseOverrides overrides = new PhaseOverrides(LocalDate.of(2023, 4, 1), 2, null, null, null, null, 90_000L, 50_000L,
                null, null, null, null, List.of());
        ProgrammePhases phases = ProgrammePhases.configure(ProgrammePhase.SF_2022,
                ProgrammePresets.tf2012(LocalDate.of(2012, 4, 1), 3, List.of()),
                java.util.Map.of(ProgrammePhase.SF_2022, overrides), null);
        PhaseFundingForecast forecast = new PhaseFundingForecast(phases.settings(ProgrammePhase.SF_2022), List.of(10, 20),
                List.of(5, 7));
        assertThat(forecast.years().get(0).from()).isEqualTo(LocalDate.of(2023, 4, 1));
        assertThat(forecast.totals().attachmentFeesPence()).isEqualTo(30 * 50_000L);
        assertThat(forecast.totals().resultsPence()).isEqualTo(12 * 90_000L);
    }

    @Test
    void aSuccessRateGivesEachYearsSuccessesRoundedHalfUp() {
        // 25% of 10 = 2.5 → 3; of 6 = 1.5 → 2; of 4 = 1
        assertThat(PhaseFundingForecast.atSuccessRate(List.of(10, 6, 4), 25)).containsExactly(3, 2, 1);
        assertThat(PhaseFundingForecast.atSuccessRate(List.of(141, 212, 72), 100)).containsExactly(141, 212, 72);
        assertThatThrownBy(() -> PhaseFundingForecast.atSuccessRate(List.of(1), 101)).hasMessageContaining("0 to 100");
    }

    @Test
    void badInputsAreRefusedNamingThem() {
        assertThatThrownBy(() -> new PhaseFundingForecast(ProgrammePresets.sf2022(), List.of(10, 10), List.of(1, 1)))
                .hasMessageContaining("families committed must give one number for each of the phase's 3 years");
        assertThatThrownBy(() -> new PhaseFundingForecast(ProgrammePresets.sf2022(), List.of(10, 10, 10), List.of(1, 11, 1)))
                .hasMessageContaining("expected successes in year 2 (11) are more than the families committed (10)");
        assertThatThrownBy(() -> new PhaseFundingForecast(ProgrammePresets.sf2022(), List.of(10, -1, 10), List.of(1, 0, 1)))
                .hasMessageContaining("families committed for year 2 must be 0 or more");
        assertThatThrownBy(() -> new PhaseFundingForecast(ProgrammePresets.tf2012(LocalDate.of(2012, 4, 1), 3, List.of()),
                List.of(1, 1, 1), List.of(1, 1, 1))).hasMessageContaining("Table 4");
    }
}
