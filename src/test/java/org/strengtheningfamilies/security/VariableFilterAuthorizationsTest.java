package org.strengtheningfamilies.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.impl.ProcessInstanceQueryImpl;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.db.CompositePermissionCheck;
import org.camunda.bpm.engine.impl.db.PermissionCheck;
import org.camunda.bpm.engine.variable.type.ValueType;
import org.junit.jupiter.api.Test;

/** How a query with variable conditions has its permission checks turned into variable permissions. */
class VariableFilterAuthorizationsTest {

    private static PermissionCheck check(Resource resource, Permission permission, String column) {
        PermissionCheck check = new PermissionCheck();
        check.setResource(resource);
        check.setPermission(permission);
        check.setResourceIdQueryParam(column);
        return check;
    }

    @Test
    void readingInstancesBecomesReadingTheirVariablesAndTheInstanceGrantDropsOut() {
        CompositePermissionCheck any = new CompositePermissionCheck(true);
        any.addAtomicCheck(check(Resources.PROCESS_INSTANCE, Permissions.READ, "RES.PROC_INST_ID_"));
        any.addAtomicCheck(check(Resources.PROCESS_DEFINITION, ProcessDefinitionPermissions.READ_INSTANCE, "P.KEY_"));
        CompositePermissionCheck rewritten = VariableFilterAuthorizations.onVariables(any);
        assertThat(rewritten.getAllPermissionChecks()).singleElement().satisfies(c -> {
            assertThat(c.getPermission().getName()).isEqualTo(ProcessDefinitionPermissions.READ_INSTANCE_VARIABLE.getName());
            assertThat(c.getResourceIdQueryParam()).isEqualTo("P.KEY_");
        });
    }

    @Test
    void readingATaskBecomesReadingItsVariables() {
        CompositePermissionCheck any = new CompositePermissionCheck(true);
        any.addAtomicCheck(check(Resources.TASK, Permissions.READ, "RES.ID_"));
        any.addAtomicCheck(check(Resources.PROCESS_DEFINITION, ProcessDefinitionPermissions.READ_TASK, "D.KEY_"));
        assertThat(VariableFilterAuthorizations.onVariables(any).getAllPermissionChecks())
                .extracting(c -> c.getPermission().getName())
                .containsExactly(TaskPermissions.READ_VARIABLE.getName(), ProcessDefinitionPermissions.READ_TASK_VARIABLE.getName());
    }

    @Test
    void aCheckLeftWithNothingIsRefusedRatherThanDroppedAndAllOfChecksAreNeverWidened() {
        CompositePermissionCheck onlyInstances = new CompositePermissionCheck(true);
        onlyInstances.addAtomicCheck(check(Resources.HISTORIC_PROCESS_INSTANCE, HistoricProcessInstancePermissions.READ, "SELF.ID_"));
        assertThatThrownBy(() -> VariableFilterAuthorizations.onVariables(onlyInstances)).isInstanceOf(AuthorizationException.class);

        CompositePermissionCheck all = new CompositePermissionCheck(false);
        all.addAtomicCheck(check(Resources.PROCESS_INSTANCE, Permissions.READ, "RES.PROC_INST_ID_"));
        all.addAtomicCheck(check(Resources.PROCESS_DEFINITION, ProcessDefinitionPermissions.READ_HISTORY, "RES.PROC_DEF_KEY_"));
        assertThat(VariableFilterAuthorizations.onVariables(all).getAllPermissionChecks())
                .extracting(c -> c.getPermission().getName())
                .containsExactly(Permissions.READ.getName(), ProcessDefinitionPermissions.READ_HISTORY_VARIABLE.getName());
    }

    @Test
    void aGrantOnAFinishedTaskDoesNotReadTheCasesVariables() {
        CompositePermissionCheck any = new CompositePermissionCheck(true);
        any.addAtomicCheck(check(Resources.PROCESS_DEFINITION, ProcessDefinitionPermissions.READ_HISTORY_VARIABLE, "RES.PROC_DEF_KEY_"));
        any.addAtomicCheck(check(Resources.HISTORIC_TASK, org.camunda.bpm.engine.authorization.HistoricTaskPermissions.READ_VARIABLE, "TI.ID_"));
        assertThat(VariableFilterAuthorizations.onVariables(any).getAllPermissionChecks())
                .extracting(c -> c.getResource().resourceName()).containsExactly(Resources.PROCESS_DEFINITION.resourceName());
    }

    @Test
    void filtersOrBranchesAndSortingByAVariableAreVariableConditions() {
        assertThat(VariableFilterAuthorizations.hasVariableConditions(new TaskQueryImpl())).isFalse();
        assertThat(VariableFilterAuthorizations.hasVariableConditions(
                new TaskQueryImpl().processVariableValueLike("district", "L%"))).isTrue();
        TaskQueryImpl orBranch = new TaskQueryImpl();
        orBranch.or().processVariableValueEquals("district", "x").endOr();
        assertThat(VariableFilterAuthorizations.hasVariableConditions(orBranch)).isTrue();
        TaskQueryImpl sorted = new TaskQueryImpl();
        sorted.orderByProcessVariable("district", ValueType.STRING).asc();
        assertThat(VariableFilterAuthorizations.hasVariableConditions(sorted)).isTrue();
        assertThat(VariableFilterAuthorizations.hasVariableConditions(
                new ProcessInstanceQueryImpl().variableValueNotEquals("district", "x"))).isTrue();
        assertThat(VariableFilterAuthorizations.hasVariableConditions(new ProcessInstanceQueryImpl().processDefinitionKey("x")))
                .isFalse();
    }

    /** No command context here: the engine's own filter would have to read the table and fail. */
    @Test
    void aUsersFewGroupsGoIntoTheChecksWithoutReadingEveryGroupFromTheTable() {
        assertThat(new VariableFilterAuthorizations().filterAuthenticatedGroupIds(
                java.util.Arrays.asList("coordinator", null, "managers", "coordinator")))
                .containsExactly("coordinator", "managers");
        assertThat(new VariableFilterAuthorizations().filterAuthenticatedGroupIds(java.util.List.of())).isEmpty();
    }
}
