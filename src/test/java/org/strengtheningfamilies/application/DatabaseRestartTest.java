package org.strengtheningfamilies.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.strengtheningfamilies.testing.ApplicationNode;
import org.strengtheningfamilies.testing.FamilyDriver;
import org.strengtheningfamilies.testing.FamilyDriver.Stage;
import org.strengtheningfamilies.testing.RestSession;

/**
 * PostgreSQL stopped and started again under the running application (job executor on): while it is
 * away the application says so (readiness DOWN, requests refused, not hung); once it is back the
 * connection pool and the job executor recover by themselves, with nothing lost.
 */
// its database is stopped and started again by the test: the context is closed after it rather than kept
// for others, and its job executor (on, here) stops polling
@DirtiesContext
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "camunda.bpm.process-engine-name=" + DatabaseRestartTest.ENGINE,
        "camunda.bpm.webapp.enabled=false", // only @DemoCohortTest's context has the webapps
        // the process application registers under its name beside the "default" context's one
        "camunda.bpm.generate-unique-process-application-name=true",
        "sf.demo.users=true", "camunda.bpm.job-execution.enabled=true",
        "camunda.bpm.job-execution.wait-time-in-millis=200", "camunda.bpm.job-execution.max-wait=1000",
        // fail fast while the database is away, rather than holding a request for the default 30 s
        "spring.datasource.hikari.connection-timeout=3000", "SF_TLS=false"})
@ActiveProfiles("postgres")
class DatabaseRestartTest {

    static final String ENGINE = "databaseRestart";

    static final int PORT = ApplicationNode.freePort();
    static final Path DATA;
    static EmbeddedPostgres postgres;

    static {
        try {
            DATA = Files.createTempDirectory("sf-pg-restart");
            postgres = server();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The same port and data directory each time, as a restarted database server would have. Stopped
     * by its own shutdown hook when the JVM exits, after the application context that uses it.
     */
    static EmbeddedPostgres server() throws IOException {
        return EmbeddedPostgres.builder().setPort(PORT).setDataDirectory(DATA).setCleanDataDirectory(false).start();
    }

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        registry.add("SF_DB_URL", () -> postgres.getJdbcUrl("postgres", "postgres"));
        registry.add("SF_DB_USER", () -> "postgres");
        registry.add("SF_DB_PASSWORD", () -> "postgres");
    }

    @LocalServerPort int port;

    @Test
    void theApplicationRecoversByItselfWhenPostgresComesBack() throws Exception {
        RestSession rest = new RestSession(port, ENGINE);
        FamilyDriver driver = new FamilyDriver(rest);
        driver.advance("MK-500001", Stage.ALLOCATED, "2012-10-03", Duration.ofMinutes(1));

        postgres.close();
        assertThat(readiness(rest)).as("readiness while PostgreSQL is down").isEqualTo(503);
        HttpResponse<String> refused = rest.send("POST", "referrer", "/engine-rest/process-definition/key/family-case/start",
                FamilyDriver.referral("MK-500002"));
        assertThat(refused.statusCode()).as("a referral while PostgreSQL is down").isGreaterThanOrEqualTo(500);

        postgres = server();
        long until = System.currentTimeMillis() + 60_000;
        while (readiness(rest) != 200 && System.currentTimeMillis() < until) {
            Thread.sleep(500);
        }
        assertThat(readiness(rest)).as("readiness after PostgreSQL is back").isEqualTo(200);

        // the refused referral was not half-written: it can be made now, and the job executor allocates it
        driver.advance("MK-500002", Stage.ALLOCATED, "2012-10-03", Duration.ofMinutes(1));
        // the case from before the outage goes on to the end
        driver.advance("MK-500001", Stage.CLAIMED, "2012-10-03", Duration.ofMinutes(2));
        assertThat(rest.get("demo", "/engine-rest/process-instance/count?businessKey=MK-500002").path("count").asInt()).isEqualTo(1);
        assertThat(rest.get("demo", "/engine-rest/incident/count").path("count").asInt()).isZero();
    }

    private static int readiness(RestSession rest) throws InterruptedException {
        try {
            return rest.send("GET", "demo", "/actuator/health/readiness", null).statusCode();
        } catch (IOException e) {
            return -1;
        }
    }
}
