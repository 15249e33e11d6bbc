package org.strengtheningfamilies.kernel;

import java.util.List;

import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/**
 * Case data that breaks a rule. Extends the engine's form validation exception on purpose: the REST
 * API answers it with 400 and its message, Tasklist shows the message on the form, and the engine
 * rolls the whole command back, so the task stays open and nothing is half-written.
 */
public class CaseDataException extends FormFieldValidationException {

    private final List<String> problems;

    public CaseDataException(List<String> problems) {
        super(List.copyOf(problems), String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
