package org.strengtheningfamilies.familycase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.strengtheningfamilies.familycase.FamilyCaseElements.TASK_ALLOCATE_KEY_WORKER;
import static org.strengtheningfamilies.familycase.FamilyCaseElements.TASK_PANEL_VALIDATION;

import java.util.function.Predicate;

import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.context.event.ApplicationEventMulticaster;
import org.strengtheningfamilies.events.FamilyIdentified;
import org.strengtheningfamilies.events.KeyWorkerAllocated;
import org.strengtheningfamilies.testing.FamilyCaseProcessTest;

/**
 * The side effects of a step listen to its events in the step's own transaction (the engine runs in
 * Spring's transaction): when a listener fails, the step and everything the listeners before it wrote
 * (the read model, the key worker's access, the caseload) roll back together.
 */
class FamilyEventsTest extends FamilyCaseProcessTest {

    @Autowired
    ApplicationEventMulticaster multicaster;

    ApplicationListener<ApplicationEvent> failing;

    /** Fails on the events the test names, after the application's own listeners have run. */
    void failOn(Predicate<Object> event) {
        failing = published -> {
            if (published instanceof PayloadApplicationEvent<?> payload && event.test(payload.getPayload())) {
                throw new IllegalStateException("listener failed on " + payload.getPayload());
            }
        };
        multicaster.addApplicationListener(failing);
    }

    @AfterEach
    void removeListener() {
        if (failing != null) {
            multicaster.removeApplicationListener(failing);
        }
    }

    @Test
    void aListenerFailingOnThePanelsAcceptanceLeavesThePanelTaskOpenAndNothingRecorded() {
        ProcessInstance pi = startCase(referral("MK-000901"));
        failOn(event -> event instanceof FamilyIdentified identified && identified.familyRef().equals("MK-000901"));

        assertThatThrownBy(() -> complete(pi, TASK_PANEL_VALIDATION, accept(3, "CFP")))
                .hasStackTraceContaining("listener failed on FamilyIdentified");

        assertThat(pi).isWaitingAt(TASK_PANEL_VALIDATION);
        assertThat(variable(pi, "panelDecision")).isNull();
        assertThat(records.readModel("MK-000901").identifiedOn).isNull();
        assertThat(records.readModel("MK-000901").leadService).isNull();
    }

    @Test
    void aListenerFailingOnTheAllocationUndoesTheReadModelTheAccessGrantAndThePlace() {
        ProcessInstance pi = startCase(referral("MK-000902"));
        failOn(event -> event instanceof KeyWorkerAllocated allocated && allocated.familyRef().equals("MK-000902"));

        // the panel's decision is its own transaction; the allocation job after it fails
        assertThatThrownBy(() -> complete(pi, TASK_PANEL_VALIDATION, accept(3, "CFP")))
                .hasStackTraceContaining("listener failed on KeyWorkerAllocated");

        assertThat(pi).hasPassed(TASK_PANEL_VALIDATION).isWaitingAt(TASK_ALLOCATE_KEY_WORKER);
        assertThat(records.readModel("MK-000902").identifiedOn).isNotNull();
        assertThat(records.readModel("MK-000902").allocatedOn).as("the read model's write rolled back").isNull();
        assertThat(caseload.placeHolder("MK-000902")).as("the place rolled back").isEmpty();
        assertThat(liveFamiliesOf("kw-cfp-1")).isZero();
        assertThat(variable(pi, "keyWorker")).isNull();
        assertThat(engine.getAuthorizationService().createAuthorizationQuery().userIdIn("kw-cfp-1")
                .resourceType(Resources.PROCESS_INSTANCE).resourceId(pi.getId()).count())
                .as("the key worker's access rolled back").isZero();

        // once the listener is fixed, the job's retry allocates as if nothing had happened
        multicaster.removeApplicationListener(failing);
        failing = null;
        engine.getManagementService().executeJob(engine.getManagementService().createJobQuery()
                .processInstanceId(pi.getId()).activityId(TASK_ALLOCATE_KEY_WORKER).singleResult().getId());
        runAsyncSteps();
        assertThat(caseload.placeHolder("MK-000902")).contains("kw-cfp-1");
        assertThat(records.readModel("MK-000902").allocatedOn).isEqualTo(TODAY);
        assertThat(engine.getAuthorizationService().createAuthorizationQuery().userIdIn("kw-cfp-1")
                .resourceType(Resources.PROCESS_INSTANCE).resourceId(pi.getId()).count()).isEqualTo(1);
    }
}
