package org.strengtheningfamilies.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.strengtheningfamilies.familycase.FamilyCaseElements.*;

import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.strengtheningfamilies.testing.EmbeddedPostgresDatabase;
import org.strengtheningfamilies.testing.FamilyCaseProcessTest;
import org.strengtheningfamilies.testing.PostgresApplicationTest;

/**
 * A whole family lifecycle on a real PostgreSQL (embedded binaries, no Docker): the production
 * profile's database, the application's own tables written in the engine's transactions.
 */
@PostgresApplicationTest
class PostgresFamilyLifecycleTest {

    @Autowired RuntimeService runtime;
    @Autowired org.camunda.bpm.engine.IdentityService identity;
    @Autowired TaskService tasks;
    @Autowired ManagementService management;
    @Autowired JdbcTemplate jdbc;

    @Test
    void familyGoesFromReferralToRecordedClaimOnPostgres() {
        assertThat(jdbc.queryForObject("select version()", String.class)).startsWith("PostgreSQL");

        ProcessInstance pi = as("referrer", () -> runtime.startProcessInstanceByKey("family-case",
                FamilyCaseProcessTest.referral("MK-900001")));
        assertThat(jdbc.queryForObject("select count(*) from sf_live_case where family_ref = 'MK-900001'", Integer.class))
                .isEqualTo(1);
        complete("panel", pi, TASK_PANEL_VALIDATION, FamilyCaseProcessTest.accept(3, "CFP"));
        String worker = (String) runtime.getVariable(pi.getId(), "keyWorker");
        assertThat(worker).startsWith("kw-cfp-");
        assertThat(jdbc.queryForObject("select live_families from sf_key_worker where user_id = ?", Integer.class, worker))
                .isEqualTo(1);
        complete(worker, pi, TASK_SEEK_CONSENT, FamilyCaseProcessTest.consent(true));
        complete(worker, pi, TASK_HOLD_TAF_MEETING, FamilyCaseProcessTest.tafMeeting("2012-10-01"));
        complete(worker, pi, TASK_AGREE_FAMILY_PLAN, FamilyCaseProcessTest.plan(true, "2012-10-03"));

        fire(pi, INTERMEDIATE_EVENT_REVIEW_DUE);
        complete(worker, pi, TASK_MONTHLY_REVIEW, Map.of("reviewEngagement", "GOOD", "reviewProgress", "on track"));
        fire(pi, INTERMEDIATE_EVENT_SUPPORT_PERIOD_ENDED);
        complete(worker, pi, TASK_VERIFY_OUTCOMES, FamilyCaseProcessTest.evidence());
        assertThat(runtime.getVariable(pi.getId(), "claimAmountPence")).isEqualTo(70_000L);
        complete("auditor", pi, TASK_AUDIT_CLAIM, Map.of("auditDecision", "APPROVED"));

        assertThat(runtime.createProcessInstanceQuery().processInstanceId(pi.getId()).count()).isZero();
        assertThat(jdbc.queryForObject("select claim_reference from sf_claim where family_ref = 'MK-900001'", String.class))
                .isEqualTo("MK-900001-PBR1");
        assertThat(jdbc.queryForObject("select count(*) from sf_claimed_result where family_ref = 'MK-900001'", Integer.class))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject("select live_families from sf_key_worker where user_id = ?", Integer.class, worker))
                .isZero();
        assertThat(jdbc.queryForObject("select count(*) from sf_live_case where family_ref = 'MK-900001'", Integer.class))
                .isZero();
    }

    /** Each step as the role that takes it, with authorizations checked as in production. */
    private void complete(String user, ProcessInstance pi, String taskKey, Map<String, Object> variables) {
        as(user, () -> {
            Task task = tasks.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(taskKey).singleResult();
            assertThat(task).as(user + " sees the open task " + taskKey).isNotNull();
            tasks.complete(task.getId(), variables);
            return null;
        });
        runAsyncSteps();
    }

    /** The job executor is off here: run the service tasks that follow a person's step. */
    private void runAsyncSteps() {
        for (Job job; (job = management.createJobQuery().messages().withRetriesLeft().listPage(0, 1).stream()
                .findFirst().orElse(null)) != null; ) {
            management.executeJob(job.getId());
        }
    }

    private <T> T as(String user, java.util.function.Supplier<T> step) {
        java.util.List<String> groups = identity.createGroupQuery().groupMember(user).list().stream()
                .map(org.camunda.bpm.engine.identity.Group::getId).toList();
        identity.setAuthentication(user, groups);
        try {
            return step.get();
        } finally {
            identity.clearAuthentication();
        }
    }

    private void fire(ProcessInstance pi, String activityId) {
        Job job = management.createJobQuery().processInstanceId(pi.getId()).activityId(activityId).singleResult();
        assertThat(job).as("timer " + activityId).isNotNull();
        management.executeJob(job.getId());
        runAsyncSteps();
    }
}
