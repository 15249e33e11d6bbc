package org.strengtheningfamilies.security;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.impl.AuthorizationQueryImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Lazy;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Open tasks created before the engine stopped writing per-task READ grants for groups that read every
 * task of the process anyway ({@link ProcessWideReaders}) keep those rows until they are done, months
 * for a family in support. At start-up they lose READ and READ_VARIABLE (the group keeps the right to
 * work on the task), a page per transaction; once done, a start finds nothing to change.
 */
@Component
class TaskGrantsTidy {

    private static final Logger LOG = LoggerFactory.getLogger(TaskGrantsTidy.class);
    private static final int PAGE = 500;

    private final ProcessEngine engine;

    TaskGrantsTidy(@Lazy ProcessEngine engine) {
        this.engine = engine;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(110) // after the role model's grants exist
    public void tidy() {
        var configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        if (!configuration.isAuthorizationEnabled()) {
            return;
        }
        List<String> processes = engine.getRepositoryService().createProcessDefinitionQuery().latestVersion().list()
                .stream().map(ProcessDefinition::getKey).distinct().toList();
        for (String group : RoleModel.STAFF) {
            // only groups that read some process whole can hold such rows: the others' are never scanned
            Set<String> readWhole = configuration.getCommandExecutorTxRequired().execute(context -> processes.stream()
                    .filter(key -> ProcessWideReaders.readsEveryTask(context, group, key)).collect(Collectors.toSet()));
            if (readWhole.isEmpty()) {
                continue;
            }
            int withdrawn = 0;
            int kept = 0;
            while (true) {
                int offset = kept;
                int[] page = configuration.getCommandExecutorTxRequired()
                        .execute(context -> tidyPage(context, group, readWhole, offset));
                withdrawn += page[0];
                kept += page[1];
                if (page[0] + page[1] < PAGE) {
                    break;
                }
            }
            if (withdrawn > 0) {
                LOG.info("{} per-task read grants of group {} withdrawn: the group reads those tasks by its grants on "
                        + "their process", withdrawn, group);
            }
        }
    }

    /** One page of the group's per-task READ rows: {withdrawn, kept}. */
    static int[] tidyPage(CommandContext context, String group, Set<String> readWhole, int offset) {
        AuthorizationQueryImpl query = new AuthorizationQueryImpl();
        query.groupIdIn(group).resourceType(Resources.TASK).hasPermission(Permissions.READ)
                .orderByResourceId().asc();
        List<Authorization> rows = context.runWithoutAuthorization(() -> query.executeList(context,
                new org.camunda.bpm.engine.impl.Page(offset, PAGE)));
        int withdrawn = 0;
        for (Authorization row : rows) {
            if (row.getAuthorizationType() == Authorization.AUTH_TYPE_GRANT && !Authorization.ANY.equals(row.getResourceId())
                    && readWhole.contains(processKeyOf(context, row.getResourceId()))) {
                AuthorizationEntity entity = (AuthorizationEntity) row;
                entity.removePermission(Permissions.READ);
                entity.removePermission(TaskPermissions.READ_VARIABLE);
                context.getAuthorizationManager().update(entity);
                withdrawn++;
            }
        }
        return new int[] {withdrawn, rows.size() - withdrawn};
    }

    private static String processKeyOf(CommandContext context, String taskId) {
        TaskEntity task = context.getTaskManager().findTaskById(taskId);
        if (task == null || task.getProcessDefinitionId() == null) {
            return null;
        }
        return context.getProcessEngineConfiguration().getDeploymentCache()
                .findDeployedProcessDefinitionById(task.getProcessDefinitionId()).getKey();
    }
}
