package org.strengtheningfamilies.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.strengtheningfamilies.testing.EmbeddedPostgresDatabase;

/**
 * The packaged application as two separate processes on one PostgreSQL database (run by
 * `mvn verify` after the jar is built). Families are referred and accepted through both nodes at
 * once; both job executors compete for the support-period timers. Every timer runs once, every case
 * exists once, no key worker passes the cap. Then one node is killed (SIGKILL) under load and
 * started again: every case is still there exactly once and carries on.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoNodesIT {

    static final int FAMILIES = 40;
    static final ObjectMapper JSON = new ObjectMapper();
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    String jdbcUrl;
    Process nodeA;
    Process nodeB;
    // free ports, so that two builds on one machine do not collide
    final int portA = freePort();
    final int portB = freePort();

    static int freePort() {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @BeforeAll
    void startTwoNodes() throws Exception {
        jdbcUrl = EmbeddedPostgresDatabase.jdbcUrl("twonodes");
        nodeA = startNode(portA, "a");
        awaitHealthy(portA);
        nodeB = startNode(portB, "b"); // after A, so the demo users are created once
        awaitHealthy(portB);
    }

    @AfterAll
    void stopNodes() {
        for (Process node : new Process[] {nodeA, nodeB}) {
            if (node != null) {
                node.destroyForcibly();
            }
        }
    }

    @Test
    void twoNodesShareTheWorkWithoutDoingAnythingTwice() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<String>> refs = new ArrayList<>();
        for (int i = 0; i < FAMILIES; i++) {
            int port = i % 2 == 0 ? portA : portB;
            String ref = String.format("MK-3%05d", i);
            refs.add(pool.submit(() -> {
                JsonNode started = post(port, "referrer", "/engine-rest/process-definition/key/family-case/start", referral(ref));
                String task = firstTask(port, "panel", started.path("id").asText());
                post(port, "panel", "/engine-rest/task/" + task + "/complete", """
                        {"variables": {"panelDecision": {"value": "ACCEPT"}, "needLevel": {"value": 3},
                          "leadService": {"value": "CFP"}, "panelReason": {"value": "fits"}}}""");
                return ref;
            }));
        }
        for (Future<String> ref : refs) {
            ref.get();
        }
        // wait until the job executors of both nodes have allocated or parked every family
        awaitSql("select count(*) from ACT_RU_JOB where TYPE_ = 'message'", 0);

        try (Connection db = DriverManager.getConnection(jdbcUrl, "postgres", "postgres")) {
            assertThat(count(db, "select count(*) from ACT_RU_EXECUTION where PARENT_ID_ is null and PROC_DEF_ID_ like 'family-case:%'"))
                    .isEqualTo(FAMILIES);
            assertThat(count(db, "select count(distinct BUSINESS_KEY_) from ACT_RU_EXECUTION where PARENT_ID_ is null"))
                    .isEqualTo(FAMILIES);
            assertThat(count(db, "select coalesce(max(live_families), 0) from sf_key_worker")).isLessThanOrEqualTo(5);
            assertThat(count(db, "select count(*) from sf_live_case where key_worker is not null")).isEqualTo(15);
            assertThat(count(db, "select count(*) from ACT_RU_TASK where TASK_DEF_KEY_ = 'Task_AwaitCapacity'")).isEqualTo(FAMILIES - 15);
            assertThat(count(db, "select count(*) from ACT_RU_INCIDENT")).isZero();
        }

        // the fifteen allocated families reach intensive support with a support period already over:
        // both nodes' job executors compete for the timers, and kill node A while they run
        List<String> allocated = new ArrayList<>();
        try (Connection db = DriverManager.getConnection(jdbcUrl, "postgres", "postgres");
             ResultSet rs = db.createStatement().executeQuery("select family_ref, key_worker from sf_live_case where key_worker is not null")) {
            while (rs.next()) {
                allocated.add(rs.getString(1) + "/" + rs.getString(2));
            }
        }
        List<Future<?>> plans = new ArrayList<>();
        for (String entry : allocated) {
            String ref = entry.split("/")[0];
            String worker = entry.split("/")[1];
            plans.add(pool.submit(() -> {
                String pid = instanceOf(portB, ref);
                post(portB, worker, "/engine-rest/task/" + firstTask(portB, worker, pid) + "/complete",
                        "{\"variables\": {\"consentGiven\": {\"value\": true}, \"consentNotes\": {\"value\": \"agreed\"}}}");
                post(portB, worker, "/engine-rest/task/" + firstTask(portB, worker, pid) + "/complete", """
                        {"variables": {"tafDate": {"value": "2012-10-01"}, "tafNeeds": {"value": "school"},
                          "tafAttendees": {"type": "Json", "value": "[\\"SCHOOL\\"]"}}}""");
                post(portB, worker, "/engine-rest/task/" + firstTask(portB, worker, pid) + "/complete", """
                        {"variables": {"planSignedByAll": {"value": true}, "attachmentDate": {"value": "2012-10-03"},
                          "planActions": {"type": "Json", "value": "[{\\"action\\":\\"attend\\",\\"owner\\":\\"Lee\\",\\"dueDate\\":\\"2013-01-31\\",\\"measure\\":\\"register\\"}]"}}}""");
                return null;
            }));
        }
        for (Future<?> plan : plans) {
            plan.get();
        }
        nodeA.destroyForcibly().waitFor(); // SIGKILL in the middle of the timer work
        awaitSql("select count(*) from ACT_RU_TASK where TASK_DEF_KEY_ = 'Task_VerifyOutcomes'", 15);
        nodeA = startNode(portA, "a2");
        awaitHealthy(portA);

        try (Connection db = DriverManager.getConnection(jdbcUrl, "postgres", "postgres")) {
            assertThat(count(db, "select count(*) from ACT_HI_ACTINST where ACT_ID_ = 'IntermediateEvent_SupportPeriodEnded' "
                    + "and END_TIME_ is not null")).isEqualTo(15);
            assertThat(count(db, "select count(*) from (select PROC_INST_ID_ from ACT_HI_ACTINST where ACT_ID_ = "
                    + "'Task_VerifyOutcomes' group by PROC_INST_ID_ having count(*) > 1) twice")).isZero();
            assertThat(count(db, "select count(distinct BUSINESS_KEY_) from ACT_RU_EXECUTION where PARENT_ID_ is null"))
                    .isEqualTo(FAMILIES);
            assertThat(count(db, "select count(*) from ACT_RU_INCIDENT")).isZero();
        }
        // the restarted node serves the cases
        assertThat(instanceOf(portA, allocated.get(0).split("/")[0])).isNotBlank();
        pool.shutdownNow();
    }

    // ---- helpers ---------------------------------------------------------------------------

    private Process startNode(int port, String name) throws Exception {
        File jar = Files.list(Path.of("target")).map(Path::toFile)
                .filter(f -> f.getName().matches("strengthening-families-.*\\.jar")).findFirst()
                .orElseThrow(() -> new IllegalStateException("run `mvn verify`: the packaged jar is needed"));
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-jar", jar.getAbsolutePath(), "--spring.profiles.active=postgres", "--server.port=" + port,
                "--sf.demo.users=true", "--camunda.bpm.job-execution.wait-time-in-millis=200",
                "--camunda.bpm.job-execution.max-wait=1000");
        builder.environment().put("SF_DB_URL", jdbcUrl);
        builder.environment().put("SF_DB_USER", "postgres");
        builder.environment().put("SF_DB_PASSWORD", "postgres");
        builder.environment().put("SF_TLS", "false");
        builder.redirectErrorStream(true).redirectOutput(new File("target/node-" + name + ".log"));
        return builder.start();
    }

    private void awaitHealthy(int port) throws Exception {
        long until = System.currentTimeMillis() + 120_000;
        while (System.currentTimeMillis() < until) {
            try {
                HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + "/actuator/health/readiness")).build(), HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200) {
                    return;
                }
            } catch (java.io.IOException notYet) {
                // still starting
            }
            Thread.sleep(500);
        }
        throw new AssertionError("node on port " + port + " did not become ready (see target/node-*.log)");
    }

    private void awaitSql(String sql, int expected) throws Exception {
        long until = System.currentTimeMillis() + 120_000;
        int last = -1;
        while (System.currentTimeMillis() < until) {
            try (Connection db = DriverManager.getConnection(jdbcUrl, "postgres", "postgres")) {
                last = count(db, sql);
                if (last == expected) {
                    return;
                }
            }
            Thread.sleep(300);
        }
        throw new AssertionError(sql + " stayed at " + last + ", expected " + expected);
    }

    private static int count(Connection db, String sql) throws Exception {
        try (ResultSet rs = db.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static String referral(String ref) {
        return """
                {"variables": {"familyRef": {"value": "%s"}, "referringAgency": {"value": "SCHOOL"},
                  "district": {"value": "Netherfield"}, "criterionCrimeAsb": {"value": true},
                  "criterionEducation": {"value": true}, "criterionWork": {"value": true},
                  "householdMembers": {"type": "Json", "value": "[{\\"name\\":\\"Jo\\",\\"dateOfBirth\\":\\"1980-01-01\\",\\"gender\\":\\"FEMALE\\",\\"role\\":\\"ADULT\\"}]"}}}"""
                .formatted(ref);
    }

    private String instanceOf(int port, String ref) throws Exception {
        return get(port, "coordinator", "/engine-rest/process-instance?businessKey=" + ref).get(0).path("id").asText();
    }

    private String firstTask(int port, String user, String processInstanceId) throws Exception {
        long until = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < until) {
            JsonNode tasks = get(port, user, "/engine-rest/task?processInstanceId=" + processInstanceId);
            if (!tasks.isEmpty()) {
                return tasks.get(0).path("id").asText();
            }
            Thread.sleep(200);
        }
        throw new AssertionError(user + " never saw a task of " + processInstanceId);
    }

    private JsonNode get(int port, String user, String path) throws Exception {
        HttpResponse<String> response = http.send(request(port, user, path).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path + " " + response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private JsonNode post(int port, String user, String path, String body) throws Exception {
        HttpResponse<String> response = http.send(request(port, user, path)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path + " " + response.body()).isIn(200, 204);
        return response.body().isEmpty() ? JSON.createObjectNode() : JSON.readTree(response.body());
    }

    private HttpRequest.Builder request(int port, String user, String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
    }
}
