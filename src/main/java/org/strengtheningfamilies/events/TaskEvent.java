package org.strengtheningfamilies.events;

import java.time.Instant;

/**
 * Something that happened to a user task of any of the programme's processes, published by the engine
 * (every user task, through one parse listener) in the command's own transaction: the open-work read
 * model and the reminders listen. Task names come from the models and are plain text
 * (models/DueDatesModelTest), so they carry no case data.
 */
public sealed interface TaskEvent permits TaskOpened, TaskAssigned, TaskRescheduled, TaskClosed {

    String taskId();

    String processInstanceId();

    /** When it happened, on the business clock. */
    Instant at();
}
