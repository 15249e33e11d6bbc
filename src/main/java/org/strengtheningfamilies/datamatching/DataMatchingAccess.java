package org.strengtheningfamilies.datamatching;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
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
import org.strengtheningfamilies.security.RoleModel;

/**
 * What the data team may do with the identification run: start termly-data-matching (Tasklist or
 * REST), watch its instances, and work the "Possible matches" queue. The run's own work (matching,
 * starting cases) is done by jobs, never with the starter's permissions. Created where missing at
 * start-up, like the role model (group data-team: identity/ProgrammeGroups).
 */
@Component
public class DataMatchingAccess {

    static final String GROUP = "data-team";
    static final String FILTER = "Possible matches";

    private final AuthorizationService authorizations;
    private final FilterService filters;
    private final TaskService tasks;

    public DataMatchingAccess(@Lazy AuthorizationService authorizations, @Lazy FilterService filters,
                              @Lazy TaskService tasks) {
        this.authorizations = authorizations;
        this.filters = filters;
        this.tasks = tasks;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(110) // after the groups, the standard filters and the role model
    public void apply() {
        Filter filter = filters.createFilterQuery().filterName(FILTER).singleResult();
        if (filter == null) {
            filter = filters.newTaskFilter(FILTER).setOwner(null)
                    .setQuery(tasks.createTaskQuery().taskCandidateGroup(GROUP)
                            .taskDefinitionKey("Task_ResolvePossibleMatch").orderByTaskCreateTime().asc())
                    .setProperties(Map.of("description", "Agency data records that may be a known person: same person or not?",
                            "priority", 20, "color", "#33a02c", "refresh", true,
                            "variables", List.of(Map.of("name", "recordName", "label", "Record"),
                                    Map.of("name", "candidateName", "label", "Known person"),
                                    Map.of("name", "matchScore", "label", "Similarity"))));
            filters.saveFilter(filter);
        }
        grant(Resources.FILTER, filter.getId(), Permissions.READ);
        grant(Resources.APPLICATION, "tasklist", Permissions.ACCESS);
        grant(Resources.PROCESS_DEFINITION, RunVariables.PROCESS_KEY, ProcessDefinitionPermissions.READ,
                ProcessDefinitionPermissions.CREATE_INSTANCE, ProcessDefinitionPermissions.READ_INSTANCE,
                ProcessDefinitionPermissions.READ_INSTANCE_VARIABLE, ProcessDefinitionPermissions.READ_HISTORY,
                ProcessDefinitionPermissions.READ_TASK, ProcessDefinitionPermissions.READ_TASK_VARIABLE);
        grant(Resources.PROCESS_INSTANCE, ANY, Permissions.CREATE);
    }

    private void grant(Resource resource, String resourceId, Permission... permissions) {
        RoleModel.grant(authorizations, GROUP, resource, resourceId, permissions);
    }
}
