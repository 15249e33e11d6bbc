package org.strengtheningfamilies.events;

import java.time.Instant;

/** A user task ended: completed, or cancelled (a boundary event, the case ending, a deleted case). */
public record TaskClosed(String taskId, String processInstanceId, Instant at, boolean completed) implements TaskEvent {
}
