package org.strengtheningfamilies.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.OptionalInt;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProgrammeCalendarTest {

    private final ProgrammeCalendar miltonKeynes = new ProgrammeCalendar(LocalDate.of(2012, 4, 1), 3);

    @ParameterizedTest(name = "{0} -> year {1}")
    @CsvSource({
            "2012-04-01, 1",
            "2012-12-31, 1",
            "2013-03-31, 1",
            "2013-04-01, 2",
            "2014-03-31, 2",
            "2014-04-01, 3",
            "2015-03-31, 3"})
    void aDateFallsInTheYearOfItsFinancialYear(LocalDate date, int year) {
        assertThat(miltonKeynes.programmeYear(date)).hasValue(year);
        assertThat(miltonKeynes.contains(date)).isTrue();
    }

    @ParameterizedTest(name = "{0} is outside")
    @CsvSource({"2012-03-31", "2015-04-01", "1999-01-01", "2030-06-30"})
    void datesOutsideTheProgrammeHaveNoYear(LocalDate date) {
        assertThat(miltonKeynes.programmeYear(date)).isEmpty();
        assertThat(miltonKeynes.contains(date)).isFalse();
    }

    @Test
    void noDateHasNoYear() {
        assertThat(miltonKeynes.programmeYear(null)).isEqualTo(OptionalInt.empty());
        assertThat(miltonKeynes.contains(null)).isFalse();
    }

    @ParameterizedTest(name = "year {0}: {1} to {2}")
    @CsvSource({
            "1, 2012-04-01, 2013-03-31",
            "2, 2013-04-01, 2014-03-31",
            "3, 2014-04-01, 2015-03-31"})
    void yearsRunFromAnniversaryToTheDayBeforeTheNext(int year, LocalDate start, LocalDate end) {
        assertThat(miltonKeynes.yearStart(year)).isEqualTo(start);
        assertThat(miltonKeynes.yearEnd(year)).isEqualTo(end);
    }

    @Test
    void refusesAYearOutsideTheProgramme() {
        assertThatThrownBy(() -> miltonKeynes.yearStart(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1 to 3");
        assertThatThrownBy(() -> miltonKeynes.yearEnd(4)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("(was 4)");
    }

    @Test
    void theMiltonKeynesCalendarIsTheReportsOwn() {
        assertThat(ProgrammeCalendar.miltonKeynes()).isEqualTo(miltonKeynes);
        assertThat(miltonKeynes.years()).isEqualTo(3);
        assertThat(miltonKeynes.programmeStart()).isEqualTo(LocalDate.of(2012, 4, 1));
    }

    @Test
    void aLeapDayStartStillCoversEveryDayExactlyOnce() {
        ProgrammeCalendar leap = new ProgrammeCalendar(LocalDate.of(2012, 2, 29), 2);
        assertThat(leap.yearEnd(1)).isEqualTo(LocalDate.of(2013, 2, 27));
        assertThat(leap.programmeYear(LocalDate.of(2013, 2, 27))).hasValue(1);
        assertThat(leap.programmeYear(LocalDate.of(2013, 2, 28))).hasValue(2);
        assertThat(leap.programmeYear(leap.yearEnd(2))).hasValue(2);
        assertThat(leap.programmeYear(leap.yearEnd(2).plusDays(1))).isEmpty();
    }

    @Test
    void refusesAnIncompleteCalendar() {
        assertThatThrownBy(() -> new ProgrammeCalendar(null, 3)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("programmeStart");
        assertThatThrownBy(() -> new ProgrammeCalendar(LocalDate.of(2012, 4, 1), 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("years");
    }
}
