package org.strengtheningfamilies.events;

import java.time.Instant;
import java.util.List;

/**
 * A user task was created.
 *
 * @param businessKey     the case's reference (the family reference of a family case), or null
 * @param assignee        who holds it from the start (the key worker's tasks), or null
 * @param candidateGroups the groups it is offered to
 * @param dueAt           when it is due (every model gives one), or null
 * @param followUpAt      when its holder is reminded, or null
 */
public record TaskOpened(String taskId, String processInstanceId, Instant at, String processKey, String taskKey,
                         String name, String businessKey, String assignee, List<String> candidateGroups,
                         Instant dueAt, Instant followUpAt) implements TaskEvent {

    public TaskOpened {
        candidateGroups = candidateGroups == null ? List.of() : List.copyOf(candidateGroups);
    }
}
