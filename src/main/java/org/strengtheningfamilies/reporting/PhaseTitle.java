package org.strengtheningfamilies.reporting;

/** A programme phase a report covers: its code and its name as staff read it. */
public record PhaseTitle(String phase, String title) {
}
