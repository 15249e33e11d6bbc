package org.strengtheningfamilies.familycase;

import java.util.List;
import java.util.Map;

/**
 * The server-side rules for what a user task may be completed with. Forms show the same rules,
 * but REST clients bypass forms, so the engine checks again before the task completes.
 */
public interface TaskDataRule {

    /** The BPMN id of the user task these rules guard. */
    String taskId();

    /** Problems with the variables, each naming its field; empty when the data may be saved. */
    List<String> problems(Map<String, Object> variables);
}
