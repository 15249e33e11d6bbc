package org.strengtheningfamilies.events;

import java.time.Instant;

/** The due or follow-up date of an open user task was changed (in Tasklist, or over REST). */
public record TaskRescheduled(String taskId, String processInstanceId, Instant at, Instant dueAt, Instant followUpAt)
        implements TaskEvent {
}
