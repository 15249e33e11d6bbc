package org.strengtheningfamilies.kernel;

import java.util.List;

import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/**
 * Case data that breaks a rule. Extends the engine's form validation exception on purpose: the REST
 * API answers it with 400 and its message, Tasklist shows the message beside the button, and the
 * engine rolls the whole command back, so the task stays open and nothing is half-written. Each
 * problem carries its field ({@link Problem}); the 4xx error body lists them (api.ClientErrors).
 */
public class CaseDataException extends FormFieldValidationException {

    private final List<Problem> problems;

    public CaseDataException(List<Problem> problems) {
        super(problems.stream().map(Problem::message).toList(), Problem.join(problems));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a refusal needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    /** One problem of one field. */
    public static CaseDataException of(String field, String message) {
        return new CaseDataException(List.of(new Problem(field, message)));
    }

    public List<Problem> problems() {
        return problems;
    }
}
