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
        JsonNode before = capacity("");
        JsonNode supportingBefore = capacity("?phase=SF_2022");
        JsonNode troubledBefore = capacity("?phase=tf-2012");
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

            // one of kw-cfp-1's families is of 2022-25, as is the family waiting: the places are every phase's
            jdbc.update("update sf_live_case set programme_phase = 'SF_2022' where family_ref in ('MK-400002', 'MK-400004')");
            JsonNode supporting = capacity("?phase=SF_2022");
            assertThat(supporting.path("phase").asText()).isEqualTo("SF_2022");
            assertThat(supporting.path("familiesWaiting").asInt()).isEqualTo(supportingBefore.path("familiesWaiting").asInt() + 1);
            JsonNode worker = supporting.path("services").get(0).path("keyWorkers").get(0);
            JsonNode workerBefore = supportingBefore.path("services").get(0).path("keyWorkers").get(0);
            assertThat(worker.path("liveFamilies").asInt()).isEqualTo(workerBefore.path("liveFamilies").asInt() + 1);
            assertThat(worker.path("freePlaces").asInt())
                    .isEqualTo(before.path("services").get(0).path("keyWorkers").get(0).path("freePlaces").asInt() - 2);
            JsonNode troubled = capacity("?phase=tf-2012");
            assertThat(troubled.path("familiesWaiting").asInt()).isEqualTo(troubledBefore.path("familiesWaiting").asInt());
            assertThat(troubled.path("services").get(0).path("liveFamilies").asInt())
                    .isEqualTo(troubledBefore.path("services").get(0).path("liveFamilies").asInt() + 1);
            assertThat(troubled.path("services").get(3).path("liveFamilies").asInt()).as("NEP")
                    .isEqualTo(troubledBefore.path("services").get(3).path("liveFamilies").asInt() + 1);
            ResponseEntity<String> bad = rest.withBasicAuth("manager", "demo").getForEntity("/api/reports/capacity?phase=SF_2099",
                    String.class);
            assertThat(bad.getStatusCode().value()).isEqualTo(400);
            assertThat(bad.getBody()).contains("phase must be one of TF_2012, TF_2015, SF_2022, OUTCOMES_ONLY");
        } finally {
            jdbc.update("delete from sf_live_case where family_ref in ('MK-400001', 'MK-400002', 'MK-400003', 'MK-400004')");
        }
    }

    private JsonNode capacity(String query) throws Exception {
        return new ObjectMapper().readTree(rest.withBasicAuth("manager", "demo")
                .getForEntity("/api/reports/capacity" + query, String.class).getBody());
    }
}
