package org.strengtheningfamilies.deadlines;

import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.strengtheningfamilies.events.TaskAssigned;
import org.strengtheningfamilies.events.TaskClosed;
import org.strengtheningfamilies.events.TaskOpened;
import org.strengtheningfamilies.events.TaskRescheduled;

/**
 * Publishes the life of every user task of every deployed model as task events (created, assigned
 * afterwards, rescheduled, ended), synchronously, so the listeners run in the command's transaction.
 * One parse listener adds the engine-side task listener to each user task, so no model has to name
 * it and a process designer's new task is tracked like the others.
 */
@Component
class TaskEventsPlugin extends AbstractProcessEnginePlugin {

    private final ApplicationEventPublisher publisher;
    private final Clock clock;

    TaskEventsPlugin(ApplicationEventPublisher publisher, Clock clock) {
        this.publisher = publisher;
        this.clock = clock;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getCustomPostBPMNParseListeners() == null) {
            configuration.setCustomPostBPMNParseListeners(new java.util.ArrayList<>());
        }
        TaskListener listener = this::notify;
        configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
            @Override
            public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
                var definition = ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition();
                for (String event : List.of(TaskListener.EVENTNAME_CREATE, TaskListener.EVENTNAME_ASSIGNMENT,
                        TaskListener.EVENTNAME_UPDATE, TaskListener.EVENTNAME_COMPLETE, TaskListener.EVENTNAME_DELETE)) {
                    definition.addBuiltInTaskListener(event, listener);
                }
            }
        });
    }

    private void notify(DelegateTask task) {
        Instant now = clock.instant();
        switch (task.getEventName()) {
            case TaskListener.EVENTNAME_CREATE -> publisher.publishEvent(new TaskOpened(task.getId(),
                    task.getProcessInstanceId(), now, processKey(task), task.getTaskDefinitionKey(), task.getName(),
                    task.getExecution() == null ? null : task.getExecution().getProcessBusinessKey(), task.getAssignee(),
                    task.getCandidates().stream().filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
                            .map(IdentityLink::getGroupId).filter(java.util.Objects::nonNull).toList(),
                    instant(task.getDueDate()), instant(task.getFollowUpDate())));
            case TaskListener.EVENTNAME_ASSIGNMENT -> {
                // the assignee the model gives a new task is part of its creation (TaskOpened)
                if (!creating(task)) {
                    Authentication user = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
                    publisher.publishEvent(new TaskAssigned(task.getId(), task.getProcessInstanceId(), now,
                            task.getAssignee(), user == null ? null : user.getUserId()));
                }
            }
            case TaskListener.EVENTNAME_UPDATE -> publisher.publishEvent(new TaskRescheduled(task.getId(),
                    task.getProcessInstanceId(), now, instant(task.getDueDate()), instant(task.getFollowUpDate())));
            case TaskListener.EVENTNAME_COMPLETE -> publisher.publishEvent(new TaskClosed(task.getId(),
                    task.getProcessInstanceId(), now, true));
            case TaskListener.EVENTNAME_DELETE -> publisher.publishEvent(new TaskClosed(task.getId(),
                    task.getProcessInstanceId(), now, false));
            default -> {
                // timeout and other events change nothing the listeners keep
            }
        }
    }

    private static boolean creating(DelegateTask task) {
        return task instanceof TaskEntity entity && "Init".equals(entity.getTaskState());
    }

    private static String processKey(DelegateTask task) {
        String definition = task.getProcessDefinitionId();
        return definition == null ? null : definition.substring(0, definition.indexOf(':') < 0 ? definition.length()
                : definition.indexOf(':'));
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
