package org.strengtheningfamilies.kernel;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * The programme's one clock: "now" is the engine's clock (Camunda's ClockUtil), so that what the
 * application dates (a panel decision in the read model, a claim, a form's "not in the future") agrees
 * with what the engine dates (timers, history), also when the demo cohort or a test sets the engine's
 * clock to a historical day. Unless someone sets it, ClockUtil is the system clock.
 */
public final class BusinessClock extends Clock {

    private final ZoneId zone;

    public BusinessClock(ZoneId zone) {
        this.zone = zone;
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return new BusinessClock(zone);
    }

    @Override
    public Instant instant() {
        return ClockUtil.getCurrentTime().toInstant();
    }
}
