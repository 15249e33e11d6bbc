package org.strengtheningfamilies.support;

import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.Date;

import org.strengtheningfamilies.familycase.FamilyCaseVariables;

/**
 * The support period and review rhythm from configuration. The BPMN timers call this by name
 * ({@code supportSchedule}): the end of support is a date, so that a step-up or a reopened plan does
 * not restart the six months.
 */
public class SupportSchedule {

    private final Period supportPeriod;
    private final Period reviewInterval;
    private final ZoneId zone;

    public SupportSchedule(Period supportPeriod, Period reviewInterval, ZoneId zone) {
        this.supportPeriod = supportPeriod;
        this.reviewInterval = reviewInterval;
        this.zone = zone;
    }

    public LocalDate supportEnds(LocalDate start) {
        return start.plus(supportPeriod);
    }

    /** For the timer of IntermediateEvent_SupportPeriodEnded: midnight at the start of the end date. */
    public Date endsAt(Object supportEndDate) {
        LocalDate date = FamilyCaseVariables.SUPPORT_END_DATE.convert(supportEndDate);
        return Date.from(date.atStartOfDay(zone).toInstant());
    }

    /** ISO 8601 duration for IntermediateEvent_ReviewDue, e.g. P1M. */
    public String getReviewInterval() {
        return reviewInterval.toString();
    }

    public Period supportPeriod() {
        return supportPeriod;
    }
}
