package org.strengtheningfamilies.kernel;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Collects the problems of one submission so the user sees all of them at once. */
public final class Problems {

    private final Map<String, ?> variables;
    private final List<String> found = new ArrayList<>();

    public Problems(Map<String, ?> variables) {
        this.variables = variables;
    }

    /** The value, or empty (and a problem noted) when it cannot be read. */
    public <T> Optional<T> read(ProcessVariable<T> variable) {
        try {
            return variable.find(variables);
        } catch (CaseDataException e) {
            found.addAll(e.problems());
            return Optional.empty();
        }
    }

    /** The value; a missing or unreadable value is noted as a problem. */
    public <T> Optional<T> required(ProcessVariable<T> variable) {
        Optional<T> value = read(variable);
        boolean blank = value.isPresent() && value.get() instanceof String s && s.isBlank();
        if ((value.isEmpty() || blank) && variables.get(variable.name()) == null) {
            found.add(variable.name() + " is required");
            return Optional.empty();
        }
        if (blank) {
            found.add(variable.name() + " is required");
            return Optional.empty();
        }
        return value;
    }

    public void add(String problem) {
        found.add(problem);
    }

    public void addAll(List<String> problems) {
        found.addAll(problems);
    }

    public List<String> list() {
        return List.copyOf(found);
    }

    public void throwIfAny() {
        if (!found.isEmpty()) {
            throw new CaseDataException(found);
        }
    }
}
