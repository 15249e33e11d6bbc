package org.strengtheningfamilies.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.strengtheningfamilies.payment.ResultType.CONTINUOUS_EMPLOYMENT;
import static org.strengtheningfamilies.payment.ResultType.CRIME_ASB_EDUCATION;
import static org.strengtheningfamilies.payment.ResultType.PROGRESS_TO_WORK;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ClaimCalculatorTest {

    private final ClaimCalculator report = new ClaimCalculator(400_000, PaymentModel.REPORT);
    private final ClaimCalculator national = new ClaimCalculator(400_000, PaymentModel.NATIONAL);

    private static ClaimCalculator calculator(String model) {
        return new ClaimCalculator(400_000, PaymentModel.named(model));
    }

    @ParameterizedTest(name = "{0} year {1}: share {2}p")
    @CsvSource({
            "REPORT, 1, 80000",
            "REPORT, 2, 80000",
            "REPORT, 3, 80000",
            "NATIONAL, 1, 80000",
            "NATIONAL, 2, 160000",
            "NATIONAL, 3, 240000"})
    void resultsShareIsWhatTheUpfrontFeeLeaves(String model, int year, long share) {
        assertThat(calculator(model).resultsSharePence(year)).isEqualTo(share);
    }

    @Test
    void defaultsAreTheReportsModelAndFourThousandPounds() {
        ClaimCalculator defaults = new ClaimCalculator();
        assertThat(defaults.maximumPerFamilyPence()).isEqualTo(400_000);
        assertThat(defaults.model()).isEqualTo(PaymentModel.REPORT);
        assertThat(defaults.resultsSharePence(1)).isEqualTo(80_000);
    }

    @Test
    void resultsShareRoundsDownToThePenny() {
        // 20% of 333 pence is 66.6 pence
        assertThat(new ClaimCalculator(333, PaymentModel.REPORT).resultsSharePence(1)).isEqualTo(66);
    }

    @Test
    void refusesAYearTheModelDoesNotCover() {
        assertThatThrownBy(() -> report.resultsSharePence(4)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> report.calculate(0, true, false, false, Map.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesANegativeMaximumOrNoModel() {
        assertThatThrownBy(() -> new ClaimCalculator(-1, PaymentModel.REPORT))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maximumPerFamilyPence");
        assertThatThrownBy(() -> new ClaimCalculator(400_000, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("model");
    }

    @ParameterizedTest(name = "{0} year {1}: CAE {2}p + PtW {3}p, or CE {4}p")
    @CsvSource({
            "REPORT, 1, 70000, 10000, 80000",
            "REPORT, 2, 70000, 10000, 80000",
            "REPORT, 3, 70000, 10000, 80000",
            "NATIONAL, 1, 70000, 10000, 80000",
            "NATIONAL, 2, 140000, 20000, 160000",
            "NATIONAL, 3, 210000, 30000, 240000"})
    void firstClaimInEachYearUnderEachModel(String model, int year, long crimeAsbEducation, long progressToWork,
                                long continuousEmployment) {
        ClaimCalculator calculator = calculator(model);

        assertThat(calculator.calculate(year, true, false, false, Map.of()).lines())
                .containsExactly(new ClaimLine(CRIME_ASB_EDUCATION, crimeAsbEducation));
        assertThat(calculator.calculate(year, false, true, false, Map.of()).lines())
                .containsExactly(new ClaimLine(PROGRESS_TO_WORK, progressToWork));

        ClaimCalculation both = calculator.calculate(year, true, true, false, Map.of());
        assertThat(both.lines()).containsExactly(new ClaimLine(CRIME_ASB_EDUCATION, crimeAsbEducation),
                new ClaimLine(PROGRESS_TO_WORK, progressToWork));
        assertThat(both.totalPence()).isEqualTo(calculator.resultsSharePence(year));

        ClaimCalculation employed = calculator.calculate(year, true, true, true, Map.of());
        assertThat(employed.lines()).containsExactly(new ClaimLine(CONTINUOUS_EMPLOYMENT, continuousEmployment));
        assertThat(employed.programmeYear()).isEqualTo(year);
        assertThat(employed.resultsSharePence()).isEqualTo(continuousEmployment);
        assertThat(employed.alreadyClaimedPence()).isZero();
    }

    @Test
    void continuousEmploymentAloneIsTheWholeShare() {
        ClaimCalculation calculation = report.calculate(1, false, false, true, null);
        assertThat(calculation.lines()).containsExactly(new ClaimLine(CONTINUOUS_EMPLOYMENT, 80_000));
        assertThat(calculation.totalPence()).isEqualTo(80_000);
    }

    @Test
    void noResultNoClaim() {
        ClaimCalculation calculation = report.calculate(1, false, false, false, Map.of());
        assertThat(calculation.lines()).isEmpty();
        assertThat(calculation.totalPence()).isZero();
    }

    @Test
    void theTwoPartsAddUpToTheShareEvenWhenItDoesNotDivideByEight() {
        // share = 20% of 4,005 pence = 801 pence; 7/8 of that is 700.875, rounded down
        ClaimCalculator odd = new ClaimCalculator(4_005, PaymentModel.REPORT);
        ClaimCalculation calculation = odd.calculate(1, true, true, false, Map.of());
        assertThat(calculation.lines()).containsExactly(new ClaimLine(CRIME_ASB_EDUCATION, 700),
                new ClaimLine(PROGRESS_TO_WORK, 101));
        assertThat(calculation.totalPence()).isEqualTo(801);
    }

    @Test
    void aZeroShareGivesNoZeroLines() {
        ClaimCalculator allUpfront = new ClaimCalculator(400_000, new PaymentModel("ALL_UPFRONT", List.of(100)));
        assertThat(allUpfront.calculate(1, true, true, true, Map.of()).lines()).isEmpty();
        assertThat(allUpfront.calculate(1, true, true, false, Map.of()).lines()).isEmpty();
    }

    @Test
    void crimeAsbEducationAfterProgressToWork() {
        ClaimCalculation calculation = report.calculate(1, true, true, false, Map.of(PROGRESS_TO_WORK, 10_000L));
        assertThat(calculation.lines()).containsExactly(new ClaimLine(CRIME_ASB_EDUCATION, 70_000));
        assertThat(calculation.alreadyClaimedPence()).isEqualTo(10_000);
    }

    @Test
    void progressToWorkAfterCrimeAsbEducation() {
        ClaimCalculation calculation = national.calculate(3, true, true, false, Map.of(CRIME_ASB_EDUCATION, 210_000L));
        assertThat(calculation.lines()).containsExactly(new ClaimLine(PROGRESS_TO_WORK, 30_000));
    }

    @Test
    void continuousEmploymentAfterCrimeAsbEducationTopsUpTheDifference() {
        ClaimCalculation calculation = report.calculate(1, true, false, true, Map.of(CRIME_ASB_EDUCATION, 70_000L));
        assertThat(calculation.lines()).containsExactly(new ClaimLine(CONTINUOUS_EMPLOYMENT, 10_000));
        assertThat(calculation.totalPence() + calculation.alreadyClaimedPence()).isEqualTo(80_000);
    }

    @Test
    void continuousEmploymentAfterProgressToWorkTopsUpTheDifference() {
        ClaimCalculation calculation = national.calculate(2, false, true, true, Map.of(PROGRESS_TO_WORK, 20_000L));
        assertThat(calculation.lines()).containsExactly(new ClaimLine(CONTINUOUS_EMPLOYMENT, 140_000));
    }

    @Test
    void continuousEmploymentAfterBothOtherResultsHasNothingLeft() {
        ClaimCalculation calculation = report.calculate(1, true, true, true,
                Map.of(CRIME_ASB_EDUCATION, 70_000L, PROGRESS_TO_WORK, 10_000L));
        assertThat(calculation.lines()).isEmpty();
        assertThat(calculation.alreadyClaimedPence()).isEqualTo(80_000);
    }

    @Test
    void nothingMoreAfterContinuousEmployment() {
        ClaimCalculation calculation = report.calculate(1, true, true, true, Map.of(CONTINUOUS_EMPLOYMENT, 80_000L));
        assertThat(calculation.lines()).isEmpty();
        assertThat(report.calculate(1, true, true, false, Map.of(CONTINUOUS_EMPLOYMENT, 80_000L)).lines()).isEmpty();
    }

    @Test
    void nothingMoreAfterContinuousEmploymentEvenIfItWasPaidLessThanTheShare() {
        // e.g. it topped up an earlier claim: the family has still had everything it can earn
        ClaimCalculation calculation = report.calculate(1, true, true, true, Map.of(CONTINUOUS_EMPLOYMENT, 10_000L));
        assertThat(calculation.lines()).isEmpty();
    }

    @Test
    void theSameResultIsNeverClaimedTwice() {
        assertThat(report.calculate(1, true, false, false, Map.of(CRIME_ASB_EDUCATION, 70_000L)).lines()).isEmpty();
        assertThat(report.calculate(1, false, true, false, Map.of(PROGRESS_TO_WORK, 10_000L)).lines()).isEmpty();
    }

    @Test
    void claimsNeverAddUpToMoreThanTheShare() {
        // an earlier claim took more than this result would leave room for
        ClaimCalculation calculation = report.calculate(1, false, true, false, Map.of(CRIME_ASB_EDUCATION, 75_000L));
        assertThat(calculation.lines()).containsExactly(new ClaimLine(PROGRESS_TO_WORK, 5_000));
        ClaimCalculation full = report.calculate(1, true, false, false, Map.of(PROGRESS_TO_WORK, 80_000L));
        assertThat(full.lines()).isEmpty();
    }

    @Test
    void refusesNonsenseAlreadyClaimed() {
        Map<ResultType, Long> withNull = new HashMap<>();
        withNull.put(PROGRESS_TO_WORK, null);
        assertThatThrownBy(() -> report.calculate(1, true, false, false, withNull))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("alreadyClaimedPence");
        assertThatThrownBy(() -> report.calculate(1, true, false, false, Map.of(PROGRESS_TO_WORK, -1L)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("alreadyClaimedPence");
    }

    @Test
    void aClaimLineIsNeverZeroOrNegative() {
        assertThatThrownBy(() -> new ClaimLine(PROGRESS_TO_WORK, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("amountPence");
        assertThatThrownBy(() -> new ClaimLine(null, 100)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("resultType");
    }
}
