package org.strengtheningfamilies.payment;

import java.time.LocalDate;
import java.util.OptionalInt;

/**
 * The programme's years, each a full year from an anniversary of the start (Milton Keynes: financial
 * years from 1 April 2012). A family's programme year is the year of its attachment date.
 */
public record ProgrammeCalendar(LocalDate programmeStart, int years) {

    public static final LocalDate MILTON_KEYNES_START = LocalDate.of(2012, 4, 1);
    public static final int MILTON_KEYNES_YEARS = 3;

    public ProgrammeCalendar {
        if (programmeStart == null) {
            throw new IllegalArgumentException("programmeStart is required");
        }
        if (years < 1) {
            throw new IllegalArgumentException("years must be 1 or more (was " + years + ")");
        }
    }

    /** The calendar of a programme phase: its own start date and years. */
    public static ProgrammeCalendar of(org.strengtheningfamilies.programme.PhaseSettings phase) {
        return new ProgrammeCalendar(phase.startDate(), phase.years());
    }

    public static ProgrammeCalendar miltonKeynes() {
        return new ProgrammeCalendar(MILTON_KEYNES_START, MILTON_KEYNES_YEARS);
    }

    /** The programme year containing the date, or empty before the start or after the end. */
    public OptionalInt programmeYear(LocalDate date) {
        if (date == null) {
            return OptionalInt.empty();
        }
        // years are walked rather than computed so that this agrees with yearStart/yearEnd even
        // for a programme starting on 29 February
        for (int year = 1; year <= years; year++) {
            if (!date.isBefore(yearStart(year)) && !date.isAfter(yearEnd(year))) {
                return OptionalInt.of(year);
            }
        }
        return OptionalInt.empty();
    }

    public LocalDate yearStart(int year) {
        checkYear(year);
        return programmeStart.plusYears(year - 1L);
    }

    /** The last day of the year, inclusive. */
    public LocalDate yearEnd(int year) {
        checkYear(year);
        return programmeStart.plusYears(year).minusDays(1);
    }

    public boolean contains(LocalDate date) {
        return programmeYear(date).isPresent();
    }

    private void checkYear(int year) {
        if (year < 1 || year > years) {
            throw new IllegalArgumentException("programme year must be 1 to " + years + " (was " + year + ")");
        }
    }
}
