package org.strengtheningfamilies.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.strengtheningfamilies.testing.ApplicationTest;

/** The funding report over HTTP: the report's own Table 4 to the pound, other inputs, and refusals. */
@ApplicationTest
class FundingReportTest {

    @Autowired TestRestTemplate rest;

    @Test
    void theDefaultsReproduceTable4AndAppendix4ToThePound() throws Exception {
        JsonNode report = get("manager", "/api/reports/funding?actuals=141,212,72&model=REPORT");
        assertThat(report.path("years")).hasSize(3);
        assertYear(report.path("years").get(0), 141, 118, 708_000, 472_000, 377_600, 94_400);
        assertYear(report.path("years").get(1), 212, 177, 1_062_000, 708_000, 566_400, 141_600);
        assertYear(report.path("years").get(2), 72, 59, 354_000, 236_000, 188_800, 47_200);
        assertYear(report.path("totals"), 425, 354, 2_124_000, 1_416_000, 1_132_800, 283_200);
    }

    @Test
    void theNationalPresetShiftsTheUpfrontShareYearByYear() throws Exception {
        JsonNode report = get("coordinator", "/api/reports/funding?actuals=141,212,72&model=NATIONAL");
        assertYear(report.path("years").get(1), 212, 177, 1_062_000, 708_000, 424_800, 283_200);
        assertYear(report.path("years").get(2), 72, 59, 354_000, 236_000, 94_400, 141_600);
    }

    @Test
    void otherInputsAreComputedTheSameWay() throws Exception {
        // 150 × 4/5 = 120 indicative; year 1 = round(100 × 4/5) = 80, the last year takes the rest (40)
        JsonNode report = get("manager", "/api/reports/funding?actuals=100,50&deadweight=1/5");
        assertYear(report.path("years").get(0), 100, 80, 480_000, 320_000, 256_000, 64_000);
        assertYear(report.path("years").get(1), 50, 40, 240_000, 160_000, 128_000, 32_000);
        assertYear(report.path("totals"), 150, 120, 720_000, 480_000, 384_000, 96_000);
    }

    @Test
    void csvHasAHeaderARowPerYearAndTotals() {
        ResponseEntity<String> csv = rest.withBasicAuth("manager", "demo")
                .getForEntity("/api/reports/funding?actuals=141,212,72&format=csv", String.class);
        assertThat(csv.getHeaders().getContentType().toString()).startsWith("text/csv");
        assertThat(csv.getBody().lines()).containsExactly(
                "year,actualFamilies,indicativeFamilies,councilContribution,departmentContribution,upfrontFee,resultsInArrears",
                "1,141,118,708000,472000,377600,94400",
                "2,212,177,1062000,708000,566400,141600",
                "3,72,59,354000,236000,188800,47200",
                "total,425,354,2124000,1416000,1132800,283200");
    }

    @Test
    void badParametersAreRefusedWith400NamingTheProblem() {
        assertBadRequest("/api/reports/funding?actuals=141,x", "actuals");
        assertBadRequest("/api/reports/funding?deadweight=one-sixth", "deadweight");
        assertBadRequest("/api/reports/funding?model=LOCAL", "LOCAL");
        assertBadRequest("/api/reports/funding?actuals=1,2,3,4&model=NATIONAL", "upfront");
        assertBadRequest("/api/reports/funding?actuals=-5,10", "actuals must be from 0");
    }

    @Test
    void troubledFamilies2015ForecastsTheAttachmentFeeForFamiliesCommittedAndEightHundredPerExpectedSuccess() throws Exception {
        JsonNode report = get("manager", "/api/reports/funding?phase=TF_2015&committed=100,120,130,110,90&successRate=60");
        assertThat(report.path("phase").asText()).isEqualTo("TF_2015");
        assertThat(report.path("parameters").path("attachmentFee").decimalValue()).isEqualByComparingTo("1000");
        assertThat(report.path("parameters").path("claimAmount").decimalValue()).isEqualByComparingTo("800");
        assertThat(report.path("parameters").path("expectedSuccesses").toString()).isEqualTo("[60,72,78,66,54]");
        JsonNode first = report.path("years").get(0);
        assertThat(first.path("from").asText()).isEqualTo("2015-04-01");
        assertThat(first.path("attachmentFees").decimalValue()).isEqualByComparingTo("100000");
        assertThat(first.path("resultsPayments").decimalValue()).isEqualByComparingTo("48000");
        // £1,000 × 550 committed + £800 × 330 expected successes
        assertThat(report.path("totals").path("familiesCommitted").asInt()).isEqualTo(550);
        assertThat(report.path("totals").path("attachmentFees").decimalValue()).isEqualByComparingTo("550000");
        assertThat(report.path("totals").path("resultsPayments").decimalValue()).isEqualByComparingTo("264000");
        assertThat(report.path("totals").path("total").decimalValue()).isEqualByComparingTo("814000");
        assertThat(report.path("note").isNull()).isTrue();
    }

