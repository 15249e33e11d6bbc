package org.strengtheningfamilies.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.strengtheningfamilies.testing.EmbeddedPostgresDatabase;
import org.strengtheningfamilies.testing.PostgresApplicationTest;

/**
 * The same request twice at the same moment, on PostgreSQL through the REST API: one referral makes
 * one case, one task completion has one effect, and the loser gets a clear 4xx.
 */
@PostgresApplicationTest
class ConcurrentRequestsOnPostgresTest {

    static final String REFERRAL = """
            {"variables": {"familyRef": {"value": "MK-200001"}, "referringAgency": {"value": "POLICE"},
              "district": {"value": "Fishermead"}, "criterionCrimeAsb": {"value": true},
              "criterionEducation": {"value": true}, "criterionWork": {"value": true},
              "householdMembers": {"type": "Json", "value": "[{\\"name\\":\\"Ann\\",\\"dateOfBirth\\":\\"1979-01-02\\",\\"gender\\":\\"FEMALE\\",\\"role\\":\\"ADULT\\"}]"}}}""";

    @Autowired TestRestTemplate rest;
    @Autowired RuntimeService runtime;
    @Autowired TaskService tasks;
    @Autowired JdbcTemplate jdbc;

    /**
     * security.AuthorizationPlannerStatistics and the postgres profile's connection settings: the planner
     * knows how many grants carry each permission bit and plans each query with its values.
     */
    @Test
    void thePlannerHasStatisticsOnTheGrantsPermissionBits() {
        assertThat(jdbc.queryForList("select stxname from pg_statistic_ext where stxrelid = 'act_ru_authorization'::regclass",
                String.class)).contains("sf_authorization_perms_2", "sf_authorization_perms_64");
        assertThat(jdbc.queryForObject("show plan_cache_mode", String.class))
                .as("queries planned with their values, so that those statistics count").isEqualTo("force_custom_plan");
    }

    @Test
    void theSameReferralPostedTwiceAtOnceMakesOneCase() throws Exception {
        List<Integer> statuses = twiceAtOnce(() -> post("referrer", "/engine-rest/engine/" + PostgresApplicationTest.ENGINE + "/process-definition/key/family-case/start", REFERRAL));
        assertThat(statuses).containsExactlyInAnyOrder(200, 400);
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey("MK-200001").count()).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from sf_live_case where family_ref = 'MK-200001'", Integer.class))
                .isEqualTo(1);

        // and the same panel decision submitted twice at once: one allocation, one clear refusal
        String task = tasks.createTaskQuery().processInstanceBusinessKey("MK-200001").singleResult().getId();
        String accept = """
                {"variables": {"panelDecision": {"value": "ACCEPT"}, "needLevel": {"value": 3},
                  "leadService": {"value": "CFP"}, "panelReason": {"value": "fits"}}}""";
        List<Integer> completions = twiceAtOnce(() -> post("panel", "/engine-rest/engine/" + PostgresApplicationTest.ENGINE + "/task/" + task + "/complete", accept));
        assertThat(completions).contains(204).hasSize(2);
        assertThat(completions.stream().filter(s -> s != 204).toList()).allSatisfy(s -> assertThat(s).isIn(404, 409));
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey("MK-200001").count()).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from ACT_HI_TASKINST where TASK_DEF_KEY_ = 'Task_PanelValidation' "
                + "and END_TIME_ is not null", Integer.class)).isEqualTo(1);
    }

    /** Issue 16: the partner API's Idempotency-Key is taken in the database, in the case's transaction. */
    @Test
    void aPartnersReferralSentTwiceAtOnceWithOneIdempotencyKeyMakesOneCaseAndBothHearTheFirstAnswer() throws Exception {
        String referral = """
                {"familyRef": "MK-200002", "referringAgency": "POLICE", "district": "Fishermead",
                 "criterionCrimeAsb": true, "criterionEducation": true, "criterionWork": true,
                 "householdMembers": [{"name": "Ann", "dateOfBirth": "1979-01-02", "gender": "FEMALE", "role": "ADULT"}]}""";
        List<String> bodies = new java.util.concurrent.CopyOnWriteArrayList<>();
        List<Integer> statuses = twiceAtOnce(() -> {
            HttpHeaders headers = new HttpHeaders();
            headers.setBasicAuth("partner-police", "demo");
            headers.setContentType(MediaType.APPLICATION_JSON);
            headers.set("Idempotency-Key", "0f3c-200002");
            var response = rest.exchange("/api/referrals", HttpMethod.POST, new HttpEntity<>(referral, headers), String.class);
            bodies.add(response.getBody());
            return response.getStatusCode().value();
        });
        assertThat(statuses).containsExactly(201, 201);
        assertThat(bodies.stream().distinct()).hasSize(1);
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("family-case")
                .processInstanceBusinessKey("MK-200002").count()).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from sf_idempotency_key where idempotency_key = '0f3c-200002'",
                Integer.class)).isEqualTo(1);
    }

    private int post(String user, String path, String json) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth(user, "demo");
        headers.setContentType(MediaType.APPLICATION_JSON);
        return rest.exchange(path, HttpMethod.POST, new HttpEntity<>(json, headers), String.class).getStatusCode().value();
    }

    private static List<Integer> twiceAtOnce(Callable<Integer> request) throws Exception {
        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                results.add(pool.submit(() -> {
                    start.await();
                    return request.call();
                }));
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> result : results) {
                statuses.add(result.get());
            }
            return statuses;
        } finally {
            pool.shutdownNow();
        }
    }
}
