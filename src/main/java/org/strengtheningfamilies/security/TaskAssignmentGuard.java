package org.strengtheningfamilies.security;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;

/**
 * The engine grants a task's assignee, owner and candidates the right to read it and its variables.
 * So who a task may go to is a security decision: only to the people the model names for that task
 * (the user its assignee expression gives, e.g. the family's key worker, or a member of one of its
 * candidate groups), whoever sets it (assigning, claiming for someone, delegating, adding a
 * candidate). Anyone else is refused with 403. When a task changes hands, the previous assignee's
 * or owner's grant on it is withdrawn, unless they still hold the task another way.
 */
class TaskAssignmentGuard extends DefaultAuthorizationProvider {

    @Override
    public AuthorizationEntity[] newTaskAssignee(Task task, String oldAssignee, String newAssignee) {
        return handedOver(task, oldAssignee, newAssignee, "assigned to",
                () -> super.newTaskAssignee(task, oldAssignee, newAssignee));
    }

    @Override
    public AuthorizationEntity[] newTaskOwner(Task task, String oldOwner, String newOwner) {
        return handedOver(task, oldOwner, newOwner, "owned by", () -> super.newTaskOwner(task, oldOwner, newOwner));
    }

    private AuthorizationEntity[] handedOver(Task task, String previous, String next, String how,
                                             java.util.function.Supplier<AuthorizationEntity[]> grants) {
        requireAllowed(task, next, how);
        AuthorizationEntity[] granted = grants.get();
        withdrawIfNoLongerHeld(task, previous, next);
        return granted;
    }

    @Override
    public AuthorizationEntity[] newTaskUserIdentityLink(Task task, String userId, String type) {
        requireAllowed(task, userId, "given to");
        return super.newTaskUserIdentityLink(task, userId, type);
    }

    @Override
    public AuthorizationEntity[] newTaskGroupIdentityLink(Task task, String groupId, String type) {
        if (isModelled(task) && !modelGroups((TaskEntity) task).contains(groupId)) {
            throw new AuthorizationException("The task \"" + task.getName() + "\" cannot be offered to the group "
                    + groupId + ": only to " + String.join(", ", modelGroups((TaskEntity) task)) + ".");
        }
        if (readsEveryTaskOfItsProcess(task, groupId)) {
            // only the right to work on it: reading is already the group's, so a READ row per task would
            // only lengthen every task query's authorization join (docs/performance-staff-screens.md)
            return new AuthorizationEntity[] {createOrUpdateAuthorization(task, null, groupId, Resources.TASK, false,
                    getDefaultUserPermissionForTask())};
        }
        return super.newTaskGroupIdentityLink(task, groupId, type);
    }

    private static boolean readsEveryTaskOfItsProcess(Task task, String groupId) {
        if (!(task instanceof TaskEntity entity) || entity.getProcessDefinitionId() == null) {
            return false;
        }
        CommandContext context = Context.getCommandContext();
        String key = context.getProcessEngineConfiguration().getDeploymentCache()
                .findDeployedProcessDefinitionById(entity.getProcessDefinitionId()).getKey();
        return ProcessWideReaders.readsEveryTask(context, groupId, key);
    }

    private void requireAllowed(Task task, String userId, String how) {
        if (userId == null || !isModelled(task)) {
            return;
        }
        TaskEntity entity = (TaskEntity) task;
        if (userId.equals(modelAssignee(entity)) || modelUsers(entity).contains(userId)
                || isMemberOfAny(userId, modelGroups(entity))) {
            return;
        }
        throw new AuthorizationException("The task \"" + task.getName() + "\" cannot be " + how + " " + userId
                + ": it may only go to the people its step names (" + describe(entity) + ").");
    }

    /** A task of a process with its definition at hand; stand-alone tasks are left to the engine's permissions. */
    private static boolean isModelled(Task task) {
        return task instanceof TaskEntity entity && entity.getTaskDefinition() != null && entity.getExecution() != null;
    }

    private static String modelAssignee(TaskEntity task) {
        Expression expression = task.getTaskDefinition().getAssigneeExpression();
        Set<String> values = evaluate(task, expression == null ? Set.of() : Set.of(expression));
        return values.isEmpty() ? null : values.iterator().next();
    }

    private static Set<String> modelUsers(TaskEntity task) {
        return evaluate(task, task.getTaskDefinition().getCandidateUserIdExpressions());
    }

    private static Set<String> modelGroups(TaskEntity task) {
        return evaluate(task, task.getTaskDefinition().getCandidateGroupIdExpressions());
    }

    private static String describe(TaskEntity task) {
        Set<String> who = new LinkedHashSet<>();
        String assignee = modelAssignee(task);
        if (assignee != null) {
            who.add(assignee);
        }
        who.addAll(modelUsers(task));
        modelGroups(task).forEach(group -> who.add("members of " + group));
        return who.isEmpty() ? "nobody else" : String.join(", ", who);
    }

    private static Set<String> evaluate(TaskEntity task, Collection<Expression> expressions) {
        TaskDefinition definition = task.getTaskDefinition();
        Set<String> values = new LinkedHashSet<>();
        if (definition == null || expressions == null) {
            return values;
        }
        ExecutionEntity execution = task.getExecution();
        CommandContext context = Context.getCommandContext();
        for (Expression expression : expressions) {
            Object value = context.runWithoutAuthorization(() -> expression.getValue(execution));
            if (value instanceof Collection<?> many) {
                many.forEach(v -> add(values, v));
            } else {
                add(values, value);
            }
        }
        return values;
    }

    private static void add(Set<String> values, Object value) {
        if (value == null) {
            return;
        }
        for (String part : value.toString().split(",")) {
            if (!part.isBlank()) {
                values.add(part.trim());
            }
        }
    }

    private static boolean isMemberOfAny(String userId, Set<String> groups) {
        if (groups.isEmpty()) {
            return false;
        }
        CommandContext context = Context.getCommandContext();
        return context.runWithoutAuthorization(() -> groups.stream().anyMatch(group ->
                context.getReadOnlyIdentityProvider().createUserQuery().userId(userId).memberOfGroup(group).count() > 0));
    }

    /** The engine never takes a task grant back; a user who no longer holds the task loses it. */
    private static void withdrawIfNoLongerHeld(Task task, String previous, String next) {
        if (previous == null || previous.equals(next) || task.getId() == null) {
            return;
        }
        TaskEntity entity = task instanceof TaskEntity e ? e : null;
        if (entity != null && (previous.equals(entity.getAssignee()) || previous.equals(entity.getOwner())
                || entity.getIdentityLinks().stream().anyMatch(link -> previous.equals(link.getUserId())
                && IdentityLinkType.CANDIDATE.equals(link.getType())))) {
            return;
        }
        CommandContext context = Context.getCommandContext();
        context.runWithoutAuthorization(() -> {
            context.getAuthorizationManager().deleteAuthorizationsByResourceIdAndUserId(Resources.TASK, task.getId(), previous);
            context.getAuthorizationManager().deleteAuthorizationsByResourceIdAndUserId(Resources.HISTORIC_TASK, task.getId(), previous);
            return null;
        });
    }
}
