package org.strengtheningfamilies.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

class SupportScheduleTest {

    static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Test
    void supportEndsSixMonthsAfterAttachment() {
        SupportSchedule schedule = new SupportSchedule(Period.ofMonths(6), "P1M", LONDON);
        assertThat(schedule.supportEnds(LocalDate.of(2012, 10, 3))).isEqualTo(LocalDate.of(2013, 4, 3));
        assertThat(schedule.endsAt("2013-04-03").toInstant().toString()).isEqualTo("2013-04-02T23:00:00Z");
    }

    @Test
    void reviewIntervalIsAPeriodOrADuration() {
        assertThat(new SupportSchedule(Period.ofMonths(6), "P1M", LONDON).getReviewInterval()).isEqualTo("P1M");
        assertThat(new SupportSchedule(Period.ofMonths(6), " PT45S ", LONDON).getReviewInterval()).isEqualTo("PT45S");
    }

    @Test
    void aMeaninglessReviewIntervalStopsTheStart() {
        assertThatThrownBy(() -> new SupportSchedule(Period.ofMonths(6), "monthly", LONDON))
                .hasMessageContaining("sf.support.review-interval must be an ISO 8601 period or duration")
                .hasMessageContaining("monthly");
        assertThatThrownBy(() -> new SupportSchedule(Period.ofMonths(6), "PT0S", LONDON))
                .hasMessageContaining("must be positive");
        assertThatThrownBy(() -> new SupportSchedule(Period.ofMonths(6), "P-1M", LONDON))
                .hasMessageContaining("must be positive");
    }
}
