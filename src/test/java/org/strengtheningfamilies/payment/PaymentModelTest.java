package org.strengtheningfamilies.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PaymentModelTest {

    @ParameterizedTest(name = "year {0}: REPORT {1}%, NATIONAL {2}%")
    @CsvSource({"1, 80, 80", "2, 80, 60", "3, 80, 40"})
    void upfrontPercentages(int year, int report, int national) {
        assertThat(PaymentModel.REPORT.upfrontPercent(year)).isEqualTo(report);
        assertThat(PaymentModel.NATIONAL.upfrontPercent(year)).isEqualTo(national);
    }

    @ParameterizedTest
    @ValueSource(strings = {"REPORT", "report", "Report", " report "})
    void findsTheReportModelWhateverTheCase(String name) {
        assertThat(PaymentModel.named(name)).isSameAs(PaymentModel.REPORT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"NATIONAL", "national"})
    void findsTheNationalModelWhateverTheCase(String name) {
        assertThat(PaymentModel.named(name)).isSameAs(PaymentModel.NATIONAL);
    }

    @Test
    void anUnknownNameListsTheValidOnes() {
        assertThatThrownBy(() -> PaymentModel.named("DCLG")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("DCLG").hasMessageContaining("REPORT").hasMessageContaining("NATIONAL");
        assertThatThrownBy(() -> PaymentModel.named(null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("REPORT, NATIONAL");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 4, -1})
    void refusesAYearWithNoEntry(int year) {
        assertThatThrownBy(() -> PaymentModel.REPORT.upfrontPercent(year))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no programme year " + year);
    }

    @Test
    void refusesPercentagesOutsideZeroToAHundred() {
        assertThatThrownBy(() -> new PaymentModel("X", List.of(80, 101)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("year 2");
        assertThatThrownBy(() -> new PaymentModel("X", Arrays.asList(80, null)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("year 2");
        assertThatThrownBy(() -> new PaymentModel("X", List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("upfrontPercentByYear");
        assertThatThrownBy(() -> new PaymentModel(" ", List.of(80)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("name");
    }
}
