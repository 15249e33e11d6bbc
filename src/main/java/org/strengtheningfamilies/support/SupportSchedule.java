package org.strengtheningfamilies.support;

import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Date;

/**
 * The support period and review rhythm from configuration. The BPMN timers call this by name
 * ({@code supportSchedule}): the end of support is a date, so that a step-up or a reopened plan does
 * not restart the six months.
 */
public class SupportSchedule {

    private final Period supportPeriod;
    private final String reviewInterval;
    private final ZoneId zone;

    public SupportSchedule(Period supportPeriod, String reviewInterval, ZoneId zone) {
        this.supportPeriod = supportPeriod;
        this.reviewInterval = checkedInterval(reviewInterval);
        this.zone = zone;
    }

    public LocalDate supportEnds(LocalDate start) {
        return start.plus(supportPeriod);
    }

    /** For the timer of IntermediateEvent_SupportPeriodEnded: midnight at the start of the end date. */
    public Date endsAt(Object supportEndDate) {
        LocalDate date = SupportVariables.SUPPORT_END_DATE.convert(supportEndDate);
        return Date.from(date.atStartOfDay(zone).toInstant());
    }

    /** ISO 8601 duration for IntermediateEvent_ReviewDue, e.g. P1M. */
    public String getReviewInterval() {
        return reviewInterval;
    }

    /** Refused at start-up rather than when the first family reaches support. */
    private static String checkedInterval(String interval) {
        String trimmed = interval == null ? "" : interval.trim();
        try {
            if (trimmed.contains("T")) {
                if (Duration.parse(trimmed).isNegative() || Duration.parse(trimmed).isZero()) {
                    throw new IllegalArgumentException("sf.support.review-interval must be positive (was " + interval + ")");
                }
            } else if (Period.parse(trimmed).isNegative() || Period.parse(trimmed).isZero()) {
                throw new IllegalArgumentException("sf.support.review-interval must be positive (was " + interval + ")");
            }
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("sf.support.review-interval must be an ISO 8601 period or duration such as "
                    + "P1M or PT10M (was " + interval + ")", e);
        }
        return trimmed;
    }

    public Period supportPeriod() {
        return supportPeriod;
    }
}
