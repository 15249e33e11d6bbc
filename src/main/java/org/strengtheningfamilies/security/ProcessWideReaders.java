package org.strengtheningfamilies.security;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.AuthorizationQueryImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;

/**
 * Groups that read every task of a process, its variables and its history by their own grants on the
 * process definition (the coordinator on family cases: security.RoleModel), with no revoke taking any
 * of it back. For such a group a per-task READ grant changes nothing about who may see what, and the
 * engine would otherwise write one for every task the group is a candidate of: rows that every task
 * query of the group's members joins (docs/performance-staff-screens.md).
 */
final class ProcessWideReaders {

    private ProcessWideReaders() {
    }

    /**
     * Read from the rows themselves: the engine's isAuthorized would remember, for the rest of the
     * command, whether revokes exist for this group rather than for the user the command runs for.
     */
    static boolean readsEveryTask(CommandContext context, String groupId, String processDefinitionKey) {
        var configuration = context.getProcessEngineConfiguration();
        List<Permission> needed = new ArrayList<>(List.of(ProcessDefinitionPermissions.READ_TASK));
        if (configuration.isEnforceSpecificVariablePermission()) {
            needed.add(ProcessDefinitionPermissions.READ_TASK_VARIABLE);
        }
        if (configuration.isEnableHistoricInstancePermissions()) {
            needed.add(ProcessDefinitionPermissions.READ_HISTORY);
            if (configuration.isEnforceSpecificVariablePermission()) {
                needed.add(ProcessDefinitionPermissions.READ_HISTORY_VARIABLE);
            }
        }
        AuthorizationQueryImpl query = new AuthorizationQueryImpl();
        query.groupIdIn(groupId).resourceType(Resources.PROCESS_DEFINITION);
        List<Authorization> rows = context.runWithoutAuthorization(() -> query.executeList(context, null)).stream()
                .filter(row -> processDefinitionKey.equals(row.getResourceId()) || Authorization.ANY.equals(row.getResourceId()))
                .toList();
        return needed.stream().allMatch(permission -> rows.stream().anyMatch(row -> row.getAuthorizationType()
                        == Authorization.AUTH_TYPE_GRANT && row.isPermissionGranted(permission))
                && rows.stream().noneMatch(row -> row.getAuthorizationType() == Authorization.AUTH_TYPE_REVOKE
                        && row.isPermissionRevoked(permission)));
    }
}
