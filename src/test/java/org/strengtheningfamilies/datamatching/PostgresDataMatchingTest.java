package org.strengtheningfamilies.datamatching;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.strengtheningfamilies.agencydata.AgencyDataImporter;
import org.strengtheningfamilies.agencydata.AgencyDataset;
import org.strengtheningfamilies.testing.EmbeddedPostgresDatabase;
import org.strengtheningfamilies.testing.PostgresApplicationTest;

/** The README's walk-through on PostgreSQL: the example files imported, matched and judged. */
@PostgresApplicationTest
class PostgresDataMatchingTest {

    @Autowired AgencyDataImporter importer;
    @Autowired RuntimeService runtime;
    @Autowired TaskService tasks;
    @Autowired ManagementService management;
    @Autowired NamedParameterJdbcTemplate jdbc;

    void runJobs() {
        for (int round = 0; round < 1000; round++) {
            List<Job> jobs = management.createJobQuery().messages().withRetriesLeft().list();
            if (jobs.isEmpty()) {
                return;
            }
            jobs.forEach(job -> management.executeJob(job.getId()));
        }
        throw new AssertionError("jobs keep coming");
    }

    @Test
    void theExampleFilesFindTheirFamiliesOnPostgres() throws Exception {
        new AgencyDataFixture(jdbc).clear(); // the database is shared with the other PostgreSQL tests
        long familiesBefore = runtime.createProcessInstanceQuery().processDefinitionKey("family-case").count();
        for (String dataset : List.of("schools", "police", "dwp", "housing", "substance-misuse", "social-care")) {
            try (InputStream csv = Files.newInputStream(Path.of("docs/examples/agency-data", dataset + ".csv"))) {
                importer.importCsv(AgencyDataset.named(dataset).orElseThrow(), csv, dataset + ".csv", "data-team", "REST");
            }
        }
        ProcessInstance run = runtime.startProcessInstanceByKey(RunVariables.PROCESS_KEY, Map.of("runDate", "2013-09-01"));
        runJobs();
        for (Task task : tasks.createTaskQuery().processInstanceId(run.getId()).list()) {
            tasks.complete(task.getId(), Map.of("possibleMatchDecision", "SAME_PERSON"));
        }
        runJobs();
        Map<String, String> outcomes = new HashMap<>();
        jdbc.query("select h.uprn, r.outcome, r.identification_route from sf_household h"
                + " join sf_identification_result r on r.household_id = h.id", Map.of(),
                rs -> { outcomes.put(String.valueOf(rs.getString(1)), rs.getString(2) + " " + rs.getString(3)); });
        assertThat(outcomes).containsEntry("25000101234", "CASE_STARTED THREE_CRITERIA")
                .containsEntry("25000204417", "CASE_STARTED THREE_CRITERIA")
                .containsEntry("25000307712", "CASE_STARTED TWO_PLUS_LOCAL")
                .containsEntry("25000410090", "NOT_ELIGIBLE NOT_ELIGIBLE")
                .hasSize(5);
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("family-case").count() - familiesBefore)
                .isEqualTo(3);
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(run.getId()).count()).as("run ended").isZero();
    }
}
