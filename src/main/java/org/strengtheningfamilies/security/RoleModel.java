package org.strengtheningfamilies.security;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Lazy;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.strengtheningfamilies.api.ApiAccess;
import org.strengtheningfamilies.familycase.FamilyCaseVariables;

/**
 * Who may see and do what (README, "Roles"). Created at start-up where missing, so a restart
 * repairs a deleted grant and never duplicates one. Task permissions are not here: the engine grants
 * each task to its assignee and candidate groups, which the BPMN names; a key worker's access to their
 * families' process instances is granted at allocation ({@link KeyWorkerAccess}).
 */
@Component
class RoleModel {

    static final String FAMILY_CASE = FamilyCaseVariables.PROCESS_KEY;
    static final String CLAIM_WINDOW = org.strengtheningfamilies.claimwindow.ClaimWindowVariables.PROCESS_KEY;
    static final String DATA_MATCHING = org.strengtheningfamilies.datamatching.RunVariables.PROCESS_KEY;
    static final List<String> STAFF = List.of("referrers", "panel", "key-workers", "coordinator", "audit");

    private final AuthorizationService authorizations;
    private final FilterService filters;

    public RoleModel(@Lazy AuthorizationService authorizations, @Lazy FilterService filters) {
        this.authorizations = authorizations;
        this.filters = filters;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(100) // after the groups and filters exist
    public void apply() {
        for (Resource resource : Resources.values()) {
            grant("camunda-admin", resource, ANY, Permissions.ALL);
        }
        for (String group : STAFF) {
            grant(group, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
            // the model and its forms, never its instances
            grant(group, Resources.PROCESS_DEFINITION, FAMILY_CASE, Permissions.READ);
            grant(group, Resources.DECISION_DEFINITION, ANY, Permissions.READ);
            // Tasklist shows who a task is assigned to
            grant(group, Resources.USER, ANY, Permissions.READ);
            grant(group, Resources.GROUP, ANY, Permissions.READ);
        }
        grant("referrers", Resources.PROCESS_DEFINITION, FAMILY_CASE, ProcessDefinitionPermissions.CREATE_INSTANCE);
        grant("referrers", Resources.PROCESS_INSTANCE, ANY, Permissions.CREATE);

        grant("coordinator", Resources.APPLICATION, "cockpit", Permissions.ACCESS);
        // claim windows: the coordinator may open one from Tasklist (pbr-claim-window's None start event)
        grant("coordinator", Resources.PROCESS_DEFINITION, CLAIM_WINDOW, ProcessDefinitionPermissions.READ,
                ProcessDefinitionPermissions.CREATE_INSTANCE, ProcessDefinitionPermissions.READ_INSTANCE,
                ProcessDefinitionPermissions.READ_HISTORY, ProcessDefinitionPermissions.READ_TASK);
        grant("coordinator", Resources.PROCESS_INSTANCE, ANY, Permissions.CREATE);
        grant("coordinator", Resources.PROCESS_DEFINITION, FAMILY_CASE, ProcessDefinitionPermissions.READ,
                ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.READ_INSTANCE_VARIABLE,
                ProcessDefinitionPermissions.READ_TASK, ProcessDefinitionPermissions.READ_TASK_VARIABLE,
                ProcessDefinitionPermissions.READ_HISTORY, ProcessDefinitionPermissions.READ_HISTORY_VARIABLE,
                ProcessDefinitionPermissions.TASK_ASSIGN);
        grant("coordinator", Resources.PROCESS_INSTANCE, ANY, Permissions.READ);
        grant("coordinator", Resources.TASK, ANY, Permissions.READ, Permissions.TASK_ASSIGN);

        // Managers watch processes, instances, incidents and figures: no READ_*_VARIABLE anywhere, and
        // the engine enforces variable permissions separately (enforceSpecificVariablePermission).
        grant("managers", Resources.APPLICATION, "cockpit", Permissions.ACCESS);
        grant("managers", Resources.PROCESS_DEFINITION, ANY, ProcessDefinitionPermissions.READ,
                ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.READ_HISTORY,
                ProcessDefinitionPermissions.READ_TASK);
        grant("managers", Resources.PROCESS_INSTANCE, ANY, Permissions.READ);
        grant("managers", Resources.DECISION_DEFINITION, ANY, Permissions.READ);
        grant("managers", Resources.DEPLOYMENT, ANY, Permissions.READ);

        // The data team imports agency data (ApiAccess.DATA_TEAM), starts and watches the identification
        // run and works its "Possible matches" queue; the run's own work (matching, starting cases) is
        // done by jobs, never with the starter's permissions.
        grant("data-team", Resources.APPLICATION, "tasklist", Permissions.ACCESS);
        grant("data-team", Resources.USER, ANY, Permissions.READ);
        grant("data-team", Resources.GROUP, ANY, Permissions.READ);
        grant("data-team", Resources.PROCESS_DEFINITION, DATA_MATCHING, ProcessDefinitionPermissions.READ,
                ProcessDefinitionPermissions.CREATE_INSTANCE, ProcessDefinitionPermissions.READ_INSTANCE,
                ProcessDefinitionPermissions.READ_INSTANCE_VARIABLE, ProcessDefinitionPermissions.READ_HISTORY,
                ProcessDefinitionPermissions.READ_TASK, ProcessDefinitionPermissions.READ_TASK_VARIABLE);
        grant("data-team", Resources.PROCESS_INSTANCE, ANY, Permissions.CREATE);

        // each role sees the Tasklist filters it works from (tasklist/TasklistSetup), and no other
        Map<String, List<String>> filtersByGroup = Map.of(
                "referrers", List.of("More information requested", "Overdue: my tasks"),
                "panel", List.of("Panel queue", "Overdue: panel"),
                "key-workers", List.of("My families", "Overdue: my tasks"),
                "coordinator", List.of("Awaiting capacity", "Coordinator decisions", "More information requested",
                        "Families' casework", "Overdue: whole programme"),
                "audit", List.of("Claims to audit", "Overdue: audit"),
                "data-team", List.of("Possible matches", "Overdue: data team"));
        filtersByGroup.forEach((group, names) -> names.forEach(name -> {
            Filter filter = filters.createFilterQuery().filterName(name).singleResult();
            if (filter != null) {
                grant(group, Resources.FILTER, filter.getId(), Permissions.READ);
            }
        }));
    }

    private void grant(String group, Resource resource, String resourceId, Permission... permissions) {
        grant(authorizations, group, resource, resourceId, permissions);
    }

    /** Grants a group permissions on a resource, adding to what it has; idempotent, so safe at every start. */
    public static void grant(AuthorizationService authorizations, String group, Resource resource, String resourceId,
                             Permission... permissions) {
        Authorization existing = authorizations.createAuthorizationQuery().groupIdIn(group)
                .resourceType(resource).resourceId(resourceId).authorizationType(AUTH_TYPE_GRANT).singleResult();
        Authorization authorization = existing != null ? existing : authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
        if (existing == null) {
            authorization.setGroupId(group);
            authorization.setResource(resource);
            authorization.setResourceId(resourceId);
        }
        boolean changed = existing == null;
        for (Permission permission : permissions) {
            if (!authorization.isPermissionGranted(permission)) {
                authorization.addPermission(permission);
                changed = true;
            }
        }
        if (changed) {
            authorizations.saveAuthorization(authorization);
        }
    }
}
