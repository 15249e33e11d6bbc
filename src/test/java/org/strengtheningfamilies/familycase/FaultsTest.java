package org.strengtheningfamilies.familycase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.strengtheningfamilies.familycase.FamilyCaseElements.*;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.strengtheningfamilies.testing.FamilyCaseProcessTest;

/** A technical failure after a person's step: their work stays done, the step is retried, then an incident. */
class FaultsTest extends FamilyCaseProcessTest {

    /** The application's Task_RecordClaim, which a failing stand-in calls once the store is back. */
    @Autowired
    @Qualifier("recordClaimDelegate")
    JavaDelegate real;

    boolean claimsStoreDown = true;

    @Test
    void aFailingServiceTaskIsRetriedThenAnIncidentAndContinuesOnceFixed() {
        Mocks.register("recordClaimDelegate", (JavaDelegate) execution -> {
            if (claimsStoreDown) {
                throw new IllegalStateException("claims store unavailable");
            }
            real.execute(execution);
        });
        ProcessInstance pi = toIntensiveSupport("MK-000701", "2012-10-03");
        fire(pi, INTERMEDIATE_EVENT_SUPPORT_PERIOD_ENDED);
        complete(pi, TASK_VERIFY_OUTCOMES, evidence());
        engine.getTaskService().complete(taskOf(pi, TASK_AUDIT_CLAIM).getId(),
                Variables.createVariables().putValue("auditDecision", "APPROVED"));

        // the auditor's decision is kept; recording the claim waits as a job
        assertThat(pi).hasPassed(TASK_AUDIT_CLAIM).isWaitingAt(TASK_RECORD_CLAIM);
        ManagementService management = engine.getManagementService();
        Job job = management.createJobQuery().processInstanceId(pi.getId()).activityId(TASK_RECORD_CLAIM).singleResult();
        for (int attempt = 3; attempt >= 1; attempt--) {
            String jobId = job.getId();
            assertThatThrownBy(() -> management.executeJob(jobId)).hasMessageContaining("claims store unavailable");
            job = management.createJobQuery().jobId(jobId).singleResult();
            assertThat(job.getRetries()).isEqualTo(attempt - 1);
        }
        Incident incident = engine.getRuntimeService().createIncidentQuery().processInstanceId(pi.getId()).singleResult();
        assertThat(incident.getActivityId()).isEqualTo(TASK_RECORD_CLAIM);
        assertThat(incident.getIncidentMessage()).contains("claims store unavailable");

        claimsStoreDown = false;
        management.setJobRetries(job.getId(), 1); // what "Retry" in Cockpit does
        management.executeJob(job.getId());

        assertThat(pi).hasPassed(TASK_RECORD_CLAIM, END_EVENT_TURNED_AROUND).isEnded();
        assertThat(records.claims()).singleElement().satisfies(c -> assertThat(c.reference()).isEqualTo("MK-000701-PBR1"));
        assertThat(engine.getRuntimeService().createIncidentQuery().processInstanceId(pi.getId()).count()).isZero();
    }
}
