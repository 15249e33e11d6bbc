package org.strengtheningfamilies.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FundingForecastTest {

    @Test
    void reproducesTable4ToThePound() {
        FundingForecast forecast = new FundingForecast(List.of(141, 212, 72), 1, 6, 10_000, 40, List.of(80, 80, 80));

        assertThat(forecast.years()).containsExactly(
                new FundingYear(1, 141, 118, 708_000, 472_000, 377_600, 94_400),
                new FundingYear(2, 212, 177, 1_062_000, 708_000, 566_400, 141_600),
                new FundingYear(3, 72, 59, 354_000, 236_000, 188_800, 47_200));
        assertThat(forecast.totals()).isEqualTo(
                new FundingTotals(425, 354, 2_124_000, 1_416_000, 1_132_800, 283_200));
    }

    @Test
    void theMiltonKeynesForecastIsTable4() {
        FundingForecast forecast = FundingForecast.miltonKeynes();
        assertThat(forecast.totals()).isEqualTo(
                new FundingTotals(425, 354, 2_124_000, 1_416_000, 1_132_800, 283_200));
        assertThat(forecast.years()).extracting(FundingYear::indicativeFamilies).containsExactly(118, 177, 59);
    }

    @Test
    void otherInputsComputedByHand() {
        // 150 families less a quarter = 112.5 -> 113; year 1: 75 exactly; year 2 takes the rest, 38.
        // year 1: 75 x £8,000 = £600,000; 35% = £210,000 (council £390,000); 60% upfront £126,000, arrears £84,000
        // year 2: 38 x £8,000 = £304,000; 35% = £106,400 (council £197,600); 40% upfront £42,560, arrears £63,840
        FundingForecast forecast = new FundingForecast(List.of(100, 50), 1, 4, 8_000, 35, List.of(60, 40));

        assertThat(forecast.years()).containsExactly(
                new FundingYear(1, 100, 75, 390_000, 210_000, 126_000, 84_000),
                new FundingYear(2, 50, 38, 197_600, 106_400, 42_560, 63_840));
        assertThat(forecast.totals()).isEqualTo(new FundingTotals(150, 113, 587_600, 316_400, 168_560, 147_840));
    }

    @Test
    void aYearButTheLastRoundsHalfUp() {
        // half of 3 is 1.5 -> 2 in year 1; the total 3 leaves year 2 with 1
        FundingForecast forecast = new FundingForecast(List.of(3, 3), 1, 2, 1_000, 40, List.of(80, 80));
        assertThat(forecast.years()).extracting(FundingYear::indicativeFamilies).containsExactly(2, 1);
        assertThat(forecast.totals().indicativeFamilies()).isEqualTo(3);
    }

    @Test
    void oneYearTakesTheRoundedTotal() {
        // 7 less a sixth = 5.83 -> 6
        FundingForecast forecast = new FundingForecast(List.of(7), 1, 6, 10_000, 40, List.of(80));
        assertThat(forecast.years()).containsExactly(new FundingYear(1, 7, 6, 36_000, 24_000, 19_200, 4_800));
    }

    @Test
    void noDeadweightKeepsEveryFamily() {
        FundingForecast forecast = new FundingForecast(List.of(10, 20), 0, 1, 10_000, 40, List.of(80, 60));
        assertThat(forecast.years()).extracting(FundingYear::indicativeFamilies).containsExactly(10, 20);
        assertThat(forecast.years().get(1).upfrontFeePounds()).isEqualTo(48_000);
        assertThat(forecast.years().get(1).resultsInArrearsPounds()).isEqualTo(32_000);
    }

    @Test
    void partPoundsRoundTheDepartmentHalfUpAndTheRestStillAddsUp() {
        // 1 family x £10,005 at 50% = £5,002.50 -> £5,003 (council the other £5,002);
        // 80% of £5,003 = £4,002.40 -> £4,002 upfront, £1,001 in arrears
        FundingForecast forecast = new FundingForecast(List.of(1), 0, 1, 10_005, 50, List.of(80));
        assertThat(forecast.years()).containsExactly(new FundingYear(1, 1, 1, 5_002, 5_003, 4_002, 1_001));
    }

    @Test
    void noFamiliesNoMoney() {
        FundingForecast forecast = new FundingForecast(List.of(0, 0), 1, 6, 10_000, 40, List.of(80, 80));
        assertThat(forecast.totals()).isEqualTo(new FundingTotals(0, 0, 0, 0, 0, 0));
    }

    @ParameterizedTest(name = "{0}/{1}")
    @CsvSource({"-1, 6", "6, 6", "7, 6", "1, 0", "0, -3"})
    void refusesADeadweightOutsideZeroToOne(int numerator, int denominator) {
        assertThatThrownBy(() -> new FundingForecast(List.of(141), numerator, denominator, 10_000, 40, List.of(80)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("deadweight");
    }

    @Test
    void refusesBadFamilies() {
        assertThatThrownBy(() -> new FundingForecast(List.of(), 1, 6, 10_000, 40, List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("actualFamiliesByYear");
        assertThatThrownBy(() -> new FundingForecast(null, 1, 6, 10_000, 40, List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("actualFamiliesByYear");
        assertThatThrownBy(() -> new FundingForecast(List.of(141, -1), 1, 6, 10_000, 40, List.of(80, 80)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("actualFamiliesByYear for year 2");
        assertThatThrownBy(() -> new FundingForecast(Arrays.asList(141, null), 1, 6, 10_000, 40, List.of(80, 80)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("actualFamiliesByYear for year 2");
    }

    @Test
    void refusesFamiliesThatWouldLeaveTheLastYearNegative() {
        // halves of 3 and 3 round up to 2 and 2, more than the total of 3
        assertThatThrownBy(() -> new FundingForecast(List.of(3, 3, 0), 1, 2, 10_000, 40, List.of(80, 80, 80)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("actualFamiliesByYear");
    }

    @Test
    void refusesBadMoneyParameters() {
        assertThatThrownBy(() -> new FundingForecast(List.of(141), 1, 6, -1, 40, List.of(80)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("costPerFamilyPounds");
        assertThatThrownBy(() -> new FundingForecast(List.of(141), 1, 6, 10_000, 101, List.of(80)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("departmentSharePercent");
        assertThatThrownBy(() -> new FundingForecast(List.of(141), 1, 6, 10_000, -1, List.of(80)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("departmentSharePercent");
    }

    @Test
    void refusesAnUpfrontListThatDoesNotMatchTheYears() {
        assertThatThrownBy(() -> new FundingForecast(List.of(141, 212, 72), 1, 6, 10_000, 40, List.of(80, 80)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("upfrontPercentByYear");
        assertThatThrownBy(() -> new FundingForecast(List.of(141), 1, 6, 10_000, 40, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("upfrontPercentByYear");
        assertThatThrownBy(() -> new FundingForecast(List.of(141), 1, 6, 10_000, 40, List.of(120)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("upfrontPercentByYear for year 1");
        assertThatThrownBy(() -> new FundingForecast(List.of(141), 1, 6, 10_000, 40, Arrays.asList((Integer) null)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("upfrontPercentByYear for year 1");
    }
}
