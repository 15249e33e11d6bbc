package org.strengtheningfamilies.events;

import java.time.Instant;

/**
 * An open user task was given to someone, or given back to its groups ({@code assignee} null), after it
 * was created: claimed, handed on, delegated or unclaimed.
 *
 * @param assignedBy the user who did it, or null when the programme did (a job, a listener)
 */
public record TaskAssigned(String taskId, String processInstanceId, Instant at, String assignee, String assignedBy)
        implements TaskEvent {

    /** Someone gave the task to another person (claiming a task for oneself is not handing it on). */
    public boolean handedOn() {
        return assignee != null && assignedBy != null && !assignee.equals(assignedBy);
    }
}
