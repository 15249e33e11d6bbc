package org.strengtheningfamilies.claimwindow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** The plain rules of claim windows: the window's dates, the return's reference, money for people. */
class ClaimReturnsTest {

    static final LocalDate PROGRAMME_START = LocalDate.of(2012, 4, 1);

    @Test
    void theFirstWindowStartsWithTheProgrammeAndEachLaterOneTheDayAfterThePrevious() {
        assertThat(ClaimReturns.windowStart(Optional.empty(), PROGRAMME_START, LocalDate.of(2013, 3, 31)))
                .isEqualTo(PROGRAMME_START);
        assertThat(ClaimReturns.windowStart(Optional.of(LocalDate.of(2013, 3, 31)), PROGRAMME_START, LocalDate.of(2013, 6, 30)))
                .isEqualTo(LocalDate.of(2013, 4, 1));
    }

    @Test
    void aWindowNeverStartsAfterItEnds() {
        // opened twice on one day, or before the programme began
        assertThat(ClaimReturns.windowStart(Optional.of(LocalDate.of(2013, 6, 30)), PROGRAMME_START, LocalDate.of(2013, 6, 30)))
                .isEqualTo(LocalDate.of(2013, 6, 30));
        assertThat(ClaimReturns.windowStart(Optional.empty(), PROGRAMME_START, LocalDate.of(2012, 3, 31)))
                .isEqualTo(LocalDate.of(2012, 3, 31));
    }

    @Test
    void theReferenceNamesTheWindowsLastDayAndCountsReturnsEndingThatDay() {
        assertThat(ClaimReturns.reference(LocalDate.of(2013, 3, 31), 0)).isEqualTo("CR-20130331-1");
        assertThat(ClaimReturns.reference(LocalDate.of(2013, 3, 31), 2)).isEqualTo("CR-20130331-3");
    }

    @Test
    void moneyIsShownInPoundsWithThousandSeparators() {
        assertThat(ClaimReturns.pounds(150000L)).isEqualTo("£1,500.00");
        assertThat(ClaimReturns.pounds(123456789L)).isEqualTo("£1,234,567.89");
        assertThat(ClaimReturns.pounds(5L)).isEqualTo("£0.05");
    }

    @Test
    void theScheduleMustBeATimerCycle() {
        assertThat(new ClaimWindowSchedule(ClaimWindowSchedule.QUARTERLY).getCycle()).isEqualTo("0 0 6 1 1,4,7,10 ?");
        assertThat(new ClaimWindowSchedule(" R/2013-04-01T06:00/P3M ").getCycle()).isEqualTo("R/2013-04-01T06:00/P3M");
        assertThatThrownBy(() -> new ClaimWindowSchedule(" ")).hasMessageContaining("sf.claim-window.cycle");
    }
}
