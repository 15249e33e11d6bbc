package org.strengtheningfamilies.reporting;

import java.io.StringReader;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.strengtheningfamilies.readmodel.CharacteristicCounts;
import org.strengtheningfamilies.testing.EmbeddedPostgresDatabase;

/**
 * Not a test: the national programme (120,000 families of 2012-15) and 30,000 families of Supporting
 * Families 2022-25 (with their needs, assessments and sustain checks) in the read model on PostgreSQL, then
 * every report endpoint many times over HTTP (authentication, query, JSON), of every phase and of one,
 * printing each one's median and 95th-percentile latency as managers get it (disclosure control: a
 * release date, suppression) and as the coordinator does (exact), measured alternately in the same run,
 * with the ratio of the p95s. Goal: p95 under 300 ms.
 * Run: {@code mvn -Pbenchmarks test -Dtest=ReportLatencyBenchmark}.
 */
@DirtiesContext
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"camunda.bpm.job-execution.enabled=false", "sf.demo.users=true"})
@ActiveProfiles("postgres")
class ReportLatencyBenchmark {

    static final int FAMILIES = 120_000;
    /** Families of 2022-25, after the council's switch, beside the 2012-15 ones. */
    static final int LATER_FAMILIES = 30_000;
    static final String[] NEEDS = {"EDUCATION", "EARLY_YEARS", "HEALTH", "SUBSTANCE_USE", "FAMILY_RELATIONSHIPS",
            "CHILD_SAFETY", "CRIME", "DOMESTIC_ABUSE", "HOUSING", "FINANCIAL_STABILITY"};
    static final int RUNS = 200;
    static final int WARM_UP = 30;
    static final String[] SERVICES = {"CFP", "CSC", "YOT", "NEP", "FIP", "NFA"};
    static final String[] ISSUES = {"Domestic Violence", "Parenting", "Behaviour problems, school",
            "Behaviour problems, home", "Poor school attendance", "Parental alcohol misuse", "Sexual abuse of Young Person",
            "Young Person Criminal Offence", "Family Housing", "Young Person Inappropriate sexual behaviour",
            "Parental mental health", "Neglect", "Financial difficulties", "Bereavement"};
    static final String[] ETHNICITY = {"A1", "A1", "A1", "A1", "A3", "B1", "C2", "D3", "E4"};

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        registry.add("SF_DB_URL", () -> EmbeddedPostgresDatabase.jdbcUrl("reportbenchmark"));
        registry.add("SF_DB_USER", () -> "postgres");
        registry.add("SF_DB_PASSWORD", () -> "postgres");
    }

    @Autowired TestRestTemplate rest;
    @Autowired DataSource dataSource;
    @Autowired JdbcTemplate jdbc;
    @Autowired CharacteristicCounts counts;

    @Test
    void reportLatencyAtNationalScale() throws Exception {
        long loading = System.nanoTime();
        load();
        System.out.printf("%nLoaded %,d families (%,d young people, %,d presenting issues, %,d needs, %,d claims) in %d ms%n",
                count("sf_report_case"), count("sf_report_young_person"), count("sf_report_presenting_issue"),
                count("sf_report_need"), count("sf_claim"), (System.nanoTime() - loading) / 1_000_000);

        // each report as managers see it (disclosure control) and as the coordinator does (exact figures),
        // alternately, so that both meet the same load on the machine
        Random random = new Random(7);
        System.out.printf("%-32s %14s %14s %14s %14s %10s%n", "report", "manager median", "manager p95",
                "exact median", "exact p95", "p95 ratio");
        LocalDate first = LocalDate.of(2012, 4, 1);
        LocalDate later = LocalDate.of(2022, 4, 1);
        // every phase as at a day of 2012-15 (as before the switch), then of 2022-25 (both phases' families)
        String[][] reports = {
                {"targets", "", "first"}, {"activity", "", "first"}, {"performance", "", "first"}, {"claims", "", "first"},
                {"characteristics", "", "first"}, {"funding", "", "first"}, {"capacity", "", "first"},
                {"outcomes", "", "first"},
                {"targets", "", "later"}, {"outcomes", "", "later"}, {"claims", "", "later"},
                {"targets", "SF_2022", "later"}, {"activity", "SF_2022", "later"}, {"characteristics", "SF_2022", "later"},
                {"claims", "SF_2022", "later"}, {"outcomes", "SF_2022", "later"}, {"capacity", "SF_2022", "later"},
                {"funding", "SF_2022", "later"}};
        for (String[] report : reports) {
            List<Double> controlled = new ArrayList<>();
            List<Double> exact = new ArrayList<>();
            for (int run = 0; run < WARM_UP + RUNS; run++) {
                LocalDate asOf = ("first".equals(report[2]) ? first : later).plusDays(random.nextInt(3 * 365));
                String phase = report[1].isEmpty() ? "" : "&phase=" + report[1]
                        + ("funding".equals(report[0]) ? "&committed=9000,10000,11000" : "");
                String url = "/api/reports/" + report[0] + "?asOf=" + asOf + phase + (run % 10 == 9 ? "&format=csv" : "");
                double managerMs = time("manager", url);
                double coordinatorMs = time("coordinator", url);
                if (run >= WARM_UP) {
                    controlled.add(managerMs);
                    exact.add(coordinatorMs);
                }
            }
            double[] c = controlled.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            double[] e = exact.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            String name = report[0] + (report[1].isEmpty() ? "" : "?phase=" + report[1]) + " (" + report[2].replace("first",
                    "2012-15").replace("later", "2022-25") + ")";
            System.out.printf("%-32s %14.1f %14.1f %14.1f %14.1f %10.2f%n", name, percentile(c, 50), percentile(c, 95),
                    percentile(e, 50), percentile(e, 95), percentile(c, 95) / percentile(e, 95));
        }
        System.out.println(rest.withBasicAuth("manager", "demo")
                .getForEntity("/api/reports/targets?asOf=2015-03-31", String.class).getBody());
    }

    private double time(String user, String url) {
        long start = System.nanoTime();
        ResponseEntity<String> response = rest.withBasicAuth(user, "demo").getForEntity(url, String.class);
        double ms = (System.nanoTime() - start) / 1e6;
        if (response.getStatusCode().value() != 200) {
            throw new IllegalStateException(url + " answered " + response.getStatusCode() + ": " + response.getBody());
        }
        return ms;
    }

    private static double percentile(double[] sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private long count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }

    /** Read-model rows as the hooks would have written them, spread over the three programme years; COPY for speed. */
    private void load() throws Exception {
        Random random = new Random(2015);
        StringBuilder cases = new StringBuilder();
        StringBuilder people = new StringBuilder();
        StringBuilder issues = new StringBuilder();
        StringBuilder claims = new StringBuilder();
        StringBuilder lines = new StringBuilder();
        LocalDate start = LocalDate.of(2012, 4, 1);
        for (int i = 1; i <= FAMILIES; i++) {
            String pid = "bench-" + i;
            LocalDate referred = start.plusDays(random.nextInt(1_060));
            boolean retrospective = random.nextInt(100) < 8;
            boolean identified = random.nextInt(100) < 85;
            LocalDate identifiedOn = identified ? referred.plusDays(retrospective ? 0 : 7 + random.nextInt(30)) : null;
            String service = retrospective ? "FIP" : SERVICES[random.nextInt(SERVICES.length)];
            int level = "CSC".equals(service) ? 4 : "NEP".equals(service) ? 2 : 2 + random.nextInt(3);
            boolean worked = identified && !"NFA".equals(service);
            LocalDate attached = worked && random.nextInt(100) < 80 ? identifiedOn.plusDays(20 + random.nextInt(40)) : null;
            if (retrospective && attached != null) {
                attached = referred.minusDays(random.nextInt(120));
                if (attached.isBefore(start)) {
                    attached = start;
                }
            }
            LocalDate turned = attached != null && random.nextInt(100) < 45 ? attached.plusDays(180 + random.nextInt(60)) : null;
            LocalDate closed = "NFA".equals(service) && identified ? identifiedOn
                    : turned != null ? turned.plusDays(20) : !identified ? referred.plusDays(14) : null;
            boolean steppedUp = worked && !"CSC".equals(service) && random.nextInt(100) < 5;
            cases.append(pid).append(',').append("BM-").append(100000 + i).append(',').append(referred).append(',')
                    .append(retrospective).append(',').append("District ").append(random.nextInt(40)).append(',')
                    .append(v(identifiedOn)).append(',').append(identified ? (random.nextInt(100) < 37 ? "THREE_CRITERIA" : "TWO_PLUS_LOCAL") : "")
                    .append(',').append(identified ? (steppedUp ? "CSC" : service) : "").append(',')
                    .append(identified ? (steppedUp ? 4 : level) : "").append(',')
                    .append(steppedUp ? identifiedOn.plusDays(90) : v(identifiedOn)).append(',')
                    .append(steppedUp ? service : "").append(',').append(steppedUp ? String.valueOf(level) : "").append(',')
                    .append(worked ? identifiedOn.plusDays(3) : "").append(',').append(v(attached)).append(',')
                    .append(attached == null ? "" : String.valueOf(1 + Math.min(2, (int) ((attached.toEpochDay() - start.toEpochDay()) / 365))))
                    .append(',').append(v(turned)).append(',').append(turned == null ? "" : turned.plusDays(10)).append(',')
                    .append(v(closed)).append(',').append(closed == null ? "" : "CLOSED").append(",TF_2012,,,,\n");
            if (identified) {
                int children = 1 + random.nextInt(3);
                for (int c = 1; c <= children; c++) {
                    people.append(pid).append(',').append(c).append(',').append(identifiedOn).append(',')
                            .append(random.nextInt(100) < 37 ? "THREE_CRITERIA" : "TWO_PLUS_LOCAL").append(',')
                            .append("District ").append(random.nextInt(40)).append(',')
                            .append(random.nextInt(100) < 59 ? "MALE" : "FEMALE").append(',').append(1 + random.nextInt(12))
                            .append(',').append(new String[] {"NONE", "SCHOOL_ACTION", "SCHOOL_ACTION_PLUS", "STATEMENT"}[random.nextInt(4)])
                            .append(',').append(random.nextBoolean()).append(',').append(ETHNICITY[random.nextInt(ETHNICITY.length)])
                            .append(',').append(random.nextInt(100) < 93).append(",TF_2012\n");
                }
                int first = random.nextInt(ISSUES.length);
                int count = 1 + random.nextInt(3);
                for (int k = 0; k < count; k++) {
                    issues.append(pid).append(",\"").append(ISSUES[(first + k * 5) % ISSUES.length]).append("\",")
                            .append(identifiedOn).append(",TF_2012\n");
                }
            }
            if (turned != null) {
                String status = random.nextInt(10) < 8 ? "APPROVED" : random.nextBoolean() ? "REJECTED" : "PENDING_AUDIT";
                String audited = "PENDING_AUDIT".equals(status) ? "" : turned.plusDays(5) + " 10:00:00";
                String submitted = "APPROVED".equals(status) && random.nextBoolean() ? turned.plusDays(60) + " 09:00:00" : "";
                claims.append("claim-").append(i).append(",BM-").append(100000 + i).append(',').append(pid).append(',')
                        .append(1 + Math.min(2, (int) ((attached.toEpochDay() - start.toEpochDay()) / 365))).append(",80000,")
                        .append(status).append(',').append(turned).append(" 10:00:00,").append(audited).append(',')
                        .append(submitted).append(",TF_2012\n");
                lines.append("claim-").append(i).append(",CRIME_ASB_EDUCATION,70000\n");
                lines.append("claim-").append(i).append(",PROGRESS_TO_WORK,10000\n");
            }
        }
        StringBuilder needs = new StringBuilder();
        laterFamilies(random, cases, people, issues, needs, claims, lines);
        try (Connection connection = dataSource.getConnection()) {
            CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
            copy.copyIn("copy sf_report_case (process_instance_id, family_ref, referred_on, retrospective, district, "
                    + "identified_on, identification_route, lead_service, need_level, lead_service_since, "
                    + "previous_lead_service, previous_need_level, allocated_on, attached_on, programme_year, "
                    + "turned_around_on, claimed_on, closed_on, case_outcome, programme_phase, assessed_on, "
                    + "sustain_started_on, sustain_checked_on, outcomes_sustained) from stdin with (format csv)",
                    new StringReader(cases.toString()));
            copy.copyIn("copy sf_report_young_person (process_instance_id, person_no, identified_on, identification_route, "
                    + "district, gender, school_year, sen, free_school_meals, ethnicity, known_to_social_care, programme_phase) "
                    + "from stdin with (format csv)", new StringReader(people.toString()));
            copy.copyIn("copy sf_report_presenting_issue (process_instance_id, issue, identified_on, programme_phase) "
                    + "from stdin with (format csv)", new StringReader(issues.toString()));
            copy.copyIn("copy sf_report_need (process_instance_id, need, programme_phase, identified_on, outcome, outcome_on) "
                    + "from stdin with (format csv)", new StringReader(needs.toString()));
            copy.copyIn("copy sf_claim (claim_id, family_ref, process_instance_id, programme_year, amount_pence, status, "
                    + "created_at, audited_at, submitted_at, programme_phase) from stdin with (format csv)",
                    new StringReader(claims.toString()));
            copy.copyIn("copy sf_claim_line (claim_id, result_type, amount_pence) from stdin with (format csv)",
                    new StringReader(lines.toString()));
        }
        // the monthly counts the hooks keep as families are identified, for rows loaded in bulk
        counts.rebuild();
        for (String table : Arrays.asList("sf_report_case", "sf_report_young_person", "sf_report_presenting_issue",
                "sf_report_need", "sf_claim", "sf_claim_line", "sf_report_characteristic_month")) {
            jdbc.execute("analyze " + table);
        }
    }

    /**
     * Supporting Families 2022-25 families as its steps would have written them: referred from April 2022,
     * three to five needs each, assessed, attached, needs achieved or not, the sustain check, claims.
     */
    private static void laterFamilies(Random random, StringBuilder cases, StringBuilder people, StringBuilder issues,
                                      StringBuilder needs, StringBuilder claims, StringBuilder lines) {
        LocalDate start = LocalDate.of(2022, 4, 1);
        for (int i = 1; i <= LATER_FAMILIES; i++) {
            String pid = "bench-sf-" + i;
            LocalDate referred = start.plusDays(random.nextInt(1_060));
            boolean identified = random.nextInt(100) < 80;
            LocalDate identifiedOn = identified ? referred.plusDays(7 + random.nextInt(30)) : null;
            String service = SERVICES[random.nextInt(SERVICES.length - 1)];
            int level = "CSC".equals(service) ? 4 : "NEP".equals(service) ? 2 : 2 + random.nextInt(3);
            LocalDate assessed = identified && random.nextInt(100) < 90 ? identifiedOn.plusDays(10 + random.nextInt(20)) : null;
            LocalDate attached = assessed != null && random.nextInt(100) < 90 ? assessed.plusDays(10 + random.nextInt(20)) : null;
            LocalDate verified = attached != null && random.nextInt(100) < 70 ? attached.plusDays(185 + random.nextInt(20)) : null;
            boolean allAchieved = verified != null && random.nextInt(100) < 65;
            LocalDate sustainStart = allAchieved ? verified : null;
            LocalDate checked = sustainStart != null && random.nextInt(100) < 80 ? sustainStart.plusDays(183) : null;
            boolean sustained = checked != null && random.nextInt(100) < 85;
            LocalDate successful = sustained ? checked : null;
            LocalDate closed = !identified ? referred.plusDays(3) : successful != null ? successful.plusDays(10)
                    : verified != null && !allAchieved ? verified.plusDays(5) : null;
            String year = attached == null ? "" : String.valueOf(1 + Math.min(2, (int) ((attached.toEpochDay() - start.toEpochDay()) / 365)));
            cases.append(pid).append(",SF-").append(100000 + i).append(',').append(referred).append(",false,District ")
                    .append(random.nextInt(40)).append(',').append(v(identifiedOn)).append(',')
                    .append(identified ? "ELIGIBLE" : "").append(',').append(identified ? service : "").append(',')
                    .append(identified ? String.valueOf(level) : "").append(',').append(v(identifiedOn)).append(",,,")
                    .append(identified ? identifiedOn.plusDays(2).toString() : "").append(',').append(v(attached)).append(',')
                    .append(year).append(',').append(v(successful)).append(',')
                    .append(successful == null ? "" : successful.plusDays(8)).append(',').append(v(closed)).append(',')
                    .append(closed == null ? "" : successful != null ? "TURNED_AROUND" : identified ? "NOT_TURNED_AROUND" : "SIGNPOSTED")
                    .append(",SF_2022,").append(v(assessed)).append(',').append(v(sustainStart)).append(',')
                    .append(v(checked)).append(',').append(checked == null ? "" : String.valueOf(sustained)).append('\n');
            if (!identified) {
                continue;
            }
            for (int c = 1; c <= 1 + random.nextInt(3); c++) {
                people.append(pid).append(',').append(c).append(',').append(identifiedOn).append(",ELIGIBLE,District ")
                        .append(random.nextInt(40)).append(',').append(random.nextBoolean() ? "MALE" : "FEMALE").append(',')
                        .append(1 + random.nextInt(12)).append(",NONE,").append(random.nextBoolean()).append(',')
                        .append(ETHNICITY[random.nextInt(ETHNICITY.length)]).append(',').append(random.nextInt(100) < 60)
                        .append(",SF_2022\n");
            }
            issues.append(pid).append(",\"").append(ISSUES[random.nextInt(ISSUES.length)]).append("\",").append(identifiedOn)
                    .append(",SF_2022\n");
            int first = random.nextInt(NEEDS.length);
            int count = 3 + random.nextInt(3);
            for (int k = 0; k < count; k++) {
                boolean achieved = allAchieved || random.nextInt(100) < 70;
                needs.append(pid).append(',').append(NEEDS[(first + 3 * k) % NEEDS.length]).append(",SF_2022,")
                        .append(identifiedOn).append(',').append(verified == null ? "" : achieved ? "ACHIEVED" : "NOT_ACHIEVED")
                        .append(',').append(v(verified)).append('\n');
            }
            if (successful != null) {
                String status = random.nextInt(10) < 8 ? "APPROVED" : "PENDING_AUDIT";
                claims.append("claim-sf-").append(i).append(",SF-").append(100000 + i).append(',').append(pid).append(',')
                        .append(year).append(",80000,").append(status).append(',').append(successful).append(" 10:00:00,")
                        .append("APPROVED".equals(status) ? successful.plusDays(5) + " 10:00:00" : "").append(",,SF_2022\n");
                lines.append("claim-sf-").append(i).append(",SUCCESSFUL_FAMILY_OUTCOME,80000\n");
            }
        }
    }

    private static String v(LocalDate date) {
        return date == null ? "" : date.toString();
    }
}
