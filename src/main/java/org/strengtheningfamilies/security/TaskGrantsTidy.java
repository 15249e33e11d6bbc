package org.strengtheningfamilies.security;

import java.util.List;

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
        for (String group : RoleModel.STAFF) {
            int withdrawn = 0;
            int kept = 0;
            while (true) {
                int offset = kept;
                int[] page = configuration.getCommandExecutorTxRequired().execute(context -> tidyPage(context, group, offset));
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
    static int[] tidyPage(CommandContext context, String group, int offset) {
        AuthorizationQueryImpl query = new AuthorizationQueryImpl();
        query.groupIdIn(group).resourceType(Resources.TASK).hasPermission(Permissions.READ)
                .orderByResourceId().asc();
        List<Authorization> rows = context.runWithoutAuthorization(() -> query.executeList(context,
                new org.camunda.bpm.engine.impl.Page(offset, PAGE)));
        int withdrawn = 0;
        java.util.Map<String, Boolean> readsProcess = new java.util.HashMap<>();
        for (Authorization row : rows) {
            if (row.getAuthorizationType() == Authorization.AUTH_TYPE_GRANT && !Authorization.ANY.equals(row.getResourceId())
                    && readsItsProcess(context, group, row.getResourceId(), readsProcess)) {
                AuthorizationEntity entity = (AuthorizationEntity) row;
                entity.removePermission(Permissions.READ);
                entity.removePermission(TaskPermissions.READ_VARIABLE);
                context.getAuthorizationManager().update(entity);
                withdrawn++;
            }
        }
        return new int[] {withdrawn, rows.size() - withdrawn};
    }

    private static boolean readsItsProcess(CommandContext context, String group, String taskId,
                                           java.util.Map<String, Boolean> readsProcess) {
        TaskEntity task = context.getTaskManager().findTaskById(taskId);
        if (task == null || task.getProcessDefinitionId() == null) {
            return false;
        }
        String key = context.getProcessEngineConfiguration().getDeploymentCache()
                .findDeployedProcessDefinitionById(task.getProcessDefinitionId()).getKey();
        return readsProcess.computeIfAbsent(key, k -> ProcessWideReaders.readsEveryTask(context, group, k));
    }
}
