package org.strengtheningfamilies.datamatching;

import static org.strengtheningfamilies.datamatching.DataMatchingElements.TASK_EVALUATE_HOUSEHOLDS;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.strengtheningfamilies.testing.EmbeddedPostgresDatabase;

/**
 * Not a test: figures. A generated population of {@code -Dbenchmark.households} households (default
 * 5,000) on embedded PostgreSQL, matched and judged by one identification run with the default batch
 * sizes; prints the time of each phase, records and households per second, and the cases started.
 * {@code mvn -Pbenchmarks test -Dtest=IdentificationRunBenchmark}
 */
@DirtiesContext
@SpringBootTest(properties = {"camunda.bpm.job-execution.enabled=false", "sf.imports.inbox=",
        "sf.admin.user=council-admin", "sf.admin.password=a-Long-and-unguessable-1"})
@ActiveProfiles("postgres")
class IdentificationRunBenchmark {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        registry.add("SF_DB_URL", () -> EmbeddedPostgresDatabase.jdbcUrl("runbenchmark"));
        registry.add("SF_DB_USER", () -> "postgres");
        registry.add("SF_DB_PASSWORD", () -> "postgres");
    }

    @Autowired RuntimeService runtime;
    @Autowired ManagementService management;
    @Autowired NamedParameterJdbcTemplate jdbc;

    @Test
    void identificationRun() {
        int households = Integer.getInteger("benchmark.households", 5_000);
        long t0 = System.nanoTime();
        var expected = new TestPopulation(20130901L, new AgencyDataFixture(jdbc)).generate(households);
        long rows = 0;
        for (String table : Datasets.TABLES) {
            rows += jdbc.queryForObject("select count(*) from " + table, Map.of(), Long.class);
        }
        long t1 = System.nanoTime();
        runtime.startProcessInstanceByKey(RunVariables.PROCESS_KEY, Map.of("runDate", TestPopulation.RUN_DATE));
        int matchJobs = 0;
        int evaluateJobs = 0;
        long matchedAt = 0;
        for (int round = 0; round < 1_000_000; round++) {
            List<Job> jobs = management.createJobQuery().messages().withRetriesLeft().list();
            if (jobs.isEmpty()) {
                break;
            }
            for (Job job : jobs) {
                if (TASK_EVALUATE_HOUSEHOLDS.equals(activity(job))) {
                    if (evaluateJobs++ == 0) {
                        matchedAt = System.nanoTime();
                    }
                } else {
                    matchJobs++;
                }
                management.executeJob(job.getId());
            }
        }
        long t2 = System.nanoTime();
        long cases = runtime.createProcessInstanceQuery().processDefinitionKey("family-case").count();
        long qualifying = expected.values().stream().filter(e -> e.route().name().endsWith("CRITERIA")
                || e.route().name().equals("TWO_PLUS_LOCAL")).count();
        System.out.printf("%nidentification run benchmark (PostgreSQL): %d households, %d dataset rows (generated in %.1f s)%n",
                households, rows, (t1 - t0) / 1e9);
        System.out.printf("  matching: %d jobs, %.1f s, %.0f records/s%n", matchJobs, (matchedAt - t1) / 1e9,
                rows / ((matchedAt - t1) / 1e9));
        System.out.printf("  evaluation and referral: %d jobs, %.1f s, %.0f households/s, %d cases started (%d expected)%n",
                evaluateJobs, (t2 - matchedAt) / 1e9, households / ((t2 - matchedAt) / 1e9), cases, qualifying);
        System.out.printf("  heap in use at the end: %d MB%n",
                (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) / (1024 * 1024));
    }

    private final Map<String, String> activities = new java.util.HashMap<>();

    private String activity(Job job) {
        return activities.computeIfAbsent(job.getJobDefinitionId(), id -> management.createJobDefinitionQuery()
                .jobDefinitionId(id).singleResult().getActivityId());
    }
}
