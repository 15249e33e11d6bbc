package org.strengtheningfamilies.reporting;

/**
 * What a report says of its disclosure control: whether it was applied (managers) or the figures
 * are exact (the coordinator), the date the figures are as at, and the rule in words.
 */
public record Disclosure(boolean applied, int minimumCell, String figuresAsOf, String rule) {

    static Disclosure exact(java.time.LocalDate asOf) {
        return new Disclosure(false, 0, asOf.toString(), "Exact figures as at " + asOf
                + ": you may read every case, so nothing is suppressed.");
    }
}
