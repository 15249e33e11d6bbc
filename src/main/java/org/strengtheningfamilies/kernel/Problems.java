package org.strengtheningfamilies.kernel;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Collects the problems of one submission so the user sees all of them at once, each with its field
 * ({@link Problem}): {@link #add(String, String)} names the field, {@link #required} and {@link #read}
 * name the variable they read.
 */
public final class Problems {

    private final Map<String, ?> variables;
    private final List<Problem> found = new ArrayList<>();

    public Problems(Map<String, ?> variables) {
        this.variables = variables;
    }

    /** The value, or empty (and a problem noted against the variable) when it cannot be read. */
    public <T> Optional<T> read(ProcessVariable<T> variable) {
        try {
            return variable.find(variables);
        } catch (CaseDataException e) {
            found.addAll(e.problems());
            return Optional.empty();
        }
    }

    /** The value; a missing, blank or unreadable value is noted as a problem of the variable. */
    public <T> Optional<T> required(ProcessVariable<T> variable) {
        int before = found.size();
        Optional<T> value = read(variable);
        if (found.size() > before) {
            return Optional.empty();
        }
        if (value.isEmpty() || value.get() instanceof String s && s.isBlank()) {
            found.add(variable.missing());
            return Optional.empty();
        }
        return value;
    }

    /** A problem of {@code field} (a variable's name, or a path such as {@code householdMembers[2].gender}). */
    public void add(String field, String message) {
        found.add(new Problem(field, message));
    }

    public void addAll(List<Problem> problems) {
        found.addAll(problems);
    }

    public boolean isEmpty() {
        return found.isEmpty();
    }

    public List<Problem> list() {
        return List.copyOf(found);
    }

    public void throwIfAny() {
        if (!found.isEmpty()) {
            throw new CaseDataException(found);
        }
    }
}
