package org.strengtheningfamilies.claimwindow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.strengtheningfamilies.claimwindow.ClaimWindowElements.TASK_SIGN_OFF_CLAIM_RETURN;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.strengtheningfamilies.testing.ApplicationTest;

/**
 * A claim window in the running application: the coordinator opens it through the REST API (as
 * Tasklist does), signs the return off, and the return's CSV is served to the coordinator and
 * managers only.
 */
@ApplicationTest
class ClaimReturnApiTest {

    @Autowired TestRestTemplate rest;
    @Autowired JdbcTemplate jdbc;
    @Autowired RuntimeService runtime;
    @Autowired TaskService tasks;
    @Autowired ManagementService management;

    @Test
    void theCoordinatorOpensAWindowSignsTheReturnOffAndOnlyManagementReadsItsCsv() {
        jdbc.update("insert into sf_claim (claim_id, family_ref, process_instance_id, programme_year, amount_pence, status, "
                + "claim_reference, created_at, recorded_at) values ('api-c1', 'MK-000901', 'pi-api-c1', 1, 80000, 'APPROVED', "
                + "'MK-000901-PBR1', timestamp '2013-03-01 10:00:00', timestamp '2013-03-02 10:00:00')");
        jdbc.update("insert into sf_claim_line (claim_id, result_type, amount_pence) values ('api-c1', 'CRIME_ASB_EDUCATION', 70000), "
                + "('api-c1', 'PROGRESS_TO_WORK', 10000)");

        assertThat(post("kw-cfp-1", "/engine-rest/process-definition/key/pbr-claim-window/start", Map.of()).getStatusCode().value())
                .as("a key worker may not open a claim window (nor see that it exists)").isIn(403, 404);
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("pbr-claim-window").count()).isZero();
        ResponseEntity<Map> started = post("coordinator", "/engine-rest/process-definition/key/pbr-claim-window/start", Map.of());
        assertThat(started.getStatusCode().value()).isEqualTo(200);
        String processInstanceId = (String) started.getBody().get("id");
        runJobs(processInstanceId);

        String reference = (String) runtime.getVariable(processInstanceId, "claimReturnReference");
        assertThat(reference).startsWith("CR-");
        String csvPath = "/api/claim-returns/" + reference + ".csv";
        assertThat(runtime.getVariable(processInstanceId, "claimReturnCsv")).isEqualTo(csvPath);

        ResponseEntity<String> csv = rest.withBasicAuth("coordinator", "demo").getForEntity(csvPath, String.class);
        assertThat(csv.getStatusCode().value()).isEqualTo(200);
        assertThat(csv.getHeaders().getContentType().toString()).startsWith("text/csv");
        assertThat(csv.getBody().lines().toList()).containsExactly(
                "authority,familyReference,resultType,amount,attachmentDate,programmeYear",
                "Milton Keynes,MK-000901,CRIME_ASB_EDUCATION,700.00,,1",
                "Milton Keynes,MK-000901,PROGRESS_TO_WORK,100.00,,1");
        // family by family: the coordinator's, not managers'
        assertThat(rest.withBasicAuth("manager", "demo").getForEntity(csvPath, String.class).getStatusCode().value()).isEqualTo(403);
        assertThat(rest.withBasicAuth("kw-cfp-1", "demo").getForEntity(csvPath, String.class).getStatusCode().value()).isEqualTo(403);
        assertThat(rest.getForEntity(csvPath, String.class).getStatusCode().value()).isEqualTo(401);
        assertThat(rest.withBasicAuth("coordinator", "demo").getForEntity("/api/claim-returns/CR-19990101-1.csv", String.class)
                .getStatusCode().value()).isEqualTo(404);
        ResponseEntity<Map> summary = rest.withBasicAuth("coordinator", "demo").getForEntity("/api/claim-returns/" + reference, Map.class);
        assertThat(summary.getBody()).containsEntry("claims", 1).containsEntry("results", 2)
                .containsEntry("status", "AWAITING_SIGN_OFF");

        ResponseEntity<Map> latest = rest.withBasicAuth("manager", "demo").getForEntity("/api/claim-returns", Map.class);
        assertThat((List<Map<String, Object>>) latest.getBody().get("returns")).extracting(r -> r.get("reference")).containsExactly(reference);
        // one claim is a family's result: managers see the return without its figures or its CSV
        assertThat((List<Map<String, Object>>) latest.getBody().get("returns")).singleElement()
                .satisfies(r -> assertThat(r).containsEntry("claims", null).containsEntry("total", null).containsEntry("csv", null));
        assertThat(rest.withBasicAuth("manager", "demo").getForEntity("/api/claim-returns?limit=lots", String.class).getBody())
                .contains("limit must be a whole number");
        assertThat(rest.withBasicAuth("kw-cfp-1", "demo").getForEntity("/api/claim-returns", String.class).getStatusCode().value())
                .isEqualTo(403);

        Task signOff = tasks.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(TASK_SIGN_OFF_CLAIM_RETURN).singleResult();
        assertThat(signOff).isNotNull();
        ResponseEntity<Map> refused = post("coordinator", "/engine-rest/task/" + signOff.getId() + "/complete",
                Map.of("variables", Map.of("claimReturnSignedOff", Map.of("value", false, "type", "Boolean"))));
        assertThat(refused.getStatusCode().value()).isEqualTo(400);
        assertThat(refused.getBody().get("message")).isEqualTo("Tick “I have checked this claim return and sign it off for submission to the department” once you have checked the return: it is submitted to the department only when the coordinator signs it off.");
        assertThat(refused.getBody().get("problems")).isEqualTo(List.of(Map.of("field", "claimReturnSignedOff", "message",
                "Tick “I have checked this claim return and sign it off for submission to the department” once you have checked the return: it is submitted to the department only when the coordinator signs it off.")));

        ResponseEntity<Map> signed = post("coordinator", "/engine-rest/task/" + signOff.getId() + "/complete",
                Map.of("variables", Map.of("claimReturnSignedOff", Map.of("value", true, "type", "Boolean"))));
        assertThat(signed.getStatusCode().value()).isEqualTo(204);
        runJobs(processInstanceId);

        assertThat(jdbc.queryForObject("select submitted_at is not null from sf_claim where claim_id = 'api-c1'", Boolean.class)).isTrue();
        assertThat(jdbc.queryForMap("select status, signed_off_by from sf_claim_return where reference = ?", reference))
                .containsEntry("STATUS", "SUBMITTED").containsEntry("SIGNED_OFF_BY", "coordinator");
    }

    private void runJobs(String processInstanceId) {
        for (int round = 0; round < 10; round++) {
            List<Job> jobs = management.createJobQuery().processInstanceId(processInstanceId).messages().list();
            if (jobs.isEmpty()) {
                return;
            }
            jobs.forEach(job -> management.executeJob(job.getId()));
        }
    }

    private ResponseEntity<Map> post(String user, String path, Object body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth(user, "demo");
        headers.setContentType(MediaType.APPLICATION_JSON);
        return rest.exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), Map.class);
    }
}
