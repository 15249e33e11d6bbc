package org.strengtheningfamilies.kernel;

import java.util.List;
import java.util.Objects;

/**
 * One problem of a submission: the field it is about and what to do about it.
 *
 * @param field   the variable (as REST clients send it), or a path into one for an element of a list,
 *                {@code householdMembers[2].gender} (numbered from 1, as the forms show them); null when
 *                the problem is about no one field
 * @param message a sentence for staff: the field's label as the form shows it, dates dd/mm/yyyy
 */
public record Problem(String field, String message) {

    public Problem {
        Objects.requireNonNull(message, "message");
    }

    /** The messages of several problems as one text: each is a sentence of its own. */
    public static String join(List<Problem> problems) {
        return String.join(" ", problems.stream().map(Problem::message).toList());
    }
}
