package org.strengtheningfamilies.claimwindow;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * When the claim window opens by itself: the timer start event of {@code pbr-claim-window} reads
 * {@code ${claimWindowSchedule.cycle}} when the process is deployed. A Camunda timer cycle: a cron
 * expression (seconds first, as Quartz) or an ISO 8601 repetition such as {@code R/2013-04-01T06:00/P3M}.
 * The default opens a window at 06:00 on the first day of each quarter.
 */
@Component("claimWindowSchedule")
public class ClaimWindowSchedule {

    public static final String QUARTERLY = "0 0 6 1 1,4,7,10 ?";

    private final String cycle;

    public ClaimWindowSchedule(@Value("${sf.claim-window.cycle:" + QUARTERLY + "}") String cycle) {
        if (cycle == null || cycle.isBlank()) {
            throw new IllegalArgumentException("sf.claim-window.cycle must be a timer cycle (cron or ISO 8601), was empty");
        }
        this.cycle = cycle.trim();
    }

    public String getCycle() {
        return cycle;
    }
}
