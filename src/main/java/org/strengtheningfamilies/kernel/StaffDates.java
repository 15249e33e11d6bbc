package org.strengtheningfamilies.kernel;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Dates as staff read them in messages: dd/mm/yyyy (the variables keep ISO yyyy-MM-dd). */
public final class StaffDates {

    private static final DateTimeFormatter UK = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private StaffDates() {
    }

    public static String format(LocalDate date) {
        return date == null ? "" : UK.format(date);
    }
}