    @Test
    void supportingFamiliesForecastsEightHundredPerSuccessAndOutcomesOnlyNoMoney() throws Exception {
        JsonNode supporting = get("manager", "/api/reports/funding?phase=SF_2022&committed=200,250,250&successes=120,150,160");
        assertThat(supporting.path("totals").path("attachmentFees").decimalValue()).isEqualByComparingTo("0");
        assertThat(supporting.path("totals").path("total").decimalValue()).isEqualByComparingTo("344000");
        ResponseEntity<String> csv = rest.withBasicAuth("manager", "demo")
                .getForEntity("/api/reports/funding?phase=sf-2022&committed=200,250,250&successes=120,150,160&format=csv",
                        String.class);
        assertThat(csv.getBody().lines()).containsExactly(
                "year,from,to,familiesCommitted,expectedSuccesses,attachmentFees,resultsPayments,total",
                "1,2022-04-01,2023-03-31,200,120,0.00,96000.00,96000.00",
                "2,2023-04-01,2024-03-31,250,150,0.00,120000.00,120000.00",
                "3,2024-04-01,2025-03-31,250,160,0.00,128000.00,128000.00",
                "total,2022-04-01,2025-03-31,700,430,0.00,344000.00,344000.00");
        JsonNode outcomesOnly = get("coordinator", "/api/reports/funding?phase=OUTCOMES_ONLY&committed=50,60,70");
        assertThat(outcomesOnly.path("totals").path("expectedSuccesses").asInt()).isEqualTo(180);
        assertThat(outcomesOnly.path("totals").path("total").decimalValue()).isEqualByComparingTo("0");
        assertThat(outcomesOnly.path("note").asText()).contains("pays nothing per family", "funded by grant");
        // the dashboard's heading and the note's first word: the outcomes-only programme's name as a heading
        assertThat(outcomesOnly.path("title").asText()).isEqualTo("Outcomes-only programme (Earned Autonomy, Families First)");
        assertThat(outcomesOnly.path("note").asText()).startsWith("Outcomes-only programme (Earned Autonomy, Families First) pays");
    }

    @Test
    void eachPhasesForecastRefusesTheOthersParametersByName() {
        assertBadRequest("/api/reports/funding?phase=SF_2022", "committed is required: the families the council commits "
                + "to in each of the 3 years of Supporting Families 2022 to 2025, e.g. committed=100,100,100");
        assertBadRequest("/api/reports/funding?phase=SF_2022&committed=1,2,3&actuals=141,212,72&model=NATIONAL",
                "actuals, model are not parameters of the Supporting Families 2022 to 2025 forecast");
        assertBadRequest("/api/reports/funding?committed=1,2,3", "committed is not a parameter of the Troubled Families "
                + "2012 to 2015 forecast");
        assertBadRequest("/api/reports/funding?phase=TF_2015&committed=10,10", "one number for each of the phase's 5 years");
        assertBadRequest("/api/reports/funding?phase=SF_2022&committed=10,10,10&successes=1,11,1",
                "expected successes in year 2 (11) are more than the families committed (10)");
        assertBadRequest("/api/reports/funding?phase=SF_2022&committed=10,10,10&successes=1,1,1&successRate=50",
                "either successes or successRate");
        assertBadRequest("/api/reports/funding?phase=TF_2020", "phase must be one of TF_2012, TF_2015, SF_2022, OUTCOMES_ONLY");
    }

    @Test
    void onlyManagementMaySeeItAndOnlyWhenLoggedIn() {
        assertThat(rest.getForEntity("/api/reports/funding", String.class).getStatusCode().value()).isEqualTo(401);
        assertThat(rest.withBasicAuth("referrer", "demo").getForEntity("/api/reports/funding", String.class)
                .getStatusCode().value()).isEqualTo(403);
    }

    private void assertBadRequest(String path, String named) {
        ResponseEntity<String> response = rest.withBasicAuth("manager", "demo").getForEntity(path, String.class);
        assertThat(response.getStatusCode().value()).as(path).isEqualTo(400);
        assertThat(response.getBody()).as(path).contains(named);
    }

    private static void assertYear(JsonNode row, int actual, int indicative, long council, long department,
                                   long upfront, long arrears) {
        assertThat(row.path("actualFamilies").asInt()).isEqualTo(actual);
        assertThat(row.path("indicativeFamilies").asInt()).isEqualTo(indicative);
        assertThat(row.path("councilContribution").asLong()).isEqualTo(council);
        assertThat(row.path("departmentContribution").asLong()).isEqualTo(department);
        assertThat(row.path("upfrontFee").asLong()).isEqualTo(upfront);
        assertThat(row.path("resultsInArrears").asLong()).isEqualTo(arrears);
    }

    private JsonNode get(String user, String path) throws Exception {
        ResponseEntity<String> response = rest.withBasicAuth(user, "demo").getForEntity(path, String.class);
        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(200);
        return new ObjectMapper().readTree(response.getBody());
    }
}
