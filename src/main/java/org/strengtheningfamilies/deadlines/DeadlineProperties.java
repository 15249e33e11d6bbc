package org.strengtheningfamilies.deadlines;

import java.time.Period;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The service levels of the programme's tasks ({@code sf.deadlines.<name>.due} and {@code .follow-up},
 * ISO 8601 periods counted from the day the task arrives), e.g. {@code sf.deadlines.consent.due=P5D}.
 * The defaults are in application.yaml, where a council sees and changes them.
 */
@ConfigurationProperties(prefix = "sf")
public record DeadlineProperties(Map<String, ServiceLevel> deadlines) {

    /**
     * @param due      how long after the task arrives it is due (it is overdue from the next day)
     * @param followUp when its holder is reminded, counted like {@code due}; none when absent
     */
    public record ServiceLevel(Period due, Period followUp) {
    }

    public DeadlineProperties {
        deadlines = deadlines == null ? Map.of() : Map.copyOf(deadlines);
    }
}
