package org.strengtheningfamilies.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.strengtheningfamilies.security.Probe.vars;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.strengtheningfamilies.testing.DemoCohortTest;

/**
 * Issue 10's findings, each tried through the real HTTP API of the running application with
 * authorizations on, as an attacker with a demo login would: the demo cohort (123 families) plus
 * families referred and validated here through the API. One application context for all of them.
 */
@DemoCohortTest // the demo cohort's families to probe, and the webapps (their copy of the REST API, Cockpit)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.MethodName.class)
@ExtendWith(OutputCaptureExtension.class)
class SecurityProbesTest {

    static final String HOUSEHOLD = "[{\"name\":\"Jo Smith\",\"dateOfBirth\":\"1980-01-01\",\"gender\":\"FEMALE\",\"role\":\"ADULT\"},"
            + "{\"name\":\"Lee Smith\",\"dateOfBirth\":\"2001-01-01\",\"gender\":\"MALE\",\"role\":\"CHILD\",\"schoolYear\":7,"
            + "\"ethnicity\":\"A1\",\"knownToSocialCare\":true}]";

    @LocalServerPort int port;
    @Autowired ManagementService management;
    @Autowired ProcessEngine engine;

    Probe probe;
    /** A family of kw-fip-1's, at consent, and its task. */
    String family;
    String familyTask;
    /** A task of another key worker's family (the demo cohort's). */
    String othersTask;

    @BeforeAll
    void aFamilyOfTheFamilyInterventionProject() throws Exception {
        probe = new Probe(port, DemoCohortTest.ENGINE);
        family = referAndAccept("MK-710001", "Lakes Estate");
        familyTask = onlyTask("kw-fip-1", family);
        othersTask = probe.json(probe.get("kw-cfp-2", "/engine-rest/task?maxResults=1")).get(0).path("id").asText();
    }

    // ---- 1. no oracle on family data through query filters -----------------------------------

    @Test
    void item1_aManagersVariableFiltersMatchNothingWhateverTheQueryOrOperator() throws Exception {
        Map<String, Object> domesticAbuse = Map.of("variables",
                List.of(Map.of("name", "localDomesticAbuse", "operator", "eq", "value", true)));
        assertThat(probe.count("coordinator", "/engine-rest/process-instance/count", domesticAbuse))
                .as("the coordinator may filter: there is something to find").isPositive();
        assertThat(probe.count("manager", "/engine-rest/process-instance/count")).as("managers list families").isPositive();
        assertThat(probe.json(probe.post("manager", "/engine-rest/process-instance", domesticAbuse))).isEmpty();
        assertThat(probe.count("manager", "/engine-rest/process-instance/count", domesticAbuse)).isZero();

        for (String query : List.of(
                "/engine-rest/process-instance/count?variables=district_like_%25",
                "/engine-rest/process-instance/count?variables=district_neq_x",
                "/engine-rest/task/count?processVariables=district_notLike_x%25",
                "/engine-rest/process-instance/count?variables=district_like_lakes%25&variableNamesIgnoreCase=true&variableValuesIgnoreCase=true",
                "/engine-rest/history/process-instance/count?variables=district_like_%25",
                "/engine-rest/task/count?processVariables=district_like_%25",
                "/engine-rest/task/count?taskVariables=district_like_%25",
                "/engine-rest/history/task/count?processVariables=district_like_%25",
                "/engine-rest/execution/count?variables=district_like_%25",
                "/engine-rest/execution/count?processVariables=district_neq_x",
                "/engine-rest/case-instance/count?variables=district_like_%25",
                "/engine-rest/case-execution/count?variables=district_like_%25")) {
            assertThat(probe.count("manager", query)).as(query).isZero();
        }
        assertThat(probe.count("coordinator", "/engine-rest/history/process-instance/count?variables=district_like_%25")).isPositive();

        // an "or" branch with a variable, and sorting by a variable, are variable conditions too
        assertThat(probe.count("manager", "/engine-rest/task/count", Map.of("orQueries",
                List.of(Map.of("processVariables", List.of(Map.of("name", "district", "operator", "like", "value", "%"))))))).isZero();
        assertThat(probe.count("manager", "/engine-rest/process-instance/count", Map.of("orQueries",
                List.of(Map.of("variables", List.of(Map.of("name", "district", "operator", "like", "value", "%"))))))).isZero();
        assertThat(probe.json(probe.post("manager", "/engine-rest/task?maxResults=5", Map.of("sorting", List.of(Map.of(
                "sortBy", "processVariable", "sortOrder", "asc",
                "parameters", Map.of("variable", "district", "type", "String"))))))).isEmpty();
        assertThat(probe.count("manager", "/engine-rest/task/count")).as("without variables managers still count tasks").isPositive();
    }

