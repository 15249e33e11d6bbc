package org.strengtheningfamilies.security;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.impl.AbstractQuery;
import org.camunda.bpm.engine.impl.AbstractVariableQueryImpl;
import org.camunda.bpm.engine.impl.HistoricDetailQueryImpl;
import org.camunda.bpm.engine.impl.HistoricProcessInstanceQueryImpl;
import org.camunda.bpm.engine.impl.HistoricTaskInstanceQueryImpl;
import org.camunda.bpm.engine.impl.HistoricVariableInstanceQueryImpl;
import org.camunda.bpm.engine.impl.ProcessInstanceQueryImpl;
import org.camunda.bpm.engine.impl.QueryOrderingProperty;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.db.AuthorizationCheck;
import org.camunda.bpm.engine.impl.db.CompositePermissionCheck;
import org.camunda.bpm.engine.impl.db.PermissionCheck;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;

/**
 * The engine's authorization checks with one rule added: a query that filters or sorts by variable
 * values (any operator, in an "or" query too, names or values ignoring case) matches only rows whose
 * variables the user may read. Without it a manager, who may list families but not read their data,
 * could count families by {@code localDomesticAbuse = true} or recover a district letter by letter
 * with {@code like}. The row's permission becomes its variable counterpart (reading a task becomes
 * reading the task's variables, reading a process's instances becomes reading their variables);
 * rows granted by a permission that has no variable counterpart drop out. So the coordinator and a
 * family's key worker (their task grants carry READ_VARIABLE) keep their filters.
 *
 * <p>Being the engine's authorization manager, it also leaves out one cost the engine pays in every
 * command: before its first check it reads every group that holds any authorization
 * ({@code SELECT DISTINCT GROUP_ID_} over the whole table, 47 ms at 120,000 families) only to drop the
 * user's groups that hold none. For a user in a few groups those are passed on as they are: a group
 * with no rows matches none, so every check answers the same (docs/performance-staff-screens.md).
 */
public class VariableFilterAuthorizations extends AuthorizationManager {

    /** Up to this many groups a user's groups go into the checks unfiltered. */
    static final int GROUPS_PASSED_THROUGH = 16;

    /** Registers this manager in place of the engine's ({@code customSessionFactories}). */
    public static SessionFactory sessionFactory() {
        return new SessionFactory() {
            @Override
            public Class<?> getSessionType() {
                return AuthorizationManager.class;
            }

            @Override
            public Session openSession() {
                return new VariableFilterAuthorizations();
            }
        };
    }

    private record Key(int resourceType, String permission) {
        static Key of(Resource resource, Permission permission) {
            return new Key(resource.resourceType(), permission.getName());
        }
    }

    private static final Map<Key, Permission> VARIABLE_COUNTERPART = Map.of(
            Key.of(Resources.PROCESS_DEFINITION, ProcessDefinitionPermissions.READ_INSTANCE),
            ProcessDefinitionPermissions.READ_INSTANCE_VARIABLE,
            Key.of(Resources.PROCESS_DEFINITION, ProcessDefinitionPermissions.READ_TASK),
            ProcessDefinitionPermissions.READ_TASK_VARIABLE,
            Key.of(Resources.PROCESS_DEFINITION, ProcessDefinitionPermissions.READ_HISTORY),
            ProcessDefinitionPermissions.READ_HISTORY_VARIABLE,
            Key.of(Resources.TASK, TaskPermissions.READ), TaskPermissions.READ_VARIABLE);

    /**
     * A grant on a finished task does not count for variables: the engine would let it read the whole
     * case's history (every variable of the task's process instance), long after the task was done.
     */
    private static final List<Permission> VARIABLE_PERMISSIONS = List.of(ProcessDefinitionPermissions.READ_INSTANCE_VARIABLE,
            ProcessDefinitionPermissions.READ_TASK_VARIABLE, ProcessDefinitionPermissions.READ_HISTORY_VARIABLE,
            TaskPermissions.READ_VARIABLE);

    @Override
    public List<String> filterAuthenticatedGroupIds(List<String> authenticatedGroupIds) {
        if (authenticatedGroupIds != null && !authenticatedGroupIds.isEmpty()
                && authenticatedGroupIds.size() <= GROUPS_PASSED_THROUGH) {
            return new java.util.ArrayList<>(authenticatedGroupIds.stream().filter(java.util.Objects::nonNull)
                    .distinct().toList());
        }
        return super.filterAuthenticatedGroupIds(authenticatedGroupIds);
    }

    @Override
    public void configureExecutionQuery(AbstractQuery query) {
        super.configureExecutionQuery(query);
        guard(query);
    }

    @Override
    public void configureTaskQuery(TaskQueryImpl query) {
        super.configureTaskQuery(query);
        guard(query);
    }

    @Override
    public void configureHistoricProcessInstanceQuery(HistoricProcessInstanceQueryImpl query) {
        super.configureHistoricProcessInstanceQuery(query);
        guard(query);
    }

    @Override
    public void configureHistoricTaskInstanceQuery(HistoricTaskInstanceQueryImpl query) {
        super.configureHistoricTaskInstanceQuery(query);
        guard(query);
    }

