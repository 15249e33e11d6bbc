package org.strengtheningfamilies.kernel;

import java.util.List;
import java.util.Map;

/** A task whose only rule is that these fields are present and readable (enumerations valid). */
public record RequiredFields(List<ProcessVariable<?>> fields) implements TaskDataRule {

    public static RequiredFields of(ProcessVariable<?>... fields) {
        return new RequiredFields(List.of(fields));
    }

    @Override
    public List<Problem> problems(Map<String, Object> variables) {
        Problems problems = new Problems(variables);
        fields.forEach(problems::required);
        return problems.list();
    }
}