    @Test
    void item1_theWebappsCopyOfTheApiAndCockpitsOwnQueriesAreGuardedToo() throws Exception {
        Probe.Browser manager = probe.browser().login("manager", "cockpit");
        HttpResponse<String> webappCopy = manager.get("/camunda/api/engine/engine/default/process-instance/count?variables=district_like_%25");
        assertThat(Probe.body(webappCopy).path("count").asLong()).as(webappCopy.body()).isZero();

        Map<String, Object> byVariable = Map.of("variables",
                List.of(Map.of("name", "localDomesticAbuse", "operator", "eq", "value", true)));
        HttpResponse<String> cockpit = manager.post("/camunda/api/cockpit/plugin/base/default/process-instance/count", byVariable, true);
        assertThat(cockpit.statusCode()).as(cockpit.body()).isEqualTo(403);
        assertThat(Probe.body(cockpit).path("message").asText()).contains("values of variables");
        assertThat(manager.get("/camunda/api/cockpit/plugin/base/default/process-instance?variables=district_like_A%25")
                .statusCode()).isEqualTo(403);
        HttpResponse<String> plain = manager.post("/camunda/api/cockpit/plugin/base/default/process-instance/count", Map.of(), true);
        assertThat(Probe.body(plain).path("count").asLong()).as("Cockpit's list without variables still works").isPositive();

        String definition = probe.json(probe.get("coordinator", "/engine-rest/process-definition/key/family-case")).path("id").asText();
        Probe.Browser coordinator = probe.browser().login("coordinator", "cockpit");
        HttpResponse<String> allowed = coordinator.post("/camunda/api/cockpit/plugin/base/default/process-instance/count",
                Map.of("processDefinitionId", definition, "variables", byVariable.get("variables")), true);
        assertThat(Probe.body(allowed).path("count").asLong()).as(allowed.body()).isPositive();
    }

    @Test
    void item1_aKeyWorkerKeepsFiltersOnTheirOwnFamiliesTasksOnly() throws Exception {
        assertThat(probe.count("kw-fip-1", "/engine-rest/task/count?processVariables=familyRef_eq_MK-710001")).isEqualTo(1);
        String othersFamily = probe.json(probe.get("coordinator", "/engine-rest/task/" + othersTask + "/variables/familyRef"))
                .path("value").asText();
        assertThat(probe.count("kw-fip-1", "/engine-rest/task/count?processVariables=familyRef_eq_" + othersFamily)).isZero();
        assertThat(probe.count("kw-cfp-2", "/engine-rest/task/count?processVariables=familyRef_eq_" + othersFamily)).isPositive();
    }

    // ---- 2. reassignment does not hand out the family -----------------------------------------

    @Test
    void item2_aTaskGoesOnlyToThePeopleItsStepNames() throws Exception {
        String task = onlyTask("kw-fip-1", referAndAccept("MK-710002", "Lakes Estate"));
        String path = "/engine-rest/task/" + task;
        for (var attempt : List.of(
                Map.entry("/assignee", Map.of("userId", "manager")),
                Map.entry("/delegate", Map.of("userId", "manager")),
                Map.entry("/identity-links", Map.of("userId", "manager", "type", "candidate")),
                Map.entry("/identity-links", Map.of("groupId", "managers", "type", "candidate")),
                Map.entry("/identity-links", Map.of("userId", "kw-cfp-2", "type", "candidate")))) {
            HttpResponse<String> refused = probe.post("kw-fip-1", path + attempt.getKey(), attempt.getValue());
            assertThat(refused.statusCode()).as(attempt + ": " + refused.body()).isEqualTo(403);
            assertThat(Probe.body(refused).path("message").asText()).contains("cannot");
        }
        assertThat(probe.get("manager", path + "/variables").statusCode()).isEqualTo(403);
        assertThat(probe.get("manager", path + "/form-variables").statusCode()).isIn(403, 404);
        assertThat(probe.post("kw-fip-1", path + "/claim", Map.of("userId", "manager")).statusCode())
                .as("claimed already").isEqualTo(409);
        // a panel member claiming a referral for someone outside the panel
        String panelTask = onlyTask("panel", refer("MK-710004", "Lakes Estate"));
        HttpResponse<String> claimForManager = probe.post("panel", "/engine-rest/task/" + panelTask + "/claim",
                Map.of("userId", "manager"));
        assertThat(claimForManager.statusCode()).as(claimForManager.body()).isEqualTo(403);
        assertThat(probe.get("manager", "/engine-rest/task/" + panelTask + "/variables").statusCode()).isEqualTo(403);
        assertThat(probe.json(probe.get("kw-fip-1", path)).path("assignee").asText()).isEqualTo("kw-fip-1");
        // the step's candidate group may take it
        assertThat(probe.post("kw-fip-1", path + "/assignee", Map.of("userId", "coordinator")).statusCode()).isEqualTo(204);
    }

    @Test
    void item2_theGrantOfAPreviousAssigneeIsWithdrawnWhenTheTaskChangesHands() throws Exception {
        String task = onlyTask("kw-fip-1", referAndAccept("MK-710003", "Lakes Estate"));
        String path = "/engine-rest/task/" + task;
        assertThat(userGrants(task)).containsExactly("kw-fip-1");
        assertThat(probe.post("kw-fip-1", path + "/assignee", Map.of("userId", "coordinator")).statusCode()).isEqualTo(204);
        assertThat(userGrants(task)).containsExactly("coordinator");
        assertThat(probe.get("kw-fip-1", path + "/variables").statusCode()).as("no longer theirs").isIn(403, 404);
        assertThat(probe.post("coordinator", path + "/assignee", Map.of("userId", "kw-fip-1")).statusCode()).isEqualTo(204);
        assertThat(userGrants(task)).containsExactly("kw-fip-1");
        assertThat(probe.get("kw-fip-1", path + "/variables").statusCode()).isEqualTo(200);
    }