    /**
     * Historic variables and their changes: by permission on the process only. With historic instance
     * permissions on (so that a task's people may see its history and comments), the engine also lets
     * a grant on any one task of a case read every variable the case ever had.
     */
    @Override
    public void configureHistoricVariableInstanceQuery(HistoricVariableInstanceQueryImpl query) {
        super.configureHistoricVariableInstanceQuery(query);
        withoutTaskGrants(query.getAuthCheck());
    }

    @Override
    public void configureHistoricDetailQuery(HistoricDetailQueryImpl query) {
        super.configureHistoricDetailQuery(query);
        withoutTaskGrants(query.getAuthCheck());
    }

    private static void withoutTaskGrants(AuthorizationCheck check) {
        if (check.isAuthorizationCheckEnabled()) {
            check.setPermissionChecks(onVariables(check.getPermissionChecks()));
        }
    }

    private static void guard(AbstractQuery<?, ?> query) {
        AuthorizationCheck check = query.getAuthCheck();
        if (check.isAuthorizationCheckEnabled() && hasVariableConditions(query)) {
            check.setPermissionChecks(onVariables(check.getPermissionChecks()));
        }
    }

    /** Whether the query looks at variable values: a filter, an "or" branch with one, or a sort by a variable. */
    static boolean hasVariableConditions(Object query) {
        if (query instanceof TaskQueryImpl task) {
            return !task.getVariables().isEmpty() || sortsByVariable(task)
                    || task.getQueries().stream().anyMatch(q -> q != task && hasVariableConditions(q));
        }
        if (query instanceof HistoricTaskInstanceQueryImpl task) {
            return !task.getVariables().isEmpty()
                    || task.getQueries().stream().anyMatch(q -> q != task && hasVariableConditions(q));
        }
        if (query instanceof ProcessInstanceQueryImpl instances && instances.getQueries().stream()
                .anyMatch(q -> q != instances && hasVariableConditions(q))) {
            return true;
        }
        if (query instanceof HistoricProcessInstanceQueryImpl instances && instances.getQueries().stream()
                .anyMatch(q -> q != instances && hasVariableConditions(q))) {
            return true;
        }
        if (query instanceof AbstractVariableQueryImpl<?, ?> variables) {
            return !variables.getQueryVariableValues().isEmpty();
        }
        return false;
    }

    private static boolean sortsByVariable(AbstractQuery<?, ?> query) {
        return query.getOrderingProperties().stream()
                .anyMatch(p -> QueryOrderingProperty.RELATION_VARIABLE.equals(p.getRelation()));
    }

    /**
     * The same checks with each permission replaced by its variable counterpart. In an "any of" check
     * a permission without one is dropped (that route does not let the user read variables); in an
     * "all of" check it stays, so nothing is ever widened. An empty result would disable the check
     * altogether, so it is refused instead.
     */
    static CompositePermissionCheck onVariables(CompositePermissionCheck checks) {
        CompositePermissionCheck result = rewrite(checks);
        if (result.getAllPermissionChecks().isEmpty()) {
            throw new AuthorizationException("Searching by the values of variables needs permission to read them");
        }
        return result;
    }

    private static CompositePermissionCheck rewrite(CompositePermissionCheck checks) {
        CompositePermissionCheck result = new CompositePermissionCheck(checks.isDisjunctive());
        for (PermissionCheck atomic : checks.getAtomicChecks()) {
            Optional<PermissionCheck> onVariables = counterpart(atomic);
            if (onVariables.isPresent()) {
                result.addAtomicCheck(onVariables.get());
            } else if (!checks.isDisjunctive()) {
                result.addAtomicCheck(atomic);
            }
        }
        for (CompositePermissionCheck nested : checks.getCompositeChecks()) {
            CompositePermissionCheck rewritten = rewrite(nested);
            if (!rewritten.getAllPermissionChecks().isEmpty()) {
                result.addCompositeCheck(rewritten);
            } else if (!checks.isDisjunctive()) {
                result.addCompositeCheck(nested);
            }
        }
        return result;
    }

    private static Optional<PermissionCheck> counterpart(PermissionCheck check) {
        Permission permission = check.getPermission();
        if (permission == null || check.getResource() == null) {
            return Optional.empty();
        }
        if (VARIABLE_PERMISSIONS.stream().anyMatch(p -> p.getName().equals(permission.getName())
                && isValidFor(p, check.getResource()))) {
            return Optional.of(check);
        }
        Permission variable = VARIABLE_COUNTERPART.get(Key.of(check.getResource(), permission));
        if (variable == null) {
            return Optional.empty();
        }
        PermissionCheck result = new PermissionCheck();
        result.setResource(check.getResource());
        result.setResourceId(check.getResourceId());
        result.setResourceIdQueryParam(check.getResourceIdQueryParam());
        result.setAuthorizationNotFoundReturnValue(check.getAuthorizationNotFoundReturnValue());
        result.setPermission(variable);
        return Optional.of(result);
    }

    private static boolean isValidFor(Permission permission, Resource resource) {
        for (Resource r : permission.getTypes()) {
            if (r.resourceType() == resource.resourceType()) {
                return true;
            }
        }
        return false;
    }
}
