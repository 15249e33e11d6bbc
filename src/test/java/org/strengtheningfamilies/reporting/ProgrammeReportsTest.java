package org.strengtheningfamilies.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Date;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.strengtheningfamilies.demo.DemoCohort;
import org.strengtheningfamilies.readmodel.CharacteristicCounts;
import org.strengtheningfamilies.testing.FamilyCaseProcessTest;
import org.strengtheningfamilies.testing.DemoCohortTest;

/**
 * The programme reports over the demo cohort (loaded through the engine at start): the report's own
 * figures at December 2012 and March 2013, exactly as the coordinator sees them, then what managers
 * see (disclosure control), other inputs, refusals and bad parameters.
 */
@DemoCohortTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ProgrammeReportsTest {

    @Autowired TestRestTemplate rest;
    @Autowired JdbcTemplate jdbc;
    @Autowired DemoCohort cohort;
    @Autowired RuntimeService runtime;
    @Autowired TaskService tasks;
    @Autowired CharacteristicCounts counts;

    /** As the coordinator, who may read every case, sees it: exact figures. */
    private JsonNode get(String url) throws Exception {
        return get("coordinator", url);
    }

    private static java.util.List<String> phaseNames(JsonNode phases) {
        return java.util.stream.StreamSupport.stream(phases.spliterator(), false).map(p -> p.path("phase").asText()).toList();
    }

    /** The rows of a report's array that belong to the phase. */
    private static java.util.List<JsonNode> ofPhase(JsonNode rows, String phase) {
        return java.util.stream.StreamSupport.stream(rows.spliterator(), false)
                .filter(row -> row.path("phase").asText().equals(phase)).toList();
    }

    /** The phases with a case in the read model, in the phases' order (2012-15 first). */
    private java.util.List<String> phasesWithCases() {
        return jdbc.queryForList("select distinct programme_phase from sf_report_case", String.class).stream()
                .map(org.strengtheningfamilies.programme.ProgrammePhase::valueOf).sorted().map(Enum::name).toList();
    }

    private JsonNode get(String user, String url) throws Exception {
        ResponseEntity<String> response = rest.withBasicAuth(user, "demo").getForEntity(url, String.class);
        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(200);
        assertThat(response.getBody()).doesNotContain("DEMO-");
        return new ObjectMapper().readTree(response.getBody());
    }

    @Test
    @Order(1)
    void performanceAtDecember2012IsAppendix3() throws Exception {
        JsonNode report = get("/api/reports/performance?asOf=2012-12-31");
        assertThat(report.path("authority").asText()).isEqualTo("Milton Keynes");
        assertThat(report.path("targetFamilies").asInt()).isEqualTo(425);
        assertThat(report.path("identified").asInt()).isEqualTo(82);
        assertThat(report.path("identifiedPercent").decimalValue()).isEqualByComparingTo("19.3");
        assertThat(report.path("workedWith").asInt()).isEqualTo(64);
        assertThat(report.path("workedWithPercent").decimalValue()).isEqualByComparingTo("15.1");
        assertThat(report.path("rankByIdentifiedPercent").asInt()).isEqualTo(12);
        assertThat(report.path("rankByWorkedWithPercent").asInt()).isEqualTo(8);
        assertThat(report.path("authorities").asInt()).isEqualTo(12);
        assertThat(report.path("neighbours")).hasSize(11);
        JsonNode bury = report.path("neighbours").get(7);
        assertThat(bury.path("authority").asText()).isEqualTo("Bury");
        assertThat(bury.path("workedWithPercent").decimalValue()).isEqualByComparingTo("74.5");
        assertThat(bury.path("rankByWorkedWithPercent").asInt()).isEqualTo(1);
    }

    @Test
    @Order(2)
    void performanceAtMarch2013() throws Exception {
        JsonNode report = get("/api/reports/performance?asOf=2013-03-31");
        assertThat(report.path("identified").asInt()).isEqualTo(123);
        assertThat(report.path("workedWith").asInt()).isEqualTo(95);
        assertThat(report.path("identifiedPercent").decimalValue()).isEqualByComparingTo("28.9");
        assertThat(report.path("workedWithPercent").decimalValue()).isEqualByComparingTo("22.4");
        // before anything was published the neighbours are listed without figures and not ranked
        JsonNode early = get("/api/reports/performance?asOf=2012-09-30");
        assertThat(early.path("authorities").asInt()).isEqualTo(1);
        assertThat(early.path("neighbours").get(0).path("figuresAsOf").isNull()).isTrue();
        assertThat(early.path("neighbours").get(0).path("identifiedPercent").isNull()).isTrue();
        assertThat(early.path("rankByIdentifiedPercent").asInt()).isEqualTo(1);
    }

    @Test
    @Order(3)
    void activityAtDecember2012IsTable2() throws Exception {
        JsonNode report = get("/api/reports/activity?asOf=2012-12-31");
        assertThat(row(report, "CFP").path("total").asInt()).isEqualTo(35);
        assertThat(row(report, "CFP").path("level2").asInt()).isEqualTo(12);
        assertThat(row(report, "CFP").path("level3").asInt()).isEqualTo(15);
        assertThat(row(report, "CFP").path("level4").asInt()).isEqualTo(8);
        assertThat(row(report, "CFP").path("leadServiceName").asText()).isEqualTo("Children and Family Practices");
        assertThat(row(report, "CSC").path("level4").asInt()).isEqualTo(14);
        assertThat(row(report, "YOT").path("total").asInt()).isEqualTo(5);
        assertThat(row(report, "NEP").path("level2").asInt()).isEqualTo(10);
        assertThat(row(report, "FIP").path("total").asInt()).isZero();
        assertThat(report.path("noFurtherAction").asInt()).isEqualTo(18);
        assertThat(report.path("previouslyWorkedWith").asInt()).isZero();
        assertThat(report.path("total").asInt()).isEqualTo(82);

        JsonNode march = get("/api/reports/activity?asOf=2013-03-31");
        assertThat(row(march, "CFP").path("total").asInt()).isEqualTo(41);
        assertThat(row(march, "CSC").path("total").asInt()).isEqualTo(20);
        assertThat(row(march, "YOT").path("total").asInt()).isEqualTo(5);
        assertThat(march.path("noFurtherAction").asInt()).isEqualTo(28);
        assertThat(march.path("previouslyWorkedWith").asInt()).isEqualTo(19);
        assertThat(march.path("total").asInt()).isEqualTo(123);

        assertThat(get("/api/reports/activity?asOf=2012-06-01").path("total").asInt()).isZero();
    }

    @Test
    @Order(4)
    void targetsAreTable1() throws Exception {
        // Table 1 is 2012-15's: other test classes of the shared context refer families under later phases,
        // whose targets (none set) would leave the totals of every phase without a target
        JsonNode march = get("/api/reports/targets?asOf=2013-03-31&phase=TF_2012");
        JsonNode year1 = march.path("years").get(0);
        assertThat(year1.path("from").asText()).isEqualTo("2012-04-01");
        assertThat(year1.path("to").asText()).isEqualTo("2013-03-31");
        assertThat(year1.path("targetFamilies").asInt()).isEqualTo(141);
        assertThat(year1.path("indicativeFamilies").asInt()).isEqualTo(118);
        assertThat(year1.path("identified").asInt()).isEqualTo(123);
        assertThat(year1.path("workedWith").asInt()).isEqualTo(95);
        // ten families attached in 2012, and the retrospective families once referred
        assertThat(year1.path("attached").asInt()).isEqualTo(29);
        assertThat(year1.path("turnedAround").asInt()).isZero();
        assertThat(march.path("years").get(2).path("indicativeFamilies").asInt()).isEqualTo(59);
        assertThat(march.path("totals").path("targetFamilies").asInt()).isEqualTo(425);
        assertThat(march.path("totals").path("indicativeFamilies").asInt()).isEqualTo(354);
        assertThat(march.path("totals").path("identified").asInt()).isEqualTo(123);

        JsonNode december = get("/api/reports/targets?asOf=2012-12-31");
        assertThat(december.path("years").get(0).path("identified").asInt()).isEqualTo(82);
        assertThat(december.path("years").get(0).path("workedWith").asInt()).isEqualTo(64);
        assertThat(december.path("years").get(0).path("attached").asInt()).isEqualTo(10);
        JsonNode april = get("/api/reports/targets?asOf=2013-04-30");
        assertThat(april.path("years").get(0).path("turnedAround").asInt()).isEqualTo(5);
        assertThat(april.path("years").get(1).path("identified").asInt()).isZero();
    }

    @Test
    @Order(5)
    void characteristicsArePercentagesOfIdentifiedYoungPeople() throws Exception {
        JsonNode report = get("/api/reports/characteristics?asOf=2012-12-31");
        long people = jdbc.queryForObject("select count(*) from sf_report_young_person where identified_on <= '2012-12-31'",
                Long.class);
        assertThat(report.path("youngPeople").asLong()).isEqualTo(people).isPositive();
        JsonNode gender = report.path("sections").get(0);
        assertThat(gender.path("rows").get(0).path("label").asText()).isEqualTo("Male");
        long male = gender.path("rows").get(0).path("count").asLong();
        long female = gender.path("rows").get(1).path("count").asLong();
        assertThat(male + female).isEqualTo(people);
        assertThat(gender.path("rows").get(0).path("percent").decimalValue())
                .isEqualByComparingTo(Percentages.percent(male, people));
        assertThat(report.path("sections")).extracting(s -> s.path("name").asText()).contains(
                "Young people, by route", "Young people, by ethnicity", "Young people, by district", "Presenting issues, top 10");
        JsonNode issues = report.path("sections").get(8).path("rows");
        assertThat(issues).hasSize(11);
        assertThat(issues.get(10).path("label").asText()).isEqualTo("All others");
    }

    @Test
    @Order(5)
    void monthlyCountsKeptAsFamiliesAreIdentifiedAgreeWithARecount() {
        String rows = "select month_start, characteristic, char_value, people from sf_report_characteristic_month "
                + "where people <> 0 order by month_start, characteristic, char_value";
        var kept = jdbc.queryForList(rows);
        assertThat(kept).isNotEmpty();
        counts.rebuild();
        assertThat(jdbc.queryForList(rows)).isEqualTo(kept);
    }

    @Test
    @Order(6)
    void claimsByYearAndResultAsAtADate() throws Exception {
        // the cohort's own claims (April 2013) are counted too: compare with the figures before
        JsonNode juneBefore = get("/api/reports/claims?asOf=2013-06-29");
        JsonNode julyBefore = get("/api/reports/claims?asOf=2013-07-01");
        JsonNode aprilBefore = get("/api/reports/claims?asOf=2013-04-09");
        claim("c1", 1, "APPROVED", "2013-04-10T10:00", "2013-04-12T10:00", null, 70_000, 10_000);
        claim("c2", 1, "APPROVED", "2013-05-01T10:00", "2013-05-02T10:00", "2013-06-30T09:00", 70_000, 0);
        claim("c3", 1, "REJECTED", "2013-05-03T10:00", "2013-05-04T10:00", null, 70_000, 0);
        claim("c4", 2, "PENDING_AUDIT", "2013-06-01T10:00", null, null, 0, 10_000);

        JsonNode june = get("/api/reports/claims?asOf=2013-06-29");
        assertThat(added(june, juneBefore, 1, "CRIME_ASB_EDUCATION", "made")).isEqualByComparingTo("3");
        assertThat(added(june, juneBefore, 1, "CRIME_ASB_EDUCATION", "approved")).isEqualByComparingTo("2");
        assertThat(added(june, juneBefore, 1, "CRIME_ASB_EDUCATION", "rejected")).isEqualByComparingTo("1");
        assertThat(added(june, juneBefore, 1, "CRIME_ASB_EDUCATION", "submitted")).isEqualByComparingTo("0");
        assertThat(added(june, juneBefore, 1, "CRIME_ASB_EDUCATION", "outstanding")).isEqualByComparingTo("2");
        assertThat(added(june, juneBefore, 1, "CRIME_ASB_EDUCATION", "madeAmount")).isEqualByComparingTo("2100.00");
        assertThat(added(june, juneBefore, 1, "CRIME_ASB_EDUCATION", "outstandingAmount")).isEqualByComparingTo("1400.00");
        assertThat(rest.withBasicAuth("manager", "demo").getForEntity("/api/reports/claims?asOf=2013-06-29", String.class)
                .getBody()).contains("\"outstandingAmount\":");
        assertThat(june.path("totals").path("made").asInt() - juneBefore.path("totals").path("made").asInt()).isEqualTo(5);
        assertThat(june.path("totals").path("madeAmount").decimalValue()
                .subtract(juneBefore.path("totals").path("madeAmount").decimalValue())).isEqualByComparingTo("2300.00");

        JsonNode july = get("/api/reports/claims?asOf=2013-07-01");
        assertThat(added(july, julyBefore, 1, "CRIME_ASB_EDUCATION", "submitted")).isEqualByComparingTo("1");
        assertThat(added(july, julyBefore, 1, "CRIME_ASB_EDUCATION", "outstanding")).isEqualByComparingTo("1");
        assertThat(july.path("totals").path("submittedAmount").decimalValue()
                .subtract(julyBefore.path("totals").path("submittedAmount").decimalValue())).isEqualByComparingTo("700.00");

        // nothing of them before they were made
        assertThat(get("/api/reports/claims?asOf=2013-04-09")).isEqualTo(aprilBefore);
    }

    /** How much a report's figure grew between two answers (a missing row counts as zero). */
    private static java.math.BigDecimal added(JsonNode after, JsonNode before, int year, String resultType, String field) {
        return figure(after, year, resultType, field).subtract(figure(before, year, resultType, field));
    }

    private static java.math.BigDecimal figure(JsonNode report, int year, String resultType, String field) {
        for (JsonNode row : report.path("rows")) {
            if (row.path("programmeYear").asInt() == year && resultType.equals(row.path("resultType").asText())) {
                return row.path(field).decimalValue();
            }
        }
        return java.math.BigDecimal.ZERO;
    }

    private void claim(String id, int year, String status, String created, String audited, String submitted,
                       long crimePence, long workPence) {
        jdbc.update("insert into sf_claim (claim_id, family_ref, process_instance_id, programme_year, amount_pence, "
                        + "status, created_at, audited_at, submitted_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                id, "MK-9" + id.substring(1), "p-" + id, year, crimePence + workPence, status, ts(created), ts(audited),
                ts(submitted));
        if (crimePence > 0) {
            jdbc.update("insert into sf_claim_line values (?, 'CRIME_ASB_EDUCATION', ?)", id, crimePence);
        }
        if (workPence > 0) {
            jdbc.update("insert into sf_claim_line values (?, 'PROGRESS_TO_WORK', ?)", id, workPence);
        }
    }

    private static Timestamp ts(String text) {
        return text == null ? null : Timestamp.valueOf(LocalDateTime.parse(text));
    }

    @Test
    @Order(7)
    void aCaseDecidedLaterCountsInItsOwnYearAndLeadService() throws Exception {
        try {
            ClockUtil.setCurrentTime(Date.from(LocalDate.of(2013, 5, 1).atTime(12, 0)
                    .atZone(java.time.ZoneId.systemDefault()).toInstant()));
            ProcessInstance pi = runtime.startProcessInstanceByKey("family-case",
                    FamilyCaseProcessTest.referral("MK-770001"));
            ClockUtil.setCurrentTime(Date.from(LocalDate.of(2013, 5, 9).atTime(12, 0)
                    .atZone(java.time.ZoneId.systemDefault()).toInstant()));
            tasks.complete(tasks.createTaskQuery().processInstanceId(pi.getId()).singleResult().getId(),
                    FamilyCaseProcessTest.accept(4, "CSC"));
        } finally {
            ClockUtil.reset();
        }
        assertThat(row(get("/api/reports/activity?asOf=2013-05-08"), "CSC").path("total").asInt()).isEqualTo(20);
        assertThat(row(get("/api/reports/activity?asOf=2013-05-09"), "CSC").path("total").asInt()).isEqualTo(21);
        JsonNode targets = get("/api/reports/targets?asOf=2013-05-09");
        assertThat(targets.path("years").get(1).path("identified").asInt()).isEqualTo(1);
        assertThat(targets.path("years").get(1).path("workedWith").asInt()).isEqualTo(1);
        assertThat(targets.path("totals").path("identified").asInt()).isEqualTo(124);
        assertThat(get("/api/reports/performance?asOf=2013-05-09").path("identified").asInt()).isEqualTo(124);
        assertThat(get("/api/reports/performance?asOf=2012-12-31").path("identified").asInt()).isEqualTo(82);
    }

    @Test
    @Order(8)
    void aSteppedUpFamilyCountsUnderItsEarlierLeadServiceBeforeTheStepUp() throws Exception {
        jdbc.update("insert into sf_report_case (process_instance_id, family_ref, referred_on, retrospective, "
                + "identified_on, lead_service, need_level, lead_service_since, previous_lead_service, previous_need_level) "
                + "values ('p-stepped', 'MK-770002', date '2013-06-01', false, date '2013-06-10', 'CSC', 4, "
                + "date '2013-08-01', 'YOT', 3)");
        assertThat(row(get("/api/reports/activity?asOf=2013-06-09"), "YOT").path("level3").asInt()).isEqualTo(2);
        assertThat(row(get("/api/reports/activity?asOf=2013-07-31"), "YOT").path("level3").asInt()).isEqualTo(3);
        assertThat(row(get("/api/reports/activity?asOf=2013-07-31"), "CSC").path("level4").asInt()).isEqualTo(21);
        assertThat(row(get("/api/reports/activity?asOf=2013-08-01"), "YOT").path("level3").asInt()).isEqualTo(2);
        assertThat(row(get("/api/reports/activity?asOf=2013-08-01"), "CSC").path("level4").asInt()).isEqualTo(22);
        jdbc.update("delete from sf_report_case where process_instance_id = 'p-stepped'");
    }

    @Test
    @Order(9)
    void theCohortIsLoadedOnce() {
        long cases = jdbc.queryForObject("select count(*) from sf_report_case", Long.class);
        cohort.loadOnce();
        assertThat(jdbc.queryForObject("select count(*) from sf_report_case", Long.class)).isEqualTo(cases);
        assertThat(jdbc.queryForObject("select count(*) from sf_report_case where family_ref like 'DEMO-%'", Long.class))
                .isEqualTo(123);
        assertThat(cohort.loaded()).isTrue();
    }

    @Test
    @Order(3)
    void managersSeeTheTablesUnderDisclosureControl() throws Exception {
        JsonNode december = get("manager", "/api/reports/activity?asOf=2012-12-31");
        assertThat(december.path("disclosureControl").path("applied").asBoolean()).isTrue();
        assertThat(december.path("disclosureControl").path("minimumCell").asInt()).isEqualTo(5);
        assertThat(row(december, "CFP").path("total").asInt()).isEqualTo(35);
        assertThat(row(december, "CFP").path("level4").asInt()).isEqualTo(8);
        // YOT's 5 families are at levels 2, 2 and 1: each is a small figure, the total is not
        assertThat(row(december, "YOT").path("total").asInt()).isEqualTo(5);
        assertThat(row(december, "YOT").path("level2").isNull()).isTrue();
        assertThat(row(december, "YOT").path("level4").isNull()).isTrue();
        assertThat(december.path("total").asInt()).isEqualTo(82);
        // a day in between shows the figures of the last release date, the month's end before it
        JsonNode midMonth = get("manager", "/api/reports/targets?asOf=2013-01-17");
        assertThat(midMonth.path("disclosureControl").path("figuresAsOf").asText()).isEqualTo("2012-12-31");
        assertThat(midMonth.path("totals").path("identified").asInt()).isEqualTo(82);
        JsonNode performance = get("manager", "/api/reports/performance?asOf=2012-12-31");
        assertThat(performance.path("identified").asInt()).isEqualTo(82);
        assertThat(performance.path("rankByWorkedWithPercent").asInt()).isEqualTo(8);
        assertThat(get("coordinator", "/api/reports/activity?asOf=2012-12-31").path("disclosureControl")
                .path("applied").asBoolean()).isFalse();
    }

    /**
     * Every report covers the council's phases that have a case, each case under its own: 2012-15's, and
     * whichever later phase another test class of the shared context referred a family under (surefire's
     * order decides which ran first); one phase's report is that phase's part of the whole.
     */
    @Test
    @Order(4)
    void aReportOfOnePhaseOrOfEveryPhase() throws Exception {
        JsonNode all = get("/api/reports/targets?asOf=2013-03-31");
        assertThat(all.path("phase").isNull()).isTrue();
        assertThat(phaseNames(all.path("phases"))).containsExactlyElementsOf(phasesWithCases());
        assertThat(all.path("phases").get(0).path("title").asText()).isEqualTo("Troubled Families 2012 to 2015");
        JsonNode troubled = get("/api/reports/targets?asOf=2013-03-31&phase=TF_2012");
        assertThat(phaseNames(troubled.path("phases"))).containsExactly("TF_2012");
        assertThat(troubled.path("years")).containsExactlyElementsOf(ofPhase(all.path("years"), "TF_2012"));
        assertThat(troubled.path("totals")).isEqualTo(ofPhase(all.path("phaseTotals"), "TF_2012").get(0));
        JsonNode supporting = get("/api/reports/targets?asOf=2013-03-31&phase=sf-2022");
        assertThat(supporting.path("phase").asText()).isEqualTo("SF_2022");
        assertThat(supporting.path("years")).hasSize(3);
        assertThat(supporting.path("years").get(0).path("from").asText()).isEqualTo("2022-04-01");
        assertThat(supporting.path("years").get(0).path("targetFamilies").isNull()).as("none set").isTrue();
        assertThat(supporting.path("totals").path("identified").asInt()).isZero();
        assertThat(get("/api/reports/activity?asOf=2012-12-31&phase=TF_2012").path("total").asInt()).isEqualTo(82);
        assertThat(get("/api/reports/activity?asOf=2012-12-31&phase=TF_2015").path("total").asInt()).isZero();
        assertThat(get("/api/reports/claims?asOf=2014-03-31&phase=TF_2012").path("rows"))
                .allMatch(row -> row.path("phase").asText().equals("TF_2012")).isNotEmpty();
        assertThat(get("/api/reports/claims?asOf=2014-03-31&phase=SF_2022").path("rows")).isEmpty();
        assertThat(get("/api/reports/characteristics?asOf=2012-12-31&phase=TF_2012").path("youngPeople"))
                .isEqualTo(get("/api/reports/characteristics?asOf=2012-12-31").path("youngPeople"));

        for (String report : new String[] {"targets", "activity", "characteristics", "claims", "outcomes"}) {
            ResponseEntity<String> bad = rest.withBasicAuth("manager", "demo")
                    .getForEntity("/api/reports/" + report + "?phase=SF_2023", String.class);
            assertThat(bad.getStatusCode().value()).as(report).isEqualTo(400);
            assertThat(bad.getBody()).contains("phase must be one of TF_2012, TF_2015, SF_2022, OUTCOMES_ONLY");
        }
        ResponseEntity<String> performance = rest.withBasicAuth("manager", "demo")
                .getForEntity("/api/reports/performance?asOf=2012-12-31&phase=SF_2022", String.class);
        assertThat(performance.getStatusCode().value()).isEqualTo(400);
        assertThat(performance.getBody()).contains("statistical neighbours");
        assertThat(get("/api/reports/performance?asOf=2012-12-31&phase=TF_2012").path("identified").asInt()).isEqualTo(82);
    }

    /** The demo cohort's 2012-15 families in the successful family outcomes report, agreeing with Table 1. */
    @Test
    @Order(4)
    void successfulFamilyOutcomesOfThe2012To15Cohort() throws Exception {
        JsonNode report = get("coordinator", "/api/reports/outcomes?asOf=2013-04-30");
        // 2012-15's first, then any later phase a test class of the shared context referred a family under
        assertThat(phaseNames(report.path("phases"))).containsExactlyElementsOf(phasesWithCases());
        JsonNode troubled = report.path("phases").get(0);
        assertThat(troubled.path("phase").asText()).isEqualTo("TF_2012");
        assertThat(troubled.path("quarters")).hasSize(5);
        assertThat(troubled.path("quarters").get(0).path("label").asText()).isEqualTo("Year 1 quarter 1");
        assertThat(troubled.path("quarters").get(0).has("assessed")).as("no whole-family assessment in 2012-15").isFalse();
        assertThat(troubled.path("quarters").get(0).has("sustained")).isFalse();
        JsonNode targets = get("coordinator", "/api/reports/targets?asOf=2013-04-30");
        assertThat(troubled.path("totals").path("attached").asInt()).isEqualTo(targets.path("totals").path("attached").asInt())
                .isEqualTo(29);
        assertThat(troubled.path("totals").path("successful").asInt()).isEqualTo(5);
        assertThat(troubled.path("quarters").get(4).path("successful").asInt()).as("turned around in April 2013").isEqualTo(5);
        assertThat(troubled.path("needs")).isEmpty();
        ResponseEntity<String> csv = rest.withBasicAuth("manager", "demo")
                .getForEntity("/api/reports/outcomes?asOf=2013-04-30&format=csv", String.class);
        assertThat(csv.getBody()).startsWith("phase,section,label,from,to,attached,assessed,closed,sustained,successful,"
                + "identified,achieved").contains("TF_2012,total,Total,2012-04-01,").contains("# Disclosure control:")
                .doesNotContain("DEMO-");
        JsonNode managers = get("manager", "/api/reports/outcomes?asOf=2013-04-30");
        assertThat(managers.path("disclosureControl").path("applied").asBoolean()).isTrue();
        assertThat(rest.withBasicAuth("kw-cfp-1", "demo").getForEntity("/api/reports/outcomes", String.class)
                .getStatusCode().value()).isEqualTo(403);
    }

    @Test
    void csvHasAHeaderAndOneLinePerRow() {
        ResponseEntity<String> csv = rest.withBasicAuth("coordinator", "demo")
                .getForEntity("/api/reports/activity?asOf=2012-12-31&format=csv", String.class);
        assertThat(csv.getStatusCode().value()).isEqualTo(200);
        assertThat(csv.getHeaders().getContentType().toString()).startsWith("text/csv");
        assertThat(csv.getBody()).startsWith("leadService,leadServiceName,level2,level3,level4,total")
                .contains("CFP,Children and Family Practices,12,15,8,35").contains("TOTAL,Total households,,,,82");
        for (String report : new String[] {"targets", "characteristics", "performance", "claims"}) {
            ResponseEntity<String> r = rest.withBasicAuth("manager", "demo")
                    .getForEntity("/api/reports/" + report + "?format=csv&asOf=2012-12-31", String.class);
            assertThat(r.getStatusCode().value()).as(report).isEqualTo(200);
            assertThat(r.getBody().lines().count()).as(report).isGreaterThan(1);
        }
        assertThat(rest.withBasicAuth("manager", "demo")
                .getForEntity("/api/reports/performance?format=csv&asOf=2012-12-31", String.class).getBody())
                .contains("Milton Keynes,425,2012-12-31,82,19.3,64,15.1,12,8");
    }

    @Test
    void badParametersAreRefusedByName() {
        for (String report : new String[] {"targets", "activity", "characteristics", "performance", "claims", "outcomes"}) {
            ResponseEntity<String> date = rest.withBasicAuth("manager", "demo")
                    .getForEntity("/api/reports/" + report + "?asOf=31/12/2012", String.class);
            assertThat(date.getStatusCode().value()).as(report).isEqualTo(400);
            assertThat(date.getBody()).contains("asOf");
            ResponseEntity<String> format = rest.withBasicAuth("manager", "demo")
                    .getForEntity("/api/reports/" + report + "?format=xml", String.class);
            assertThat(format.getStatusCode().value()).isEqualTo(400);
            assertThat(format.getBody()).contains("format");
        }
    }

    @Test
    void onlyManagementMaySeeReports() {
        for (String report : new String[] {"targets", "activity", "characteristics", "performance", "claims"}) {
            assertThat(rest.withBasicAuth("kw-cfp-1", "demo").getForEntity("/api/reports/" + report, String.class)
                    .getStatusCode().value()).as(report).isEqualTo(403);
            assertThat(rest.withBasicAuth("auditor", "demo").getForEntity("/api/reports/" + report, String.class)
                    .getStatusCode().value()).as(report).isEqualTo(403);
            assertThat(rest.getForEntity("/api/reports/" + report, String.class).getStatusCode().value())
                    .as(report).isEqualTo(401);
            assertThat(rest.withBasicAuth("demo", "demo").getForEntity("/api/reports/" + report, String.class)
                    .getStatusCode().value()).as(report).isEqualTo(200);
        }
    }

    private static JsonNode row(JsonNode activity, String service) {
        for (JsonNode row : activity.path("rows")) {
            if (service.equals(row.path("leadService").asText())) {
                return row;
            }
        }
        throw new AssertionError("no row for " + service);
    }
}
