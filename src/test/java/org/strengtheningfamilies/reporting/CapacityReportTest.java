package org.strengtheningfamilies.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.strengtheningfamilies.testing.ApplicationTest;

/** Key-worker capacity against the cap, from the live caseload, for management only. */
@ApplicationTest
class CapacityReportTest {

    @Autowired TestRestTemplate rest;
    @Autowired JdbcTemplate jdbc;

    @Test
    void liveFamiliesPerKeyWorkerAgainstTheCapAndFamiliesWaiting() throws Exception {
        // the application tests share one database: the report is compared with itself before these cases
        JsonNode before = capacity();
        jdbc.update("insert into sf_live_case (family_ref, process_instance_id, key_worker, lead_service, referred_at) "
                + "values ('MK-400001', 'p1', 'kw-cfp-1', 'CFP', current_timestamp), "
                + "('MK-400002', 'p2', 'kw-cfp-1', 'CFP', current_timestamp), "
                + "('MK-400003', 'p3', 'kw-nep-1', 'NEP', current_timestamp)");
        jdbc.update("insert into sf_live_case (family_ref, process_instance_id, lead_service, awaiting_capacity_since, referred_at) "
                + "values ('MK-400004', 'p4', 'CSC', current_timestamp, current_timestamp)");
        try {
            ResponseEntity<String> response = rest.withBasicAuth("manager", "demo").getForEntity("/api/reports/capacity", String.class);
            assertThat(response.getStatusCode().value()).isEqualTo(200);
            JsonNode report = new ObjectMapper().readTree(response.getBody());
            assertThat(report.path("cap").asInt()).isEqualTo(5);
            assertThat(report.path("familiesWaiting").asInt()).isEqualTo(before.path("familiesWaiting").asInt() + 1);
            JsonNode cfp = report.path("services").get(0);
            assertThat(cfp.path("leadService").asText()).isEqualTo("CFP");
            assertThat(cfp.path("places").asInt()).isEqualTo(15);
            assertThat(cfp.path("liveFamilies").asInt()).isEqualTo(before.path("services").get(0).path("liveFamilies").asInt() + 2);
            assertThat(cfp.path("keyWorkers").get(0).path("keyWorker").asText()).isEqualTo("kw-cfp-1");
            assertThat(cfp.path("keyWorkers").get(0).path("freePlaces").asInt())
                    .isEqualTo(before.path("services").get(0).path("keyWorkers").get(0).path("freePlaces").asInt() - 2);
            assertThat(report.path("services").get(1).path("familiesWaiting").asInt())
                    .isEqualTo(before.path("services").get(1).path("familiesWaiting").asInt() + 1);
            assertThat(response.getBody()).doesNotContain("MK-4000");

            assertThat(rest.withBasicAuth("kw-cfp-1", "demo").getForEntity("/api/reports/capacity", String.class)
                    .getStatusCode().value()).isEqualTo(403);
        } finally {
            jdbc.update("delete from sf_live_case where family_ref in ('MK-400001', 'MK-400002', 'MK-400003', 'MK-400004')");
        }
    }

    private JsonNode capacity() throws Exception {
        return new ObjectMapper().readTree(rest.withBasicAuth("manager", "demo")
                .getForEntity("/api/reports/capacity", String.class).getBody());
    }
}