    // ---- 3. comments and attachments are family data -----------------------------------------

    @Test
    void item3_commentsAndAttachmentsAreForThoseWhoMayReadTheFamily() throws Exception {
        String path = "/engine-rest/task/" + familyTask;
        JsonNode comment = probe.json(probe.post("coordinator", path + "/comment/create",
                Map.of("message", "Mum disclosed domestic abuse")));
        assertThat(probe.json(probe.post("kw-fip-1", path + "/comment/create", Map.of("message", "Home visit on Tuesday")))
                .path("id").asText()).as("the family's key worker comments").isNotEmpty();
        assertThat(probe.json(probe.get("kw-fip-1", path + "/comment"))).extracting(c -> c.path("message").asText())
                .contains("Mum disclosed domestic abuse", "Home visit on Tuesday");

        for (String attempt : List.of(path + "/comment", path + "/comment/" + comment.path("id").asText(),
                "/engine-rest/task/another/comment/" + comment.path("id").asText(),
                "/engine-rest/process-instance/" + family + "/comment")) {
            HttpResponse<String> refused = probe.get("manager", attempt);
            assertThat(refused.statusCode()).as(attempt + ": " + refused.body()).isIn(403, 404);
            assertThat(refused.body()).doesNotContain("domestic abuse");
        }
        assertThat(probe.post("manager", path + "/comment/create", Map.of("message", "x")).statusCode()).isIn(400, 403, 404);
        assertThat(probe.get("kw-cfp-2", path + "/comment").body()).doesNotContain("domestic abuse");
        assertThat(probe.get("coordinator", "/engine-rest/process-instance/" + family + "/comment").statusCode()).isEqualTo(200);

        // an attachment, by the family's key worker (multipart, as Tasklist sends it)
        String boundary = "probe-boundary";
        String multipart = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"attachment-name\"\r\n\r\nplan.txt\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"attachment-type\"\r\n\r\ntext/plain\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"content\"; filename=\"plan.txt\"\r\n"
                + "Content-Type: text/plain\r\n\r\nThe family's plan\r\n--" + boundary + "--\r\n";
        var request = java.net.http.HttpRequest.newBuilder(probe.uri(path + "/attachment/create"))
                .header("Authorization", Probe.basic("kw-fip-1", "demo"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(multipart)).build();
        HttpResponse<String> attached = java.net.http.HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(attached.statusCode()).as(attached.body()).isEqualTo(200);
        String attachment = Probe.body(attached).path("id").asText();
        assertThat(probe.get("kw-fip-1", path + "/attachment/" + attachment + "/data").body()).isEqualTo("The family's plan");
        assertThat(probe.get("manager", path + "/attachment").statusCode()).isEqualTo(403);
        HttpResponse<String> data = probe.get("manager", path + "/attachment/" + attachment + "/data");
        assertThat(data.statusCode()).isIn(403, 404);
        assertThat(data.body()).doesNotContain("The family's plan");
        // the audit log managers read says an attachment was added, not what it is called
        JsonNode logged = probe.json(probe.get("manager", "/engine-rest/history/user-operation?entityType=Attachment&taskId=" + familyTask));
        assertThat(logged).isNotEmpty().allSatisfy(entry -> assertThat(entry.path("newValue").isNull()).isTrue());
        assertThat(logged.toString()).doesNotContain("plan.txt");
    }

    @Test
    void item3_whoHeldOneTaskOfACaseDoesNotReadTheCasesHistoryThroughIt() throws Exception {
        // the panel validated this family; its history is the family's, not the panel's
        assertThat(probe.count("panel", "/engine-rest/history/task/count?processInstanceId=" + family)).isPositive();
        assertThat(probe.count("panel", "/engine-rest/history/variable-instance/count?processInstanceId=" + family)).isZero();
        assertThat(probe.count("panel", "/engine-rest/history/detail/count?processInstanceId=" + family)).isZero();
        assertThat(probe.count("coordinator", "/engine-rest/history/variable-instance/count?processInstanceId=" + family)).isPositive();
    }

    // ---- 4. untrusted variables ------------------------------------------------------------

    @Test
    void item4_objectsFilesAndVariablesTheStepDoesNotTakeAreRefusedWith400() throws Exception {
        long casesBefore = probe.count("coordinator", "/engine-rest/history/process-instance/count");
        String start = "/engine-rest/process-definition/key/family-case/start";
        Map<String, Map<String, Object>> attempts = Map.of(
                "evil", Map.of("type", "Object", "value", "\"/etc/passwd\"", "valueInfo",
                        Map.of("objectTypeName", "java.io.File", "serializationDataFormat", "application/json")),
                "district", Map.of("type", "Object", "value", "rO0ABXQABUxha2Vz", "valueInfo",
                        Map.of("objectTypeName", "java.lang.String", "serializationDataFormat", "application/x-java-serialized-object")),
                "criterionWorkEvidence", Map.of("type", "File", "value", "aGVsbG8=", "valueInfo", Map.of("filename", "x.txt")),
                "claimAmountPence", Map.of("value", 400000),
                "programmePhase", Map.of("value", "TF_2015"));
        for (var attempt : attempts.entrySet()) {
            Map<String, Object> body = new java.util.LinkedHashMap<>(referral("MK-710090", "Lakes Estate"));
            @SuppressWarnings("unchecked")
            Map<String, Object> variables = new java.util.LinkedHashMap<>((Map<String, Object>) body.get("variables"));
            variables.put(attempt.getKey(), attempt.getValue());
            body.put("variables", variables);
            HttpResponse<String> refused = probe.post("referrer", start, body);
            assertThat(refused.statusCode()).as(attempt.getKey() + ": " + refused.body()).isEqualTo(400);
            assertThat(Probe.body(refused).path("problems").get(0).path("field").asText()).isEqualTo(attempt.getKey());
        }
        HttpResponse<String> skipping = probe.post("referrer", start, Map.of("businessKey", "MK-710091",
                "variables", Map.of("familyRef", Map.of("value", "MK-710091")),
                "startInstructions", List.of(Map.of("type", "startBeforeActivity", "activityId", "Task_AuditClaim"))));
        assertThat(skipping.statusCode()).as(skipping.body()).isEqualTo(403);
        assertThat(probe.count("coordinator", "/engine-rest/history/process-instance/count")).as("no case started").isEqualTo(casesBefore);

        // on a task: what its form captures, in the declared types; what it only shows stays as it is
        String path = "/engine-rest/task/" + familyTask;
        assertThat(probe.send("kw-fip-1", "PUT", path + "/variables/claimAmountPence", Map.of("value", 999999)).statusCode()).isEqualTo(400);
        assertThat(probe.send("kw-fip-1", "PUT", path + "/variables/familyRef", Map.of("value", "MK-999999")).statusCode()).isEqualTo(400);
        assertThat(probe.send("kw-fip-1", "PUT", path + "/variables/familyRef", Map.of("value", "MK-710001")).statusCode())
                .as("sent back unchanged").isEqualTo(204);
        assertThat(probe.send("kw-fip-1", "DELETE", path + "/variables/keyWorker", null).statusCode()).isEqualTo(400);
        assertThat(probe.send("kw-fip-1", "PUT", path + "/localVariables/keyWorker", Map.of("value", "manager")).statusCode()).isEqualTo(400);
        assertThat(probe.send("kw-fip-1", "PUT", path + "/variables/consentGiven", Map.of("value", "perhaps")).statusCode())
                .as("declared Boolean").isEqualTo(400);
        HttpResponse<String> objectOnCompletion = probe.post("kw-fip-1", path + "/complete", vars("consentGiven", true,
                "consentNotes", Map.of("type", "Object", "value", "{}", "valueInfo",
                        Map.of("objectTypeName", "java.util.HashMap", "serializationDataFormat", "application/json"))));
        assertThat(objectOnCompletion.statusCode()).as(objectOnCompletion.body()).isEqualTo(400);
        assertThat(probe.json(probe.get("coordinator", "/engine-rest/task/" + familyTask)).path("id").asText())
                .as("the task is still open").isEqualTo(familyTask);
        assertThat(probe.json(probe.get("coordinator", "/engine-rest/process-instance/" + family + "/variables/familyRef"))
                .path("value").asText()).isEqualTo("MK-710001");
    }

    @Test
    void item4_theEngineDeserialisesOnlyTheProjectsOwnTypes() {
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        assertThat(configuration.isDeserializationTypeValidationEnabled()).isTrue();
        assertThat(configuration.getDeserializationTypeValidator().validate("java.io.File")).isFalse();
        assertThat(configuration.getDeserializationTypeValidator().validate(
                "org.strengtheningfamilies.datamatching.MatchingRepository$PossibleMatch")).isTrue();
        assertThat(configuration.isJavaSerializationFormatEnabled()).isFalse();
    }

    // ---- 5. small numbers do not identify a family ------------------------------------------

    @Test
    void item5_aManagerDifferencingTwoDaysLearnsNothingAboutTheFamilyInBetween() throws Exception {
        JsonNode exact3 = probe.json(probe.get("coordinator", "/api/reports/characteristics?asOf=2012-10-03"));
        JsonNode exact4 = probe.json(probe.get("coordinator", "/api/reports/characteristics?asOf=2012-10-04"));
        assertThat(exact4.path("sections")).as("a family was identified on 4 October").isNotEqualTo(exact3.path("sections"));

        JsonNode day3 = probe.json(probe.get("manager", "/api/reports/characteristics?asOf=2012-10-03"));
        JsonNode day4 = probe.json(probe.get("manager", "/api/reports/characteristics?asOf=2012-10-04"));
        assertThat(day4.path("sections")).isEqualTo(day3.path("sections"));
        assertThat(day4.path("disclosureControl").path("applied").asBoolean()).isTrue();
        assertThat(day4.path("disclosureControl").path("figuresAsOf").asText()).isEqualTo("2012-09-30");
        assertThat(day4.path("disclosureControl").path("rule").asText()).contains("1 to 4");
        // nor by asking for a day still to come: this month is not over, so it is not released
        JsonNode future = probe.json(probe.get("manager", "/api/reports/characteristics?asOf=9999-12-31"));
        assertThat(LocalDate.parse(future.path("disclosureControl").path("figuresAsOf").asText()))
                .isBefore(LocalDate.now().withDayOfMonth(1));
        for (String report : List.of("characteristics", "activity", "targets", "claims", "performance")) {
            JsonNode third = probe.json(probe.get("manager", "/api/reports/" + report + "?asOf=2012-10-03"));
            JsonNode fourth = probe.json(probe.get("manager", "/api/reports/" + report + "?asOf=2012-10-04"));
            ((com.fasterxml.jackson.databind.node.ObjectNode) third).remove("asOf");
            ((com.fasterxml.jackson.databind.node.ObjectNode) fourth).remove("asOf");
            assertThat(fourth).as(report + ": the same figures, of the same release date").isEqualTo(third);
        }
    }

    @Test
    void item5_aManagerSeesNoFigureFrom1To4NorOneATotalGivesAway() throws Exception {
        for (String asOf : List.of("2012-10-31", "2012-12-31", "2013-03-31")) {
            JsonNode characteristics = probe.json(probe.get("manager", "/api/reports/characteristics?asOf=" + asOf));
            for (JsonNode section : characteristics.path("sections")) {
                List<Long> shown = new ArrayList<>();
                int hidden = 0;
                for (JsonNode row : section.path("rows")) {
                    if (row.path("count").isNull()) {
                        hidden++;
                        assertThat(row.path("percent").isNull()).as("its percentage goes with it").isTrue();
                    } else {
                        shown.add(row.path("count").asLong());
                    }
                }
                assertThat(shown).as(asOf + " " + section.path("name")).allMatch(n -> n == 0 || n >= 5);
                assertThat(hidden).as(asOf + " " + section.path("name") + ": one hidden figure would follow from the rest")
                        .isNotEqualTo(1);
            }
            JsonNode activity = probe.json(probe.get("manager", "/api/reports/activity?asOf=" + asOf));
            for (JsonNode row : activity.path("rows")) {
                long unshown = List.of("level2", "level3", "level4", "total").stream().filter(f -> row.path(f).isNull()).count();
                assertThat(unshown).as(asOf + " " + row.path("leadService")).isNotEqualTo(1);
                for (String f : List.of("level2", "level3", "level4", "total")) {
                    assertThat(row.path(f).isNull() || row.path(f).asLong() == 0 || row.path(f).asLong() >= 5).isTrue();
                }
            }
        }
        String csv = probe.get("manager", "/api/reports/activity?asOf=2012-10-31&format=csv").body();
        assertThat(csv).contains("[c]").contains("# Disclosure control: Figures from 1 to 4 are not shown");
        String exact = probe.get("coordinator", "/api/reports/activity?asOf=2012-10-31&format=csv").body();
        assertThat(exact).doesNotContain("[c]").doesNotContain("# Disclosure");
    }

    // ---- 6. CSV cells ----------------------------------------------------------------------

    @Test
    void item6_aDistrictTypedAsAFormulaIsTextInEveryCsvAndNotShownToManagers() throws Exception {
        referAndAccept("MK-710006", "=HYPERLINK(\"http://example.org/x\",\"Lakes\")");
        referAndAccept("MK-710007", "@SUM(1+1)");
        String today = LocalDate.now().toString();
        String csv = probe.get("coordinator", "/api/reports/characteristics?format=csv&asOf=" + today).body();
        assertThat(csv).contains("'=HYPERLINK(").contains("'@SUM(1+1)");
        for (String line : csv.lines().toList()) {
            for (String cell : line.split(",")) {
                String text = cell.startsWith("\"") ? cell.substring(1) : cell;
                assertThat(text).as(line).doesNotStartWith("=").doesNotStartWith("@").doesNotStartWith("+");
            }
        }
        String managers = probe.get("manager", "/api/reports/characteristics?format=csv&asOf=" + today).body();
        assertThat(managers).doesNotContain("HYPERLINK").doesNotContain("SUM(1+1)");

        HttpResponse<String> controlCharacter = probe.post("referrer", "/engine-rest/process-definition/key/family-case/start",
                referral("MK-710008", "Lakes\u0007Estate"));
        assertThat(controlCharacter.statusCode()).isEqualTo(400);
        assertThat(Probe.body(controlCharacter).path("problems").get(0).path("field").asText()).isEqualTo("district");
    }

    // ---- 7. every client error is a 4xx with a message naming the problem ------------------

    @Test
    void item7_clientMistakesAre4xxWithAPlainMessageAndNoInternals() throws Exception {
        String task = onlyTask("panel", refer("MK-710071", "Lakes Estate"));
        Map<String, Object> reject = vars("panelDecision", "REJECT", "panelReason", "no criterion met");
        assertThat(probe.post("panel", "/engine-rest/task/" + task + "/complete", reject).statusCode()).isEqualTo(204);

        List<HttpResponse<String>> answers = new ArrayList<>();
        answers.add(expect(404, probe.post("panel", "/engine-rest/task/" + task + "/complete", reject), "completed already"));
        answers.add(expect(404, probe.post("panel", "/engine-rest/task/no-such-task/complete", reject), "no-such-task"));
        answers.add(expect(404, probe.post("panel", "/engine-rest/task/%27%3B--/complete", reject), null));
        String start = "/engine-rest/process-definition/key/family-case/start";
        Map<String, Object> badJson = withVariable(referral("MK-710072", "Lakes Estate"), "householdMembers",
                Map.of("type", "Json", "value", "[{\"name\": \"Jo\""));
        answers.add(expect(400, probe.post("referrer", start, badJson), "householdMembers"));
        answers.add(expectProblem(probe.post("referrer", start, referral("MK-710073", "L".repeat(101))), "district",
                "“District” is too long: 101 characters, at most 100."));
        answers.add(expect(400, probe.post("referrer", start, withVariable(referral("MK-710074", "Lakes Estate"),
                "criterionWorkEvidence", Map.of("value", "e".repeat(5000)))), "criterionWorkEvidence"));
        answers.add(expect(400, probe.post("referrer", start, "{\"variables\": {"), "not valid JSON"));
        answers.add(expect(400, probe.get("manager", "/api/reports/funding?actuals=2147483647,212,72"), "actuals"));
        answers.add(expect(400, probe.get("manager", "/api/reports/funding?costPerFamily=99999999999999999"), "costPerFamily"));
        answers.add(expect(400, probe.get("manager", "/api/reports/funding?costPerFamily=lots"), "costPerFamily"));
        answers.add(expect(400, probe.get("manager", "/api/reports/claims?asOf=%2B999999999-12-31"), "asOf"));
        answers.add(expect(400, probe.get("manager", "/api/reports/claims?asOf=1999-12-31"), "asOf"));
        answers.add(expect(400, probe.get("manager", "/api/reports/targets?asOf=31/12/2012"), "asOf"));
        answers.add(expect(404, probe.get("manager", "/api/reports/no-such-report"), null));
        answers.add(expect(403, probe.get("kw-fip-1", "/api/reports/activity"), null));
        answers.add(expect(401, probe.get(null, "/api/reports/activity"), null));
        for (HttpResponse<String> answer : answers) {
            JsonNode body = Probe.body(answer);
            assertThat(body.path("type").asText()).as(answer.body()).isNotBlank().doesNotContain("Exception");
            assertThat(body.path("message").asText()).as(answer.body()).isNotBlank();
            assertThat(answer.body()).doesNotContainIgnoringCase("sql").doesNotContain("Exception").doesNotContain("org.")
                    .doesNotContain("ENGINE-").doesNotContain("\tat ");
        }

        // someone else's task answers as an unknown one
        HttpResponse<String> unknown = probe.send("kw-fip-1", "DELETE", "/engine-rest/task/no-such-task", null);
        HttpResponse<String> others = probe.send("kw-fip-1", "DELETE", "/engine-rest/task/" + othersTask, null);
        assertThat(others.statusCode()).isEqualTo(unknown.statusCode()).isEqualTo(404);
        assertThat(Probe.body(others).path("type").asText()).isEqualTo(Probe.body(unknown).path("type").asText());
        assertThat(probe.json(probe.get("kw-cfp-2", "/engine-rest/task/" + othersTask)).path("id").asText()).isEqualTo(othersTask);
    }

    @Test
    void item7_twoCompletionsAtTheSameMomentSaveOneAndTellTheOtherWhy() throws Exception {
        for (int round = 0; round < 3; round++) {
            String task = onlyTask("panel", refer("MK-71008" + round, "Lakes Estate"));
            Map<String, Object> reject = vars("panelDecision", "REJECT", "panelReason", "no criterion met");
            ExecutorService pool = Executors.newFixedThreadPool(3);
            try {
                List<Future<HttpResponse<String>>> tries = new ArrayList<>();
                for (int i = 0; i < 3; i++) {
                    tries.add(pool.submit((Callable<HttpResponse<String>>) () ->
                            probe.post("panel", "/engine-rest/task/" + task + "/complete", reject)));
                }
                List<Integer> statuses = new ArrayList<>();
                for (Future<HttpResponse<String>> attempt : tries) {
                    HttpResponse<String> answer = attempt.get();
                    statuses.add(answer.statusCode());
                    if (answer.statusCode() != 204) {
                        assertThat(answer.statusCode()).as(answer.body()).isIn(404, 409);
                        assertThat(Probe.body(answer).path("message").asText()).isNotBlank();
                    }
                }
                assertThat(statuses).as("one completion is saved").containsOnlyOnce(204);
            } finally {
                pool.shutdown();
            }
        }
    }

    @Test
    void item7_aRefusedSubmissionIsLoggedAsARefusalNotAsAServerError(CapturedOutput output) throws Exception {
        String task = onlyTask("panel", refer("MK-710075", "Lakes Estate"));
        int before = output.getAll().length();
        HttpResponse<String> refused = probe.post("panel", "/engine-rest/task/" + task + "/complete", vars("panelDecision", "REJECT"));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(Probe.body(refused).path("problems")).hasSize(1);
        assertThat(Probe.body(refused).path("problems").get(0).path("field").asText()).isEqualTo("panelReason");
        assertThat(Probe.body(refused).path("problems").get(0).path("message").asText())
                .isEqualTo("Give the reason for rejecting the referral: the referrer will read it.");
        assertThat(Probe.body(refused).path("message").asText())
                .isEqualTo("Give the reason for rejecting the referral: the referrer will read it.");
        String logged = output.getAll().substring(before);
        assertThat(logged).contains("Refused (400 InvalidCaseData)").doesNotContain("ENGINE-16004")
                .doesNotContain("ENGINE-REST-HTTP500").doesNotContain(" ERROR ");
    }

    // ---- 8. body size ----------------------------------------------------------------------

    @Test
    void item8_theLimitCountsTheBytesReadChunkedBodiesIncluded() throws Exception {
        String start = "/engine-rest/process-definition/key/family-case/start";
        byte[] huge = ("{\"variables\":{\"district\":{\"value\":\"" + "x".repeat(10_000_000) + "\"}}}").getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> chunked = probe.postChunked("referrer", start, huge);
        assertThat(chunked.statusCode()).isEqualTo(413);
        assertThat(Probe.body(chunked).path("message").asText()).contains("1,048,576 bytes");
        assertThat(probe.post("referrer", start, new String(huge, StandardCharsets.UTF_8)).statusCode()).isEqualTo(413);
        byte[] small = Probe.JSON.writeValueAsBytes(referral("MK-710081", "Lakes Estate"));
        assertThat(probe.postChunked("referrer", start, small).statusCode()).as("a small chunked body is fine").isEqualTo(200);
    }

    // ---- 9. sessions -----------------------------------------------------------------------

    @Test
    void item9_aChangeWithoutItsCsrfTokenIsRefusedAndTheUserStaysLoggedIn() throws Exception {
        Probe.Browser coordinator = probe.browser().login("coordinator", "tasklist");
        assertThat(coordinator.loggedInUser()).isEqualTo("coordinator");
        HttpResponse<String> forged = coordinator.post("/camunda/api/engine/engine/default/task/" + familyTask + "/comment/create",
                Map.of("message", "forged"), false);
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(Probe.body(forged).path("message").asText()).contains("security token");
        assertThat(coordinator.loggedInUser()).as("the session survives").isEqualTo("coordinator");
        HttpResponse<String> real = coordinator.post("/camunda/api/engine/engine/default/task/" + familyTask + "/comment/create",
                Map.of("message", "real"), true);
        assertThat(real.statusCode()).as(real.body()).isEqualTo(200);
    }

    @Test
    void item9_apiAnswersAreNeitherCachedNorSniffed() throws Exception {
        for (HttpResponse<String> answer : List.of(probe.get("manager", "/api/reports/targets"),
                probe.get("manager", "/api/reports/no-such-report"), probe.get(null, "/api/reports/targets"),
                probe.get("kw-fip-1", "/engine-rest/task"))) {
            assertThat(answer.headers().firstValue("X-Content-Type-Options")).as(answer.uri().toString()).contains("nosniff");
            assertThat(answer.headers().firstValue("Cache-Control")).as(answer.uri().toString()).contains("no-store");
        }
    }

    @Test
    void item9_aWrongPasswordSlowsThatClientDownButNotTheRealUser() throws Exception {
        String path = "/engine-rest/task/count";
        var wrong = java.net.http.HttpRequest.newBuilder(probe.uri(path)).header("Authorization", Probe.basic("kw-yot-1", "guess"))
                .build();
        assertThat(java.net.http.HttpClient.newHttpClient().send(wrong, HttpResponse.BodyHandlers.ofString()).statusCode())
                .isEqualTo(401);
        HttpResponse<String> sameClient = probe.get("kw-yot-1", path);
        assertThat(sameClient.statusCode()).as("the guessing client waits").isEqualTo(429);
        assertThat(sameClient.headers().firstValue("Retry-After")).isPresent();
        assertThat(probe.statusFromAnotherClient("kw-yot-1", path)).as("the real user, elsewhere, logs in").isEqualTo(200);
        assertThat(probe.get("kw-fip-1", path).statusCode()).as("other accounts from the same client").isEqualTo(200);
    }

    // ---- the partner referral API (/api/referrals, issue 16) falls under the same guards -----

    @Test
    void items4to9_thePartnerReferralApiIsGuardedLikeEveryOtherRoute() throws Exception {
        Map<String, Object> referral = new java.util.LinkedHashMap<>(Map.of("familyRef", "MK-710099",
                "referringAgency", "POLICE", "district", "Netherfield", "criterionCrimeAsb", true,
                "criterionEducation", true, "criterionWork", true,
                "householdMembers", List.of(Map.of("name", "Ann Lee", "dateOfBirth", "1979-01-02", "gender", "FEMALE",
                        "role", "ADULT"))));
        referral.put("criterionCrimeAsbEvidence", "e".repeat(5000));
        HttpResponse<String> tooLong = probe.post("partner-police", "/api/referrals", referral);
        assertThat(tooLong.statusCode()).as(tooLong.body()).isEqualTo(400);
        assertThat(Probe.body(tooLong).path("problems").get(0).path("field").asText()).isEqualTo("criterionCrimeAsbEvidence");
        referral.put("criterionCrimeAsbEvidence", "bell\u0007");
        HttpResponse<String> control = probe.post("partner-police", "/api/referrals", referral);
        assertThat(control.statusCode()).as(control.body()).isEqualTo(400);
        assertThat(control.headers().firstValue("Cache-Control")).contains("no-store");
        assertThat(control.headers().firstValue("X-Content-Type-Options")).contains("nosniff");

        byte[] huge = ("{\"familyRef\":\"" + "x".repeat(3_000_000) + "\"}").getBytes(StandardCharsets.UTF_8);
        assertThat(probe.postChunked("partner-police", "/api/referrals", huge).statusCode()).isEqualTo(413);
        assertThat(probe.get("partner-police", "/engine-rest/task").statusCode()).as("no other route").isEqualTo(403);
    }

    // ---- helpers -------------------------------------------------------------------------

    private static HttpResponse<String> expect(int status, HttpResponse<String> answer, String mentions) throws Exception {
        assertThat(answer.statusCode()).as(answer.request().uri() + ": " + answer.body()).isEqualTo(status);
        if (mentions != null) {
            assertThat(Probe.body(answer).path("message").asText()).as(answer.body()).contains(mentions);
        }
        return answer;
    }

    /** A 400 whose one problem is of {@code field}, worded for staff as {@code message}. */
    private static HttpResponse<String> expectProblem(HttpResponse<String> answer, String field, String message) throws Exception {
        expect(400, answer, message);
        JsonNode problems = Probe.body(answer).path("problems");
        assertThat(problems).as(answer.body()).hasSize(1);
        assertThat(problems.get(0).path("field").asText()).as(answer.body()).isEqualTo(field);
        assertThat(problems.get(0).path("message").asText()).as(answer.body()).isEqualTo(message);
        return answer;
    }

    private static Map<String, Object> referral(String familyRef, String district) throws Exception {
        return vars("familyRef", familyRef, "referringAgency", "SCHOOL", "district", district,
                "criterionCrimeAsb", true, "criterionEducation", true, "criterionWork", true,
                "householdMembers", Map.of("type", "Json", "value", HOUSEHOLD));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> withVariable(Map<String, Object> body, String name, Object value) {
        Map<String, Object> variables = new java.util.LinkedHashMap<>((Map<String, Object>) body.get("variables"));
        variables.put(name, value);
        return Map.of("variables", variables);
    }

    private String refer(String familyRef, String district) throws Exception {
        return probe.json(probe.post("referrer", "/engine-rest/process-definition/key/family-case/start",
                referral(familyRef, district))).path("id").asText();
    }

    /** Referred by the referrer, accepted by the panel for the Family Intervention Project (kw-fip-1). */
    private String referAndAccept(String familyRef, String district) throws Exception {
        String processInstance = refer(familyRef, district);
        String task = onlyTask("panel", processInstance);
        HttpResponse<String> accepted = probe.post("panel", "/engine-rest/task/" + task + "/complete",
                vars("panelDecision", "ACCEPT", "needLevel", 3, "leadService", "FIP", "panelReason", "fits"));
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(204);
        runAsyncSteps();
        return processInstance;
    }

    private String onlyTask(String user, String processInstanceId) throws Exception {
        JsonNode tasks = probe.json(probe.get(user, "/engine-rest/task?processInstanceId=" + processInstanceId));
        assertThat(tasks).as(user + " sees one task of " + processInstanceId).hasSize(1);
        return tasks.get(0).path("id").asText();
    }

    /** The users (not groups) granted anything on a task, as an administrator sees them. */
    private List<String> userGrants(String taskId) throws Exception {
        List<String> users = new ArrayList<>();
        for (JsonNode grant : probe.json(probe.get("demo", "/engine-rest/authorization?resourceType=7&resourceId=" + taskId))) {
            if (!grant.path("userId").isNull()) {
                users.add(grant.path("userId").asText());
            }
        }
        return users;
    }

    /** The job executor is off here: run the service tasks that follow a person's step. */
    private void runAsyncSteps() {
        for (Job job; (job = management.createJobQuery().messages().withRetriesLeft().listPage(0, 1).stream()
                .findFirst().orElse(null)) != null; ) {
            management.executeJob(job.getId());
        }
    }
}
