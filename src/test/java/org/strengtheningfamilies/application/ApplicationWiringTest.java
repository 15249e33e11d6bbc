package org.strengtheningfamilies.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.repository.Deployment;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.strengtheningfamilies.testing.ApplicationTest;

/**
 * The application as `mvn spring-boot:run` starts it (H2, in memory here): the process
 * application deploys models and forms together, demo users and Tasklist filters exist, and the
 * REST API refuses bad case data with 400 and a message naming the field.
 */
@ApplicationTest
class ApplicationWiringTest {

    @Autowired TestRestTemplate rest;
    @Autowired RepositoryService repository;
    @Autowired RuntimeService runtime;
    @Autowired TaskService tasks;
    @Autowired FilterService filters;
    @Autowired IdentityService identity;

    /** A POST as a demo user, with HTTP Basic credentials. */
    private ResponseEntity<Map> post(String user, String path, Object body, Class<Map> type) {
        org.springframework.http.HttpHeaders headers = new org.springframework.http.HttpHeaders();
        headers.setBasicAuth(user, "demo");
        headers.setContentType(org.springframework.http.MediaType.APPLICATION_JSON);
        return rest.exchange(path, org.springframework.http.HttpMethod.POST,
                new org.springframework.http.HttpEntity<>(body, headers), type);
    }

    @Test
    void modelsAndFormsAreDeployedTogetherAsOneProcessApplication() {
        Deployment deployment = repository.createDeploymentQuery().deploymentName("strengthening-families").singleResult();
        List<String> resources = repository.getDeploymentResourceNames(deployment.getId());
        assertThat(resources).contains("processes/family-case.bpmn", "processes/identification-route.dmn",
                "forms/referral.form", "forms/panel-validation.form", "forms/audit-claim.form");
        assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("family-case").count()).isEqualTo(1);
    }

    @Test
    void oversizedMalformedOrWronglyTypedBodiesAreRefusedWith4xxAndNothingStarts() {
        long before = runtime.createProcessInstanceQuery().count();
        String huge = "{\"variables\":{\"district\":{\"value\":\"" + "x".repeat(1_500_000) + "\"}}}";
        org.springframework.http.HttpHeaders json = new org.springframework.http.HttpHeaders();
        json.setBasicAuth("referrer", "demo");
        json.setContentType(org.springframework.http.MediaType.APPLICATION_JSON);
        ResponseEntity<String> tooLarge = rest.exchange("/engine-rest/process-definition/key/family-case/start",
                org.springframework.http.HttpMethod.POST, new org.springframework.http.HttpEntity<>(huge, json), String.class);
        assertThat(tooLarge.getStatusCode().value()).isEqualTo(413);
        ResponseEntity<String> malformed = rest.exchange("/engine-rest/process-definition/key/family-case/start",
                org.springframework.http.HttpMethod.POST,
                new org.springframework.http.HttpEntity<>("{\"variables\": {\"familyRef\": ", json), String.class);
        assertThat(malformed.getStatusCode().value()).isEqualTo(400);
        org.springframework.http.HttpHeaders headers = new org.springframework.http.HttpHeaders();
        headers.setBasicAuth("referrer", "demo");
        headers.setContentType(org.springframework.http.MediaType.TEXT_PLAIN);
        ResponseEntity<String> wrongType = rest.exchange("/engine-rest/process-definition/key/family-case/start",
                org.springframework.http.HttpMethod.POST, new org.springframework.http.HttpEntity<>("familyRef=MK-1", headers), String.class);
        assertThat(wrongType.getStatusCode().value()).isEqualTo(415);
        assertThat(runtime.createProcessInstanceQuery().count()).isEqualTo(before);
    }

    @Test
    void healthAndReadinessAnswerWithoutCredentialsAndWithoutDetails() {
        ResponseEntity<String> readiness = rest.getForEntity("/actuator/health/readiness", String.class);
        assertThat(readiness.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(readiness.getBody()).isEqualTo("{\"status\":\"UP\"}");
    }

    @Test
    void demoUsersGroupsAndTasklistFiltersExist() {
        assertThat(identity.checkPassword("panel", "demo")).isTrue();
        assertThat(identity.createUserQuery().memberOfGroup("team-cfp").list()).extracting("id")
                .containsExactly("kw-cfp-1", "kw-cfp-2", "kw-cfp-3");
        assertThat(filters.createFilterQuery().list()).extracting(Filter::getName)
                .contains("Panel queue", "My families", "Awaiting capacity", "Claims to audit");
    }

    @Test
    void aReferralWithoutFamilyRefIsRefusedWith400AndNothingStarts() {
        long before = runtime.createProcessInstanceQuery().count();
        ResponseEntity<Map> response = post("referrer", "/engine-rest/process-definition/key/family-case/start",
                Map.of("variables", Map.of("district", Map.of("value", "Lakes Estate"))), Map.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((String) response.getBody().get("message")).contains("“Family reference” is required.");
        assertThat(response.getBody().get("problems")).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
                .contains(Map.of("field", "familyRef", "message", "“Family reference” is required."));
        assertThat(runtime.createProcessInstanceQuery().count()).isEqualTo(before);
    }

    @Test
    void aPanelRejectionWithoutReasonIsRefusedWith400AndTheTaskStaysOpen() {
        ResponseEntity<Map> started = post("referrer", "/engine-rest/process-definition/key/family-case/start",
                Map.of("variables", Map.of(
                        "familyRef", Map.of("value", "MK-777001"),
                        "referringAgency", Map.of("value", "POLICE"),
                        "district", Map.of("value", "Netherfield"),
                        "criterionCrimeAsb", Map.of("value", true),
                        "criterionEducation", Map.of("value", true),
                        "criterionWork", Map.of("value", true),
                        "householdMembers", Map.of("type", "Json", "value",
                                "[{\"name\":\"Ann Lee\",\"dateOfBirth\":\"1979-01-02\",\"gender\":\"FEMALE\",\"role\":\"ADULT\"}]"))),
                Map.class);
        assertThat(started.getStatusCode()).isEqualTo(HttpStatus.OK);
        String taskId = tasks.createTaskQuery().processInstanceBusinessKey("MK-777001").singleResult().getId();

        ResponseEntity<Map> refused = post("panel", "/engine-rest/task/" + taskId + "/complete",
                Map.of("variables", Map.of("panelDecision", Map.of("value", "REJECT"))), Map.class);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((String) refused.getBody().get("message"))
                .contains("Give the reason for rejecting the referral: the referrer will read it.");
        assertThat(tasks.createTaskQuery().taskId(taskId).count()).isEqualTo(1);
        assertThat(runtime.getVariable((String) started.getBody().get("id"), "panelDecision")).isNull();
    }
}
