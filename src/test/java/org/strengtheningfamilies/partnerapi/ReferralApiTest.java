package org.strengtheningfamilies.partnerapi;

import org.strengtheningfamilies.familycase.FamilyCaseElements;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.strengtheningfamilies.panel.LeadService;
import org.strengtheningfamilies.testing.DemoCohortTest;
import org.strengtheningfamilies.testing.KeyWorkerPlaces;
import org.strengtheningfamilies.testing.TasklistBrowser;

/**
 * The partner referral API over HTTP, on the application as it runs (H2): a referral posted twice with
 * the same Idempotency-Key makes one case, even at the same moment; a bad one lists every problem by
 * field and starts nothing; the status follows the case and answers only the referrer and the
 * coordinator; partner accounts reach nothing else; rate limits; status callbacks reach a local HTTP
 * server signed, and one that keeps failing becomes an incident; /api/docs lists every /api endpoint.
 */
@DemoCohortTest // Tasklist (the referrer's outcome, My referrals) runs in this context
class ReferralApiTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String SECRET = "a-shared-secret-of-at-least-32-characters";

    @LocalServerPort int port;
    @Autowired RuntimeService runtime;
    @Autowired HistoryService history;
    @Autowired TaskService tasks;
    @Autowired ManagementService management;
    @Autowired IdentityService identity;
    @Autowired JdbcTemplate jdbc;
    @Autowired org.springframework.context.ApplicationContext context;
    @Autowired @org.springframework.beans.factory.annotation.Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings;

    private final HttpClient http = HttpClient.newHttpClient();
    private HttpServer partnerServer;

    @AfterEach
    void stopPartnerServer() {
        if (partnerServer != null) {
            partnerServer.stop(0);
        }
    }

    static String referral(String familyRef, boolean eligible) {
        return """
                {"familyRef": "%s", "referringAgency": "POLICE", "district": "Netherfield",
                 "criterionCrimeAsb": true, "criterionCrimeAsbEvidence": "ASB injunction, March 2012",
                 "criterionEducation": %s, "criterionWork": %s,
                 "householdMembers": [
                   {"name": "Ann Lee", "dateOfBirth": "1979-01-02", "gender": "FEMALE", "role": "ADULT"},
                   {"name": "Ben Lee", "dateOfBirth": "2003-05-06", "gender": "MALE", "role": "CHILD", "schoolYear": 4}],
                 "presentingIssues": ["Parenting"]}""".formatted(familyRef, eligible, eligible);
    }

    @Test
    void aReferralPostedTwiceWithTheSameKeyMakesOneCaseStartedAsTheStartFormStartsIt() throws Exception {
        HttpResponse<String> first = post("partner-police", referral("MK-160001", true), "key-160001");
        HttpResponse<String> again = post("partner-police", referral("MK-160001", true), "key-160001");

        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(first.headers().firstValue("Location")).hasValue("http://localhost:" + port + "/api/referrals/MK-160001");
        JsonNode answer = JSON.readTree(first.body());
        assertThat(answer.path("familyRef").asText()).isEqualTo("MK-160001");
        assertThat(answer.path("status").asText()).isEqualTo("WITH_PANEL");
        assertThat(again.statusCode()).isEqualTo(201);
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(again.headers().firstValue("Idempotent-Replayed")).hasValue("true");

        // one case, under the family reference, referred by the partner account, in the read model
        assertThat(cases().processInstanceBusinessKey("MK-160001").count()).isEqualTo(1);
        String pid = cases().processInstanceBusinessKey("MK-160001").singleResult().getId();
        assertThat(runtime.getVariable(pid, "referredBy")).isEqualTo("partner-police");
        assertThat(runtime.getVariable(pid, "criterionCrimeAsbEvidence")).isEqualTo("ASB injunction, March 2012");
        assertThat(runtime.getVariableTyped(pid, "householdMembers").getType().getName()).isEqualTo("json");
        assertThat(jdbc.queryForObject("select count(*) from sf_report_case where family_ref = 'MK-160001'", Integer.class))
                .isEqualTo(1);
        assertThat(tasks.createTaskQuery().processInstanceId(pid).taskDefinitionKey(FamilyCaseElements.TASK_PANEL_VALIDATION).count()).isEqualTo(1);

        // without the key, the same referral again is the start form's refusal of a second live case
        HttpResponse<String> second = post("partner-police", referral("MK-160001", true), null);
        assertThat(second.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(second.body()).path("problems").get(0).path("field").asText()).isEqualTo("familyRef");
    }

    @Test
    void theSameKeyWithAnotherReferralIs409AndStartsNothing() throws Exception {
        assertThat(post("partner-police", referral("MK-160002", true), "key-160002").statusCode()).isEqualTo(201);

        HttpResponse<String> other = post("partner-police", referral("MK-160003", true), "key-160002");

        assertThat(other.statusCode()).isEqualTo(409);
        assertThat(JSON.readTree(other.body()).path("type").asText()).isEqualTo("IdempotencyKeyReused");
        assertThat(cases().processInstanceBusinessKey("MK-160003").count()).isZero();
    }

    @Test
    void theSameKeyAtTheSameMomentMakesOneCaseAndBothHearTheFirstAnswer() throws Exception {
        int callers = 4;
        CyclicBarrier together = new CyclicBarrier(callers);
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        List<Future<HttpResponse<String>>> answers = new ArrayList<>();
        for (int i = 0; i < callers; i++) {
            answers.add(pool.submit(() -> {
                together.await();
                return post("partner-police", referral("MK-160004", true), "key-160004");
            }));
        }
        List<HttpResponse<String>> responses = new ArrayList<>();
        for (Future<HttpResponse<String>> answer : answers) {
            responses.add(answer.get());
        }
        pool.shutdown();

        assertThat(responses).allSatisfy(r -> assertThat(r.statusCode()).as(r.body()).isEqualTo(201));
        assertThat(responses.stream().map(HttpResponse::body).distinct()).hasSize(1);
        assertThat(history.createHistoricProcessInstanceQuery().processInstanceBusinessKey("MK-160004").count()).isEqualTo(1);
    }

    @Test
    void aReferralWithMistakesListsEveryProblemByFieldAndStartsNothing() throws Exception {
        long before = history.createHistoricProcessInstanceQuery().count();
        String bad = """
                {"familyRef": "mk-1", "referringAgency": "COPS", "criterionWork": "yes", "keyWorker": "kw-cfp-1",
                 "householdMembers": [{"name": "Ann", "dateOfBirth": "1979-01-02", "gender": "F", "role": "ADULT"}],
                 "favouriteColour": "red"}""";

        HttpResponse<String> refused = post("partner-police", bad, "key-160005");

        assertThat(refused.statusCode()).isEqualTo(400);
        JsonNode body = JSON.readTree(refused.body());
        assertThat(body.path("type").asText()).isEqualTo("InvalidReferral");
        List<String> fields = new ArrayList<>();
        body.path("problems").forEach(p -> fields.add(p.path("field").asText()));
        assertThat(fields).containsExactlyInAnyOrder("keyWorker", "favouriteColour", "familyRef", "referringAgency",
                "district", "criterionWork", "householdMembers[1].gender");
        assertThat(body.path("message").asText()).contains("“District” is required.");
        assertThat(body.path("problems")).anySatisfy(p -> {
            assertThat(p.path("field").asText()).isEqualTo("district");
            assertThat(p.path("message").asText()).isEqualTo("“District” is required.");
        });
        assertThat(history.createHistoricProcessInstanceQuery().count()).isEqualTo(before);
        // nothing of the refused request is kept: the key serves the corrected referral
        assertThat(post("partner-police", referral("MK-160005", true), "key-160005").statusCode()).isEqualTo(201);
        // not JSON at all
        assertThat(post("partner-police", "{\"familyRef\": ", null).statusCode()).isEqualTo(400);
        assertThat(post("partner-police", "[1, 2]", null).statusCode()).isEqualTo(400);
    }

    @Autowired org.strengtheningfamilies.programme.ProgrammePhases phases;

    /**
     * A later phase's family signposted: the status names the phase, the needs the referral showed and the missing
     * child, and what the phase's table admits, in one sentence that reads (the outcomes-only programme's name has
     * brackets of its own, so the needs follow a colon).
     */
    @Test
    void aLaterPhasesSignpostedReferralSaysWhichNeedsItShowedAndWhatTheProgrammeTakes() throws Exception {
        String ref = "MK-160091";
        phases.referringUnder(org.strengtheningfamilies.programme.ProgrammePhase.OUTCOMES_ONLY,
                () -> runtime.startProcessInstanceByKey("family-case", ref,
                        org.strengtheningfamilies.testing.LaterPhaseProcessTest.adultsOnly(
                                org.strengtheningfamilies.testing.LaterPhaseProcessTest.needsReferral(ref,
                                        "EDUCATION", "HOUSING", "FINANCIAL_STABILITY"))));
        JsonNode status = JSON.readTree(get("coordinator", "/api/referrals/" + ref).body());
        assertThat(status.path("status").asText()).isEqualTo("NOT_ELIGIBLE");
        assertThat(status.path("detail").asText()).startsWith("Signposted to other services. The referral showed 3 of the "
                + "10 needs of the outcomes-only programme (Earned Autonomy, Families First): getting a good education, "
                + "secure housing, financial stability; and no dependent child in the household nor one expected. "
                + "The programme takes families with ");
    }

    @Test
    void theStatusAnswersTheReferrerAndTheCoordinatorOnlyAndNothingElseOfTheFamily() throws Exception {
        assertThat(post("partner-police", referral("MK-160006", false), null).statusCode()).isEqualTo(201);
        createPartnerAccount("partner-school");

        JsonNode asPartner = JSON.readTree(get("partner-police", "/api/referrals/MK-160006").body());
        assertThat(asPartner.path("status").asText()).isEqualTo("NOT_ELIGIBLE");
        assertThat(asPartner.path("detail").asText())
                .contains("1 of the 3 national criteria (crime / anti-social behaviour)")
                .contains("not shown: education, work")
                .contains("all three national criteria, or exactly two national criteria and at least one local filter");
        Set<String> fields = new TreeSet<>();
        asPartner.fieldNames().forEachRemaining(fields::add);
        assertThat(fields).containsExactly("detail", "familyRef", "referredOn", "status", "statusText", "updatedAt");
        assertThat(asPartner.toString()).doesNotContain("Ann Lee").doesNotContain("Netherfield");

        assertThat(get("coordinator", "/api/referrals/MK-160006").statusCode()).isEqualTo(200);
        assertThat(get("partner-school", "/api/referrals/MK-160006").statusCode()).isEqualTo(404);
        assertThat(get("referrer", "/api/referrals/MK-160006").statusCode()).isEqualTo(404);
        for (String other : List.of("panel", "kw-cfp-1", "manager", "auditor")) {
            assertThat(get(other, "/api/referrals/MK-160006").statusCode()).as(other).isEqualTo(403);
            assertThat(get(other, "/api/referrals").statusCode()).as(other).isEqualTo(403);
        }
        assertThat(JSON.readTree(get("partner-school", "/api/referrals").body()).path("total").asLong()).isZero();
        JsonNode mine = JSON.readTree(get("partner-police", "/api/referrals?size=100").body());
        List<String> refs = new ArrayList<>();
        mine.path("referrals").forEach(r -> refs.add(r.path("familyRef").asText()));
        assertThat(refs).contains("MK-160006").doesNotContain("DEMO-0001");
        assertThat(get("coordinator", "/api/referrals?size=0").statusCode()).isEqualTo(400);
        assertThat(get("nobody", "/api/referrals").statusCode()).isEqualTo(401);
    }

    @Test
    void theStatusFollowsTheCaseThroughThePanelToAKeyWorker() throws Exception {
        post("partner-police", referral("MK-160007", true), null);
        String pid = cases().processInstanceBusinessKey("MK-160007").singleResult().getId();

        complete(pid, FamilyCaseElements.TASK_PANEL_VALIDATION, Map.of("panelDecision", "MORE_INFO",
                "panelReason", "Which school does Ben attend?"));
        JsonNode moreInfo = status("MK-160007");
        assertThat(moreInfo.path("status").asText()).isEqualTo("MORE_INFORMATION_REQUESTED");
        assertThat(moreInfo.path("detail").asText()).isEqualTo("The panel asks: Which school does Ben attend?");

        complete(pid, FamilyCaseElements.TASK_PROVIDE_MORE_INFORMATION, Map.of());
        assertThat(status("MK-160007").path("status").asText()).isEqualTo("WITH_PANEL");

        new KeyWorkerPlaces(context).ensureFreePlace(LeadService.CFP);
        complete(pid, FamilyCaseElements.TASK_PANEL_VALIDATION, Map.of("panelDecision", "ACCEPT", "needLevel", 3, "leadService", "CFP"));
        assertThat(status("MK-160007").path("status").asText()).isEqualTo("ACCEPTED");
        runJobs(pid);
        JsonNode allocated = status("MK-160007");
        assertThat(allocated.path("status").asText()).isEqualTo("KEY_WORKER_ALLOCATED");
        assertThat(allocated.toString()).doesNotContain("kw-cfp");

        post("partner-police", referral("MK-160008", true), null);
        String rejected = cases().processInstanceBusinessKey("MK-160008").singleResult().getId();
        complete(rejected, FamilyCaseElements.TASK_PANEL_VALIDATION, Map.of("panelDecision", "REJECT", "panelReason", "Already supported by CSC"));
        JsonNode refusal = status("MK-160008");
        assertThat(refusal.path("status").asText()).isEqualTo("REJECTED");
        assertThat(refusal.path("detail").asText()).isEqualTo("The panel's reason: Already supported by CSC");
    }

    @Test
    void statusCallbacksReachThePartnerSignedAndOneThatKeepsFailingBecomesAnIncident() throws Exception {
        List<Map<String, String>> received = new CopyOnWriteArrayList<>();
        AtomicInteger answer = new AtomicInteger(204);
        partnerServer = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        partnerServer.createContext("/referral-status", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            received.add(Map.of("body", new String(body, StandardCharsets.UTF_8),
                    "signature", String.valueOf(exchange.getRequestHeaders().getFirst("X-SF-Signature-256")),
                    "expected", CallbackSignature.of(SECRET, body)));
            exchange.sendResponseHeaders(answer.get(), -1);
            exchange.close();
        });
        partnerServer.start();
        createPartnerAccount("partner-housing");
        String url = "http://127.0.0.1:" + partnerServer.getAddress().getPort() + "/referral-status";
        assertThat(put("demo", "/api/partner-accounts/partner-housing",
                "{\"callbackUrl\": \"" + url + "\", \"callbackSecret\": \"" + SECRET + "\"}").statusCode()).isEqualTo(200);
        assertThat(put("demo", "/api/partner-accounts/partner-housing", "{\"callbackUrl\": \"" + url + "\", "
                + "\"callbackSecret\": \"short\"}").statusCode()).isEqualTo(400);
        assertThat(put("partner-housing", "/api/partner-accounts/partner-housing", "{}").statusCode()).isEqualTo(403);
        assertThat(get("demo", "/api/partner-accounts/partner-housing").body()).doesNotContain(SECRET).contains("\"callbackSecretSet\":true");

        post("partner-housing", referral("MK-160009", true), null);
        String pid = cases().processInstanceBusinessKey("MK-160009").singleResult().getId();
        sendCallbacks();
        complete(pid, FamilyCaseElements.TASK_PANEL_VALIDATION, Map.of("panelDecision", "REJECT", "panelReason", "Known to CSC"));
        sendCallbacks();

        assertThat(received).hasSize(2);
        for (Map<String, String> callback : received) {
            assertThat(callback.get("signature")).isEqualTo(callback.get("expected"));
            JsonNode body = JSON.readTree(callback.get("body"));
            Set<String> fields = new TreeSet<>();
            body.fieldNames().forEachRemaining(fields::add);
            assertThat(fields).containsExactly("familyRef", "status", "time");
        }
        assertThat(JSON.readTree(received.get(0).get("body")).path("status").asText()).isEqualTo("WITH_PANEL");
        assertThat(JSON.readTree(received.get(1).get("body")).path("status").asText()).isEqualTo("REJECTED");
        assertThat(JSON.readTree(received.get(1).get("body")).path("familyRef").asText()).isEqualTo("MK-160009");

        // the partner's server fails: tried again (the retry cycle), then an incident for Cockpit
        answer.set(500);
        post("partner-housing", referral("MK-160010", true), null);
        Job job = callbackJob();
        String callbackInstance = job.getProcessInstanceId();
        int attempts = 0;
        while (runtime.createIncidentQuery().processInstanceId(callbackInstance).count() == 0 && attempts < 10) {
            attempts++;
            try {
                management.executeJob(job.getId());
            } catch (RuntimeException expected) {
                // the partner answered 500
            }
        }
        // the first try and one for each interval of the retry cycle (PT1S,PT1S here)
        assertThat(attempts).isEqualTo(3);
        assertThat(received).hasSize(2 + attempts);
        assertThat(runtime.createIncidentQuery().processInstanceId(callbackInstance).list())
                .singleElement().satisfies(incident -> assertThat(incident.getIncidentMessage()).contains("was answered 500"));
        // once the partner is back, Retry in Cockpit delivers it
        answer.set(200);
        management.setJobRetries(job.getId(), 1);
        management.executeJob(job.getId());
        assertThat(received).hasSize(3 + attempts);
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(callbackInstance).count()).isZero();
    }

    @Test
    void aPartnerAccountUsesTheReferralApiOnlyAndWithinItsRate() throws Exception {
        HttpResponse<String> engineRest = get("partner-police", "/engine-rest/engine/" + DemoCohortTest.ENGINE + "/task");
        assertThat(engineRest.statusCode()).isEqualTo(403);
        assertThat(JSON.readTree(engineRest.body()).path("type").asText()).isEqualTo("Forbidden");
        assertThat(JSON.readTree(engineRest.body()).path("message").asText()).isEqualTo("Partner system accounts may use "
                + "/api/referrals only (see /api/docs), not the engine's REST API or the webapps.");
        assertThat(get("partner-police", "/engine-rest/engine/" + DemoCohortTest.ENGINE + "/process-instance").statusCode()).isEqualTo(403);
        assertThat(post("partner-police", "{}", null, "/engine-rest/engine/" + DemoCohortTest.ENGINE + "/process-definition/key/family-case/start")
                .statusCode()).isEqualTo(403);
        assertThat(get("partner-police", "/api/reports/capacity").statusCode()).isEqualTo(403);
        for (String app : List.of("tasklist", "cockpit", "admin", "welcome")) {
            assertThat(webappLogin("partner-police", app)).as(app).isEqualTo(403);
        }
        assertThat(webappLogin("referrer", "tasklist")).isEqualTo(200);

        createPartnerAccount("partner-health");
        assertThat(put("demo", "/api/partner-accounts/partner-health", "{\"requestsPerMinute\": 2}").statusCode()).isEqualTo(200);
        assertThat(get("partner-health", "/api/referrals").statusCode()).isEqualTo(200);
        assertThat(get("partner-health", "/api/referrals").statusCode()).isEqualTo(200);
        HttpResponse<String> tooMany = get("partner-health", "/api/referrals");
        assertThat(tooMany.statusCode()).isEqualTo(429);
        assertThat(Long.parseLong(tooMany.headers().firstValue("Retry-After").orElseThrow())).isBetween(1L, 60L);
        assertThat(JSON.readTree(tooMany.body()).path("type").asText()).isEqualTo("TooManyRequests");
        // another account has its own count
        assertThat(get("partner-police", "/api/referrals").statusCode()).isEqualTo(200);
    }

    @Test
    void theOpenApiDocumentListsEveryApiEndpointForSignedInUsers() throws Exception {
        HttpResponse<String> docs = get("referrer", "/api/docs");
        assertThat(docs.statusCode()).isEqualTo(200);
        JsonNode paths = JSON.readTree(docs.body()).path("paths");
        List<String> missing = new ArrayList<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> mapping : mappings.getHandlerMethods().entrySet()) {
            if (mapping.getValue().getBeanType().getPackageName().startsWith("org.springdoc")) {
                continue;
            }
            for (String pattern : mapping.getKey().getPatternValues()) {
                if (!pattern.startsWith("/api/")) {
                    continue;
                }
                var methods = mapping.getKey().getMethodsCondition().getMethods();
                assertThat(methods).as(pattern + " names its HTTP method").isNotEmpty();
                methods.forEach(method -> {
                    if (!paths.path(pattern).has(method.name().toLowerCase())) {
                        missing.add(method + " " + pattern);
                    }
                });
            }
        }
        assertThat(missing).as("endpoints missing from /api/docs").isEmpty();
        assertThat(paths.path("/api/referrals").has("post")).isTrue();
        JsonNode referral = JSON.readTree(docs.body()).path("components").path("schemas").path("Referral");
        assertThat(referral.path("properties").has("criterionCrimeAsbEvidence")).isTrue();
        assertThat(referral.path("properties").path("householdMembers").path("items").path("properties").has("gender")).isTrue();
        assertThat(referral.path("properties").has("keyWorker")).isFalse();

        assertThat(http.send(HttpRequest.newBuilder(uri("/api/docs")).build(), HttpResponse.BodyHandlers.ofString())
                .statusCode()).isEqualTo(401);
        assertThat(get("referrer", "/api/docs/swagger-ui/index.html").statusCode()).isEqualTo(200);
    }

    /**
     * Issue 12 item 5, in real headless Chromium: the referrer fills the Tasklist start form for a family
     * that meets one criterion; Tasklist then shows, and keeps showing, that the referral was signposted
     * and why, and "My referrals" lists it with where it stands. Screenshots in target/screenshots/.
     */
    @Test
    void theReferrerSeesInTasklistThatTheReferralWasSignpostedAndWhyAndFindsItUnderMyReferrals() throws Exception {
        org.openqa.selenium.WebDriver browser = TasklistBrowser.start();
        try {
            var wait = new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(60));
            // a referrer of its own: the context's other tests refer families as "referrer" too
            createUser("referrer-160011", "referrers");
            TasklistBrowser.login(browser, wait, "http://localhost:" + port, "referrer-160011", DemoCohortTest.ENGINE);
            TasklistBrowser.startFamilyCase(browser, wait, "MK-160011", "School", "Lakes Estate", "criterionEducation");

            var outcome = wait.until(org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated(
                    org.openqa.selenium.By.id("sf-referral-outcome")));
            TasklistBrowser.screenshot(browser, "tasklist-referral-signposted");
            assertThat(outcome.getText()).contains("Referral MK-160011: Not eligible: signposted")
                    .contains("1 of the 3 national criteria (education)")
                    .contains("not shown: crime / anti-social behaviour, work");
            // it stays: no four-second toast
            Thread.sleep(5000);
            assertThat(outcome.isDisplayed()).isTrue();

            outcome.findElement(org.openqa.selenium.By.cssSelector("[data-action='my-referrals']")).click();
            wait.until(d -> "ready".equals(d.findElement(org.openqa.selenium.By.cssSelector("#sf-my-referrals [data-state]"))
                    .getAttribute("data-state")));
            TasklistBrowser.screenshot(browser, "tasklist-my-referrals");
            var row = browser.findElement(org.openqa.selenium.By.cssSelector("#sf-my-referrals tr[data-family-ref='MK-160011']"));
            assertThat(row.getText()).contains("Not eligible: signposted").contains(
                    java.time.LocalDate.now().format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));
            assertThat(browser.findElements(org.openqa.selenium.By.cssSelector("#sf-my-referrals tbody tr"))).hasSize(1);
        } finally {
            browser.quit();
        }
    }

    // ---- helpers ---------------------------------------------------------------------------------

    private void createPartnerAccount(String id) {
        createUser(id, "partner-systems");
    }

    private void createUser(String id, String group) {
        if (identity.createUserQuery().userId(id).count() == 0) {
            User user = identity.newUser(id);
            user.setFirstName("Partner");
            user.setLastName(id);
            user.setPassword("demo");
            identity.saveUser(user);
            identity.createMembership(id, group);
        }
    }

    private org.camunda.bpm.engine.runtime.ProcessInstanceQuery cases() {
        return runtime.createProcessInstanceQuery().processDefinitionKey("family-case");
    }

    private JsonNode status(String familyRef) throws Exception {
        HttpResponse<String> response = get("partner-police", "/api/referrals/" + familyRef);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private void complete(String pid, String taskKey, Map<String, Object> variables) {
        Task task = tasks.createTaskQuery().processInstanceId(pid).taskDefinitionKey(taskKey).singleResult();
        assertThat(task).as(taskKey + " is open").isNotNull();
        tasks.complete(task.getId(), Variables.fromMap(variables));
    }

    private void runJobs(String pid) {
        for (Job job : management.createJobQuery().processInstanceId(pid).executable().list()) {
            management.executeJob(job.getId());
        }
    }

    private Job callbackJob() {
        return management.createJobQuery().processDefinitionKey(CallbackVariables.PROCESS_KEY).executable()
                .orderByJobId().asc().list().get(0);
    }

    private void sendCallbacks() {
        for (Job job; (job = management.createJobQuery().processDefinitionKey(CallbackVariables.PROCESS_KEY)
                .executable().listPage(0, 1).stream().findFirst().orElse(null)) != null; ) {
            management.executeJob(job.getId());
        }
    }

    private int webappLogin(String user, String app) throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        HttpResponse<String> page = browser.send(HttpRequest.newBuilder(uri("/camunda/app/tasklist/" + DemoCohortTest.ENGINE + "/")).build(),
                HttpResponse.BodyHandlers.ofString());
        String token = page.headers().firstValue("X-XSRF-TOKEN").orElseThrow();
        return browser.send(HttpRequest.newBuilder(uri("/camunda/api/admin/auth/user/" + DemoCohortTest.ENGINE + "/login/" + app))
                .header("Content-Type", "application/x-www-form-urlencoded").header("X-XSRF-TOKEN", token)
                .POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password=demo")).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode();
    }

    HttpResponse<String> post(String user, String body, String idempotencyKey) throws IOException, InterruptedException {
        return post(user, body, idempotencyKey, "/api/referrals");
    }

    private HttpResponse<String> post(String user, String body, String idempotencyKey, String path)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Authorization", basic(user))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> put(String user, String path, String body) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri(path)).header("Authorization", basic(user))
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String user, String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri(path)).header("Authorization", basic(user)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
    }
}
