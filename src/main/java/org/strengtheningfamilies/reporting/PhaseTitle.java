package org.strengtheningfamilies.reporting;

/**
 * A programme phase a report covers: its code, its name as staff read it, and whether it is the phase of
 * new referrals (sf.programme.phase).
 */
public record PhaseTitle(String phase, String title, boolean current) {
}
