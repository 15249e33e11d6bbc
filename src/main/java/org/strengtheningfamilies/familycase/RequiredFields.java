package org.strengtheningfamilies.familycase;

import java.util.List;
import java.util.Map;

/** A task whose only rule is that these fields are present and readable (enumerations valid). */
public record RequiredFields(String taskId, List<ProcessVariable<?>> fields) implements TaskDataRule {

    public static RequiredFields of(String taskId, ProcessVariable<?>... fields) {
        return new RequiredFields(taskId, List.of(fields));
    }

    @Override
    public List<String> problems(Map<String, Object> variables) {
        Problems problems = new Problems(variables);
        fields.forEach(problems::required);
        return problems.list();
    }
}
