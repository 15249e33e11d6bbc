package org.strengtheningfamilies.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;

/**
 * Steps taken on a running application's engine as its users, with authorizations checked as in
 * production, and the job executor's work done by hand (it is off in these tests): the asynchronous
 * service tasks after a person's step, and timers when a test fires them.
 */
public final class EngineSteps {

    private final ProcessEngine engine;

    public EngineSteps(ProcessEngine engine) {
        this.engine = engine;
    }

    public <T> T as(String user, Supplier<T> step) {
        List<String> groups = engine.getIdentityService().createGroupQuery().groupMember(user).list().stream()
                .map(Group::getId).toList();
        engine.getIdentityService().setAuthentication(user, groups);
        try {
            return step.get();
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
    }

    public ProcessInstance start(String user, Map<String, Object> referral) {
        ProcessInstance pi = as(user, () -> engine.getRuntimeService().startProcessInstanceByKey("family-case", referral));
        runAsyncSteps();
        return pi;
    }

    /** The user completes the open task: they must see it, as in Tasklist. */
    public void complete(String user, ProcessInstance pi, String taskKey, Map<String, Object> variables) {
        as(user, () -> {
            Task task = engine.getTaskService().createTaskQuery().processInstanceId(pi.getId())
                    .taskDefinitionKey(taskKey).singleResult();
            assertThat(task).as(user + " sees the open task " + taskKey).isNotNull();
            engine.getTaskService().complete(task.getId(), variables);
            return null;
        });
        runAsyncSteps();
    }

    public void runAsyncSteps() {
        for (Job job; (job = engine.getManagementService().createJobQuery().messages().withRetriesLeft().listPage(0, 1)
                .stream().findFirst().orElse(null)) != null; ) {
            engine.getManagementService().executeJob(job.getId());
        }
    }

    public void fire(ProcessInstance pi, String activityId) {
        Job job = engine.getManagementService().createJobQuery().processInstanceId(pi.getId()).activityId(activityId)
                .singleResult();
        assertThat(job).as("timer " + activityId).isNotNull();
        engine.getManagementService().executeJob(job.getId());
        runAsyncSteps();
    }

    /** A variable of the case, running or ended (from history once it has ended). */
    public Object variable(ProcessInstance pi, String name) {
        if (!ended(pi)) {
            return engine.getRuntimeService().getVariable(pi.getId(), name);
        }
        var variable = engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(pi.getId())
                .variableName(name).singleResult();
        return variable == null ? null : variable.getValue();
    }

    public boolean ended(ProcessInstance pi) {
        return engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(pi.getId()).count() == 0;
    }
}
