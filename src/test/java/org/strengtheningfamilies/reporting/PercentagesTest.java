package org.strengtheningfamilies.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.strengtheningfamilies.reporting.Percentages.Share;

class PercentagesTest {

    @Test
    void percentToOneDecimalHalfUp() {
        assertThat(Percentages.percent(82, 425)).isEqualByComparingTo("19.3");
        assertThat(Percentages.percent(64, 425)).isEqualByComparingTo("15.1");
        assertThat(Percentages.percent(123, 425)).isEqualByComparingTo("28.9");
        assertThat(Percentages.percent(1, 8)).isEqualByComparingTo("12.5");
        assertThat(Percentages.percent(1, 16)).isEqualByComparingTo("6.3"); // 6.25 half up
        assertThat(Percentages.percent(5, 0)).isEqualByComparingTo("0.0");
        assertThat(Percentages.percent(0, 7).scale()).isEqualTo(1);
    }

    @Test
    void rankIsOneMoreThanTheStrictlyHigherSharesSoTiesShareARank() {
        Share a = new Share(1, 2);
        Share b = new Share(2, 4);
        Share c = new Share(1, 3);
        Share d = new Share(3, 4);
        List<Share> all = List.of(a, b, c, d);
        assertThat(Percentages.rank(d, all)).isEqualTo(1);
        assertThat(Percentages.rank(a, all)).isEqualTo(2);
        assertThat(Percentages.rank(b, all)).isEqualTo(2);
        assertThat(Percentages.rank(c, all)).isEqualTo(4);
    }

    @Test
    void sharesAreComparedExactlyNotByTheirRoundedPercent() {
        // both print as 33.3%, but 333/1000 is the lower share
        Share lower = new Share(333, 1000);
        Share higher = new Share(1, 3);
        assertThat(Percentages.percent(333, 1000)).isEqualByComparingTo(Percentages.percent(1, 3));
        assertThat(Percentages.rank(lower, List.of(lower, higher))).isEqualTo(2);
        assertThatThrownBy(() -> new Share(1, 0)).hasMessageContaining("whole");
    }
}
