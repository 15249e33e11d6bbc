package org.strengtheningfamilies.agencydata;

/** One reason a row of a CSV file was not stored: its line, the header concerned (or null), and why. */
public record RowRejection(long line, String field, String reason) {
}
