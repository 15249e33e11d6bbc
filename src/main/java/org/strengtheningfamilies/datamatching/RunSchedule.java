package org.strengtheningfamilies.datamatching;

/**
 * What termly-data-matching.bpmn reads from configuration in its timers, as the bean
 * {@code runSchedule}: {@code ${runSchedule.termBoundaries}} and {@code ${runSchedule.resolveWait}}.
 */
public class RunSchedule {

    private final String termBoundaries;
    private final String resolveWait;

    public RunSchedule(String termBoundaries, String resolveWait) {
        this.termBoundaries = termBoundaries;
        this.resolveWait = resolveWait;
    }

    public String getTermBoundaries() {
        return termBoundaries;
    }

    public String getResolveWait() {
        return resolveWait;
    }
}
