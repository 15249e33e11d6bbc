package org.strengtheningfamilies.kernel;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/**
 * Case data that breaks a rule. Extends the engine's form validation exception on purpose: the REST
 * API answers it with 400 and its message, Tasklist shows the message on the form, and the engine
 * rolls the whole command back, so the task stays open and nothing is half-written. Each problem
 * names its field ({@link Problem}); the 4xx error body lists them (api.ClientErrors).
 */
public class CaseDataException extends FormFieldValidationException {

    /** One problem: the field it is about (a variable, or a path into one such as householdMembers[2].gender) and what to do. */
    public record Problem(String field, String message) {
    }

    private final List<Problem> problems;

    /** Problems worded as "field …": each problem's field is the variable its message names first. */
    public CaseDataException(List<String> problems) {
        this(problems.stream().map(message -> new Problem(fieldOf(message), message)).toList(), true);
    }

    private CaseDataException(List<Problem> problems, boolean ignored) {
        super(problems.stream().map(Problem::message).toList(),
                String.join("; ", problems.stream().map(Problem::message).toList()));
        this.problems = List.copyOf(problems);
    }

    public static CaseDataException of(List<Problem> problems) {
        return new CaseDataException(problems, true);
    }

    /** The problems' messages, as the rules word them. */
    public List<String> problems() {
        return problems.stream().map(Problem::message).toList();
    }

    public List<Problem> problemsByField() {
        return problems;
    }

    private static final Pattern LEADING_FIELD = Pattern.compile("^([a-z][A-Za-z0-9]*(?:\\[\\d+])?(?:\\.[a-z][A-Za-z0-9]*)*)\\b");
    private static final Pattern CAMEL_CASE = Pattern.compile("\\b([a-z]+[A-Z][A-Za-z0-9]*(?:\\[\\d+])?(?:\\.[a-z][A-Za-z0-9]*)*)");
    private static final Set<String> NOT_FIELDS = Set.of("the", "a", "an", "this", "that", "no", "one", "some");

    /** The variable a message names first: its leading word ("district is required"), else its first camelCase name. */
    static String fieldOf(String message) {
        if (message == null) {
            return null;
        }
        Matcher leading = LEADING_FIELD.matcher(message);
        if (leading.find() && !NOT_FIELDS.contains(leading.group(1))) {
            return leading.group(1);
        }
        Matcher camel = CAMEL_CASE.matcher(message);
        return camel.find() ? camel.group(1) : null;
    }
}
