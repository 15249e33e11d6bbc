package org.strengtheningfamilies.security;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.List;

import org.camunda.bpm.engine.authorization.HistoricTaskPermissions;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.HistoricProcessInstanceEntity;
import org.camunda.bpm.engine.impl.persistence.entity.HistoricTaskInstanceEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;

/**
 * Who may read a family's case data, for what the engine does not guard itself (comments and
 * attachments): whoever may read the variables of the task (its assignee or candidate, with the
 * engine's task grant) or of the family's case (the coordinator, by permission on the process; the
 * family's key worker, by the grant on that one case made at allocation). Administrators may.
 */
final class FamilyAccess {

    private final CommandContext context;
    private final Authentication user;

    private FamilyAccess(CommandContext context) {
        this.context = context;
        this.user = context.getAuthentication();
    }

    static FamilyAccess of(CommandContext context) {
        return new FamilyAccess(context);
    }

    /** No user to check: the engine's own work, authorizations off, or an administrator. */
    boolean unrestricted() {
        return user == null || !context.getProcessEngineConfiguration().isAuthorizationEnabled()
                || !context.isAuthorizationCheckEnabled() || authorizations().isCamundaAdmin(user);
    }

    String userId() {
        return user == null ? null : user.getUserId();
    }

    boolean mayReadTask(String taskId) {
        if (unrestricted()) {
            return true;
        }
        if (taskId == null) {
            return false;
        }
        TaskEntity task = system(() -> context.getTaskManager().findTaskById(taskId));
        if (task != null) {
            return granted(TaskPermissions.READ_VARIABLE, Resources.TASK, taskId)
                    || granted(ProcessDefinitionPermissions.READ_TASK_VARIABLE, Resources.PROCESS_DEFINITION,
                    definitionKey(task.getProcessDefinitionId()))
                    || mayReadProcessInstance(task.getProcessInstanceId());
        }
        HistoricTaskInstanceEntity finished = system(() -> context.getHistoricTaskInstanceManager()
                .findHistoricTaskInstanceById(taskId));
        if (finished == null) {
            return false;
        }
        return granted(HistoricTaskPermissions.READ_VARIABLE, Resources.HISTORIC_TASK, taskId)
                || granted(ProcessDefinitionPermissions.READ_HISTORY_VARIABLE, Resources.PROCESS_DEFINITION,
                finished.getProcessDefinitionKey())
                || mayReadProcessInstance(finished.getProcessInstanceId());
    }

    boolean mayReadProcessInstance(String processInstanceId) {
        if (unrestricted()) {
            return true;
        }
        if (processInstanceId == null) {
            return false;
        }
        String key = processDefinitionKeyOf(processInstanceId);
        if (key == null) {
            return false;
        }
        if (granted(ProcessDefinitionPermissions.READ_INSTANCE_VARIABLE, Resources.PROCESS_DEFINITION, key)
                || granted(ProcessDefinitionPermissions.READ_HISTORY_VARIABLE, Resources.PROCESS_DEFINITION, key)) {
            return true;
        }
        // the family's key worker: a grant on this one case, never the "any instance" grant managers hold
        AuthorizationEntity own = system(() -> authorizations().findAuthorizationByUserIdAndResourceId(AUTH_TYPE_GRANT,
                user.getUserId(), Resources.PROCESS_INSTANCE, processInstanceId));
        return own != null && own.isPermissionGranted(Permissions.READ);
    }

    private String processDefinitionKeyOf(String processInstanceId) {
        ExecutionEntity running = system(() -> context.getExecutionManager().findExecutionById(processInstanceId));
        if (running != null) {
            return definitionKey(running.getProcessDefinitionId());
        }
        HistoricProcessInstanceEntity ended = system(() -> context.getHistoricProcessInstanceManager()
                .findHistoricProcessInstance(processInstanceId));
        return ended == null ? null : ended.getProcessDefinitionKey();
    }

    private String definitionKey(String processDefinitionId) {
        if (processDefinitionId == null) {
            return null;
        }
        return system(() -> context.getProcessEngineConfiguration().getDeploymentCache()
                .findDeployedProcessDefinitionById(processDefinitionId).getKey());
    }

    private boolean granted(Permission permission, Resource resource, String resourceId) {
        if (resourceId == null) {
            return false;
        }
        List<String> groups = user.getGroupIds();
        return system(() -> authorizations().isAuthorized(user.getUserId(), groups, permission, resource, resourceId));
    }

    private AuthorizationManager authorizations() {
        return context.getAuthorizationManager();
    }

    private <T> T system(java.util.concurrent.Callable<T> work) {
        return context.runWithoutAuthorization(work);
    }
}
