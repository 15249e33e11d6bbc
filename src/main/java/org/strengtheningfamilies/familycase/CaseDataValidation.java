package org.strengtheningfamilies.familycase;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Complete listener on every user task of family-case: applies the task's {@link TaskDataRule}.
 * Throwing here rolls the completion back, so the task stays open with nothing written.
 */
@Component("caseDataValidation")
public class CaseDataValidation implements TaskListener {

    private final Map<String, TaskDataRule> rulesByTask;

    public CaseDataValidation(List<TaskDataRule> rules) {
        this.rulesByTask = rules.stream().collect(Collectors.toMap(TaskDataRule::taskId, Function.identity()));
    }

    @Override
    public void notify(DelegateTask task) {
        TaskDataRule rule = rulesByTask.get(task.getTaskDefinitionKey());
        if (rule == null) {
            return;
        }
        List<String> problems = rule.problems(task.getVariables());
        if (!problems.isEmpty()) {
            throw new CaseDataException(problems);
        }
    }
}
