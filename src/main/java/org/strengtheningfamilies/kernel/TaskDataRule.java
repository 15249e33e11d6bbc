package org.strengtheningfamilies.kernel;

import java.util.List;
import java.util.Map;

/**
 * The server-side rules for what a user task may be completed with. Forms show the same rules,
 * but REST clients bypass forms, so the engine checks again before the task completes. Which task a
 * rule guards is the process's business (the family-case process maps its task ids to these).
 */
@FunctionalInterface
public interface TaskDataRule {

    /** Problems with the variables, each with its field ({@link Problems} collects them); empty when the data may be saved. */
    List<Problem> problems(Map<String, Object> variables);
}
