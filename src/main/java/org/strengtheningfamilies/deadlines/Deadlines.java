package org.strengtheningfamilies.deadlines;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.Map;
import java.util.TreeMap;

import org.strengtheningfamilies.deadlines.DeadlineProperties.ServiceLevel;

/**
 * When each task is due and when its holder is reminded, from the service levels in configuration
 * ({@code sf.deadlines.*}). The models call this bean by name on every user task, so a process
 * designer sees the service level in Modeler:
 * {@code camunda:dueDate="${deadlines.due('consent')}" camunda:followUpDate="${deadlines.followUp('consent')}"}.
 * Days are counted on the business clock from the day the task arrives: a task that arrives on
 * 1 October with a service level of P5D is due by the end of 6 October and overdue from 7 October;
 * its follow-up date is the start of its day.
 */
public class Deadlines {

    private final Map<String, ServiceLevel> levels;
    private final Clock clock;

    public Deadlines(Map<String, ServiceLevel> levels, Clock clock) {
        this.levels = new TreeMap<>(levels);
        this.clock = clock;
        this.levels.forEach(Deadlines::check);
    }

    /** The end of the day {@code sf.deadlines.<level>.due} after today. */
    public Date due(String level) {
        return endOf(today().plus(level(level).due()));
    }

    /** The start of the day {@code sf.deadlines.<level>.follow-up} after today, or none (no reminder). */
    public Date followUp(String level) {
        Period followUp = level(level).followUp();
        return followUp == null ? null : startOf(today().plus(followUp));
    }

    /**
     * A task that lasts until a date the case holds (Task_SupportFamily, open until support ends): due
     * as that date starts, when the support period's timer fires.
     */
    public Date dueBy(Object isoDate) {
        if (isoDate == null) {
            throw new IllegalArgumentException("the date a task is due by is missing");
        }
        try {
            return startOf(LocalDate.parse(isoDate.toString().trim()));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("the date a task is due by must be yyyy-MM-dd (was " + isoDate + ")", e);
        }
    }

    /** The configured service levels, by name. */
    public Map<String, ServiceLevel> levels() {
        return Map.copyOf(levels);
    }

    private ServiceLevel level(String name) {
        ServiceLevel level = levels.get(name);
        if (level == null) {
            throw new IllegalArgumentException("no service level '" + name + "' in sf.deadlines (there are "
                    + String.join(", ", levels.keySet()) + ")");
        }
        return level;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private Date endOf(LocalDate day) {
        return Date.from(day.atTime(LocalTime.of(23, 59, 59)).atZone(clock.getZone()).toInstant());
    }

    private Date startOf(LocalDate day) {
        return Date.from(day.atStartOfDay(clock.getZone()).toInstant());
    }

    /** Refused at start-up rather than when the first task of that kind arrives. */
    private static void check(String name, ServiceLevel level) {
        if (level == null || level.due() == null) {
            throw new IllegalArgumentException("sf.deadlines." + name + ".due is missing: give an ISO 8601 period such as P10D");
        }
        if (level.due().isNegative()) {
            throw new IllegalArgumentException("sf.deadlines." + name + ".due must not be negative (was " + level.due() + ")");
        }
        if (level.followUp() != null) {
            LocalDate from = LocalDate.of(2000, 1, 1);
            if (level.followUp().isNegative() || from.plus(level.followUp()).isAfter(from.plus(level.due()))) {
                throw new IllegalArgumentException("sf.deadlines." + name + ".follow-up (" + level.followUp()
                        + ") must come before the task is due (" + level.due() + ")");
            }
        }
    }
}
