package org.strengtheningfamilies.application;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;

import javax.sql.DataSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.strengtheningfamilies.application.CohortTemplates.Shape;
import org.strengtheningfamilies.application.CohortTemplates.Template;
import org.strengtheningfamilies.testing.EmbeddedPostgresDatabase;
import org.strengtheningfamilies.testing.WebappSession;

/**
 * Not a test: {@code mvn -Pbenchmarks test -Dtest=StaffScreensBenchmark [-Dfamilies=120000 -Druns=100
 * -DwarmUp=20 -Dcompletions=100 -DcompareRevokes=true -Dcleanup=true -DcleanupLimit=PT40M]}; docs/performance-staff-screens.md.
 *
 * <p>A national cohort on PostgreSQL with authorizations on and the production role model (the
 * per-family grants of key workers, the engine's task grants, the issue-10 guards): about a hundred
 * families taken through the product to every state a case can be in ({@link CohortTemplates}), then
 * copied row for row to {@code families} in all ({@link CohortReplicator}): 5% of them are key workers'
 * (each at the cap of 5), panel queues, more information, families awaiting capacity, and the rest
 * closed with their history, a third of the cohort ended a year beyond the retention period.
 *
 * <p>Then what staff wait for, over HTTP as Tasklist and Cockpit send it (session, CSRF token, HAL):
 * each figure as the member of staff, and in the same round as an administrator with the engine
 * checking no authorization while the request runs (the floor), alternating which goes first. Then task completions, then the
 * engine's history cleanup job on the loaded database. Prints medians, 95th percentiles, the p95 ratio
 * to the floor, the heap, the machine's load.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "camunda.bpm.job-execution.enabled=false", "sf.demo.users=true", "SF_TLS=false", "SF_HSTS_DISABLED=true",
        // a programme running now, so that plans are signed on recent dates
        "sf.programme.start-date=2024-04-01",
        "logging.level.org.strengtheningfamilies=WARN", "logging.level.org.camunda=WARN"})
@ActiveProfiles("postgres")
@DirtiesContext // closed after the class, before the embedded PostgreSQL stops with the JVM
class StaffScreensBenchmark {

    static final int FAMILIES = Integer.getInteger("families", 120_000);
    static final int RUNS = Integer.getInteger("runs", 100);
    static final int WARM_UP = Integer.getInteger("warmUp", 20);
    static final int COMPLETIONS = Integer.getInteger("completions", 100);
    static final int KEY_WORKER_SESSIONS = 30;
    static final boolean COMPARE_REVOKES = Boolean.parseBoolean(System.getProperty("compareRevokes", "true"));
    static final boolean CLEANUP = Boolean.parseBoolean(System.getProperty("cleanup", "true"));
    static final Duration CLEANUP_LIMIT = Duration.parse(System.getProperty("cleanupLimit", "PT40M"));
    static final String ENGINE = "/camunda/api/engine/engine/default";
    static final String COCKPIT = "/camunda/api/cockpit/plugin/base/default";
    /** What Tasklist posts for a filter's first page: its search (empty) and its default sorting. */
    static final String LIST_BODY = """
            {"processVariables":[],"taskVariables":[],"caseInstanceVariables":[],\
            "sorting":[{"sortBy":"created","sortOrder":"desc"}],"active":true}""";
    static final ObjectMapper JSON = new ObjectMapper();

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        registry.add("SF_DB_URL", () -> EmbeddedPostgresDatabase.jdbcUrl("staffscreens"));
        registry.add("SF_DB_USER", () -> "postgres");
        registry.add("SF_DB_PASSWORD", () -> "postgres");
    }

    @LocalServerPort int port;
    @Autowired ProcessEngine engine;
    @Autowired DataSource dataSource;
    @Autowired JdbcTemplate jdbc;
    @Autowired Clock clock;

    final Random random = new Random(2026);

    @Test
    void staffScreensAtNationalScale() throws Exception {
        String loadBefore = loadAverage();
        long loading = System.nanoTime();
        load();
        System.out.printf("%nCohort loaded in %.0f s%n", (System.nanoTime() - loading) / 1e9);
        printCohort();
        hold();

        List<Figure> figures = figures();
        List<MemoryPoolMXBean> heap = heapPools();
        System.gc();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        var configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        String revokes = configuration.getAuthorizationCheckRevokes();
        String loadAtStart = loadAverage();
        measure(figures);
        System.out.printf("%nauthorizationCheckRevokes: %s (as configured)", revokes);
        printTable(figures, loadBefore, loadAtStart, loadAverage());
        if (COMPARE_REVOKES) {
            // the same queries on the same database with the engine's other way of checking for revokes
            String other = ProcessEngineConfiguration.AUTHORIZATION_CHECK_REVOKE_NEVER.equals(revokes)
                    ? ProcessEngineConfiguration.AUTHORIZATION_CHECK_REVOKE_AUTO
                    : ProcessEngineConfiguration.AUTHORIZATION_CHECK_REVOKE_NEVER;
            configuration.setAuthorizationCheckRevokes(other);
            List<Figure> compared = figures();
            loadAtStart = loadAverage();
            measure(compared);
            System.out.printf("%nauthorizationCheckRevokes: %s (for comparison)", other);
            printTable(compared, loadBefore, loadAtStart, loadAverage());
            configuration.setAuthorizationCheckRevokes(revokes);
        }
        Figure completion = completions();
        long peakMb = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum() / (1024 * 1024);
        System.gc();
        long afterGcMb = heap.stream().mapToLong(p -> p.getUsage().getUsed()).sum() / (1024 * 1024);
        System.out.println(completion);
        System.out.printf("heap: peak %d MB in use while measuring, %d MB after GC (max %d MB); load average after "
                + "the completions %s%n", peakMb, afterGcMb, Runtime.getRuntime().maxMemory() / (1024 * 1024), loadAverage());
        if (CLEANUP) {
            historyCleanup();
        }
    }

    private static void measure(List<Figure> figures) throws Exception {
        for (int round = 0; round < WARM_UP + RUNS; round++) {
            for (Figure figure : figures) {
                figure.round(round >= WARM_UP, round % 2 == 0);
            }
        }
    }

    private void printTable(List<Figure> figures, String loadBefore, String loadAtStart, String loadAtEnd) {
        System.out.printf("%n== StaffScreensBenchmark: %,d families, %d rounds after %d warm-up, %s, %d cores, %s ==%n",
                FAMILIES, RUNS, WARM_UP, jdbc.queryForObject("select version()", String.class).replaceAll(" on .*", ""),
                Runtime.getRuntime().availableProcessors(), System.getProperty("os.name"));
        System.out.printf("load average (1, 5, 15 min): before loading %s; measuring from %s to %s%n", loadBefore,
                loadAtStart, loadAtEnd);
        System.out.printf("%-44s %11s %9s %9s %9s %9s %7s%n", "figure (ms)", "rows", "median", "p95", "floor med",
                "floor p95", "p95 x");
        for (Figure figure : figures) {
            System.out.println(figure);
        }
    }

    /**
     * {@code -Dhold=PT30M}: keeps the loaded server and database up for that long (or until the file
     * it names is deleted), with the engine's SQL for tasks and filters logged, to look at a query's
     * plan with psql and at the webapps with a browser.
     */
    private static final List<String> LOGGED_MAPPERS = List.of("TaskEntity", "FilterEntity", "VariableInstanceEntity",
            "ExecutionEntity").stream().map(m -> "org.camunda.bpm.engine.impl.persistence.entity." + m).toList();

    private void hold() throws Exception {
        String hold = System.getProperty("hold");
        if (hold == null) {
            return;
        }
        Path marker = Files.createTempFile("staffscreens-hold", "");
        org.springframework.boot.logging.LoggingSystem logging =
                org.springframework.boot.logging.LoggingSystem.get(getClass().getClassLoader());
        for (String mapper : LOGGED_MAPPERS) {
            logging.setLogLevel(mapper, org.springframework.boot.logging.LogLevel.DEBUG);
        }
        System.out.printf("%nholding for %s: http://localhost:%d/camunda (every demo user's password is demo); "
                        + "database %s; delete %s to go on%n", hold, port,
                jdbc.queryForObject("select 'port ' || current_setting('port') || ', database ' || current_database()",
                        String.class), marker);
        long until = System.nanoTime() + Duration.parse(hold).toNanos();
        while (System.nanoTime() < until && Files.exists(marker)) {
            Thread.sleep(1000);
        }
        for (String mapper : LOGGED_MAPPERS) {
            logging.setLogLevel(mapper, null);
        }
    }

    // ---- the cohort --------------------------------------------------------------------------

    private void load() throws Exception {
        long start = System.nanoTime();
        List<Template> templates = new CohortTemplates(engine, LocalDate.now(clock)).drive();
        System.out.printf("%n%d families taken through the product in %.0f s%n", templates.size(),
                (System.nanoTime() - start) / 1e9);
        CohortReplicator replicator = new CohortReplicator(dataSource);
        replicator.checkIdsCanBeCopied();
        Map<String, String> teamOf = new LinkedHashMap<>();
        List<CohortReplicator.Copy> copies = plan(templates, teamOf);
        start = System.nanoTime();
        replicator.replicate(templates, copies);
        replicator.keyWorkers(teamOf, "kw-cfp-1");
        System.out.printf("%,d copies in %.0f s%n", copies.size(), (System.nanoTime() - start) / 1e9);
        replicator.check();
        jdbc.execute("analyze");
    }

    /**
     * The copies: 5% of the cohort are key workers, each with five families at the stages of a case
     * (most in support), and panel queues, more information and waits for capacity at the rates a
     * programme sees them; the rest closed. Live cases arrived over the last 40 days; closed ones
     * ended over the last seven years, and a third of the cohort a year longer ago (due for removal).
     */
    private List<CohortReplicator.Copy> plan(List<Template> templates, Map<String, String> teamOf) {
        Map<Shape, Map<String, List<Template>>> byShape = new HashMap<>();
        templates.forEach(t -> byShape.computeIfAbsent(t.shape(), s -> new HashMap<>())
                .computeIfAbsent(t.service(), s -> new ArrayList<>()).add(t));
        long templateWorkers = templates.stream().filter(t -> t.shape().allocated()).map(Template::keyWorker).distinct().count();
        int workers = Math.max(0, (int) (FAMILIES / 20 - templateWorkers));
        int panel = Math.max(0, FAMILIES / 80 - count(templates, Shape.PANEL));
        int moreInfo = Math.max(0, FAMILIES / 400 - count(templates, Shape.MORE_INFO));
        int awaiting = Math.max(0, FAMILIES / 100 - count(templates, Shape.AWAITING));
        int closed = FAMILIES - templates.size() - 5 * workers - panel - moreInfo - awaiting;
        int removable = Math.min(closed, FAMILIES / 3);
        long ttlSeconds = Duration.ofDays(historyTimeToLiveDays()).toSeconds();
        long day = Duration.ofDays(1).toSeconds();

        List<CohortReplicator.Copy> copies = new ArrayList<>();
        Map<String, List<String>> workersOf = new HashMap<>();
        for (int w = 1; w <= workers; w++) {
            String service = pick(new String[] {"CFP", "CSC", "YOT", "NEP"}, new int[] {50, 20, 15, 15});
            String worker = "kwn-%05d".formatted(w);
            teamOf.put(worker, "team-" + service.toLowerCase());
            workersOf.computeIfAbsent(service, s -> new ArrayList<>()).add(worker);
            for (int place = 0; place < 5; place++) {
                Shape shape = pick(new Shape[] {Shape.CONSENT, Shape.TAF, Shape.PLAN, Shape.SUPPORT, Shape.REVIEW, Shape.VERIFY,
                        Shape.AUDIT, Shape.FURTHER_SUPPORT}, new int[] {8, 8, 8, 30, 26, 10, 6, 4});
                copies.add(copy(copies.size(), any(byShape, shape, service), worker, random.nextLong(40 * day)));
            }
        }
        for (int i = 0; i < panel + moreInfo + awaiting; i++) {
            Shape shape = i < panel ? Shape.PANEL : i < panel + moreInfo ? Shape.MORE_INFO : Shape.AWAITING;
            copies.add(copy(copies.size(), any(byShape, shape, null), null, random.nextLong(40 * day)));
        }
        for (int i = 0; i < closed; i++) {
            Shape shape = pick(new Shape[] {Shape.CLAIMED, Shape.CLOSED_NO_RESULT, Shape.CONSENT_REFUSED,
                    Shape.NO_FURTHER_ACTION, Shape.REJECTED, Shape.SIGNPOSTED}, new int[] {40, 20, 5, 12, 12, 11});
            Template template = any(byShape, shape, null);
            List<String> team = workersOf.getOrDefault(template.service(), List.of());
            String worker = template.keyWorker() == null || team.isEmpty() ? template.keyWorker()
                    : team.get(random.nextInt(team.size()));
            long shift = i < removable ? ttlSeconds + day + random.nextLong(363 * day) : random.nextLong(ttlSeconds - day);
            copies.add(copy(copies.size(), template, worker, shift));
        }
        return copies;
    }

    private static CohortReplicator.Copy copy(int index, Template template, String worker, long shiftSeconds) {
        int k = index + 1;
        return new CohortReplicator.Copy(k, template.processInstanceId(), template.familyRef(), template.keyWorker(),
                "NAT-%07d".formatted(k), template.keyWorker() == null ? null : worker, shiftSeconds);
    }

    private Template any(Map<Shape, Map<String, List<Template>>> byShape, Shape shape, String service) {
        Map<String, List<Template>> services = byShape.get(shape);
        List<Template> candidates = service != null && services.containsKey(service) ? services.get(service)
                : services.values().stream().flatMap(List::stream).toList();
        return candidates.get(random.nextInt(candidates.size()));
    }

    private <T> T pick(T[] values, int[] weights) {
        int r = random.nextInt(Arrays.stream(weights).sum());
        for (int i = 0; i < values.length; i++) {
            r -= weights[i];
            if (r < 0) {
                return values[i];
            }
        }
        throw new IllegalStateException();
    }

    private static int count(List<Template> templates, Shape shape) {
        return (int) templates.stream().filter(t -> t.shape() == shape).count();
    }

    private int historyTimeToLiveDays() {
        return engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey("family-case")
                .latestVersion().singleResult().getHistoryTimeToLive();
    }

    private void printCohort() {
        System.out.printf("families: %,d (%,d live, %,d ended, %,d of them due for removal); key workers at the cap: %,d%n",
                count("select count(*) from act_hi_procinst where proc_def_key_ = 'family-case'"),
                count("select count(*) from act_ru_execution where parent_id_ is null and proc_def_id_ like 'family-case:%'"),
                count("select count(*) from act_hi_procinst where proc_def_key_ = 'family-case' and end_time_ is not null"),
                count("select count(*) from act_hi_procinst where removal_time_ <= now()"),
                count("select count(*) from sf_key_worker where live_families >= 5"));
        System.out.printf("open tasks %,d (panel %,d, awaiting capacity %,d, audit %,d, overdue %,d); authorizations %,d "
                        + "(per family %,d, per task %,d, per finished task %,d)%n",
                count("select count(*) from act_ru_task"),
                count("select count(*) from act_ru_task where task_def_key_ = 'Task_PanelValidation'"),
                count("select count(*) from act_ru_task where task_def_key_ = 'Task_AwaitCapacity'"),
                count("select count(*) from act_ru_task where task_def_key_ = 'Task_AuditClaim'"),
                count("select count(*) from act_ru_task where due_date_ < now()"),
                count("select count(*) from act_ru_authorization"),
                count("select count(*) from act_ru_authorization where resource_type_ = 8 and resource_id_ <> '*'"),
                count("select count(*) from act_ru_authorization where resource_type_ = 7 and resource_id_ <> '*'"),
                count("select count(*) from act_ru_authorization where resource_type_ = 19 and resource_id_ <> '*'"));
        System.out.printf("history: %,d task instances, %,d activity instances, %,d variables, %,d details, %,d log entries; "
                        + "database %s%n",
                count("select count(*) from act_hi_taskinst"), count("select count(*) from act_hi_actinst"),
                count("select count(*) from act_hi_varinst"), count("select count(*) from act_hi_detail"),
                count("select count(*) from act_hi_op_log"),
                jdbc.queryForObject("select pg_size_pretty(pg_database_size(current_database()))", String.class));
    }

    private long count(String sql) {
        return jdbc.queryForObject(sql, Long.class);
    }

    // ---- the figures -------------------------------------------------------------------------

    /** One thing staff wait for, as the member of staff and as the administrator unchecked (the floor). */
    static final class Figure {
        final String name;
        final Callable<String> staff;
        Callable<String> floor;
        final List<Double> staffMs = new ArrayList<>();
        final List<Double> floorMs = new ArrayList<>();
        String rows = "";

        Figure(String name, Callable<String> staff, Callable<String> floor) {
            this.name = name;
            this.staff = staff;
            this.floor = floor;
        }

        void round(boolean measured, boolean staffFirst) throws Exception {
            double[] ms = new double[2];
            String[] bodies = new String[2];
            for (int i = 0; i < 2; i++) {
                boolean asStaff = staffFirst == (i == 0);
                long start = System.nanoTime();
                bodies[asStaff ? 0 : 1] = (asStaff ? staff : floor).call();
                ms[asStaff ? 0 : 1] = (System.nanoTime() - start) / 1e6;
            }
            if (rows.isEmpty()) {
                // the administrator may see more (tasks of other processes): both are shown when they differ
                rows = rowsOf(bodies[0]);
                String floorRows = rowsOf(bodies[1]);
                if (!rows.equals(floorRows)) {
                    rows = rows + "|" + floorRows;
                }
            }
            if (measured) {
                staffMs.add(ms[0]);
                floorMs.add(ms[1]);
            }
        }

        @Override
        public String toString() {
            double[] s = staffMs.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            double[] f = floorMs.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            return "%-44s %11s %9.1f %9.1f %9.1f %9.1f %7.2f".formatted(name, rows, percentile(s, 50), percentile(s, 95),
                    percentile(f, 50), percentile(f, 95), percentile(s, 95) / percentile(f, 95));
        }
    }

    /** A list's count (HAL), a count, or the length of an array: what both callers must agree on. */
    static String rowsOf(String body) {
        try {
            JsonNode json = JSON.readTree(body);
            if (json.has("count")) {
                return json.path("count").asText();
            }
            if (json.isArray()) {
                int instances = 0;
                for (JsonNode row : json) {
                    instances += row.path("instances").asInt(0);
                }
                return json.size() + (instances > 0 ? "/" + instances : "");
            }
            return json.size() + "f";
        } catch (Exception e) {
            return "?";
        }
    }

    static double percentile(double[] sorted, int p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private List<Figure> figures() throws Exception {
        WebappSession admin = WebappSession.login(port, "demo", "cockpit");
        WebappSession coordinator = WebappSession.login(port, "coordinator", "tasklist");
        WebappSession panel = WebappSession.login(port, "panel", "tasklist");
        WebappSession auditor = WebappSession.login(port, "auditor", "tasklist");
        WebappSession manager = WebappSession.login(port, "manager", "cockpit");

        // key workers of the copies with open work, each with an administrator's filter of their own
        // tasks beside "My families" (the same query for a named user: the floor) and one task to open
        List<Map<String, Object>> sample = jdbc.queryForList("select assignee_, min(id_) as task from act_ru_task "
                + "where assignee_ like 'kwn-%' group by assignee_ order by md5(assignee_) limit " + KEY_WORKER_SESSIONS);
        List<WebappSession> keyWorkers = new ArrayList<>();
        List<String> floorFilters = new ArrayList<>();
        List<String> tasks = new ArrayList<>();
        for (Map<String, Object> row : sample) {
            String worker = (String) row.get("assignee_");
            keyWorkers.add(WebappSession.login(port, worker, "tasklist"));
            tasks.add((String) row.get("task"));
            Filter floorFilter = engine.getFilterService().newTaskFilter("Floor: " + worker).setOwner("demo")
                    .setQuery(engine.getTaskService().createTaskQuery().taskAssignee(worker).orderByDueDate().asc()
                            .orderByTaskCreateTime().asc());
            floorFilters.add(engine.getFilterService().saveFilter(floorFilter).getId());
        }
        String myFamilies = filterId("My families");
        String familyCase = engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey("family-case")
                .latestVersion().singleResult().getId();
        String instancesBody = """
                {"processDefinitionId":"%s","sortBy":"startTime","sortOrder":"desc"}""".formatted(familyCase);
        int[] next = {0, 0};

        List<Figure> figures = new ArrayList<>();
        figures.add(new Figure("key worker: My families, list (15, HAL)",
                () -> keyWorkers.get(next[0] = (next[0] + 1) % keyWorkers.size())
                        .post(ENGINE + "/filter/" + myFamilies + "/list?firstResult=0&maxResults=15", LIST_BODY),
                () -> admin.post(ENGINE + "/filter/" + floorFilters.get(next[0]) + "/list?firstResult=0&maxResults=15",
                        LIST_BODY)));
        figures.add(new Figure("key worker: My families, count",
                () -> keyWorkers.get(next[0]).get(ENGINE + "/filter/" + myFamilies + "/count"),
                () -> admin.get(ENGINE + "/filter/" + floorFilters.get(next[0]) + "/count")));
        figures.add(list("panel: Panel queue", panel, admin, filterId("Panel queue")));
        figures.add(list("coordinator: Awaiting capacity", coordinator, admin, filterId("Awaiting capacity")));
        figures.add(list("coordinator: Overdue: whole programme", coordinator, admin, filterId("Overdue: whole programme")));
        figures.add(list("coordinator: Coordinator decisions", coordinator, admin, filterId("Coordinator decisions")));
        figures.add(list("coordinator: Families' casework", coordinator, admin, filterId("Families' casework")));
        figures.add(list("auditor: Claims to audit", auditor, admin, filterId("Claims to audit")));
        figures.add(new Figure("key worker: a task's form-variables",
                () -> keyWorkers.get(next[1] = (next[1] + 1) % keyWorkers.size())
                        .get(ENGINE + "/task/" + tasks.get(next[1]) + "/form-variables?deserializeValues=false"),
                () -> admin.get(ENGINE + "/task/" + tasks.get(next[1]) + "/form-variables?deserializeValues=false")));
        String statistics = COCKPIT + "/process-definition/statistics?firstResult=0&maxResults=50&sortBy=name&sortOrder=asc";
        figures.add(new Figure("manager: Cockpit definition statistics", () -> manager.get(statistics),
                () -> admin.get(statistics)));
        String instances = COCKPIT + "/process-instance?firstResult=0&maxResults=50";
        figures.add(new Figure("manager: Cockpit family-case instances (50)", () -> manager.post(instances, instancesBody),
                () -> admin.post(instances, instancesBody)));
        figures.add(new Figure("manager: Cockpit family-case instance count",
                () -> manager.post(COCKPIT + "/process-instance/count", instancesBody),
                () -> admin.post(COCKPIT + "/process-instance/count", instancesBody)));
        figures.forEach(figure -> figure.floor = unchecked(figure.floor));
        return figures;
    }

    /**
     * The floor: the same request with the engine checking no authorization while it runs (requests go
     * one at a time). An administrator alone is not that: Camunda 7 joins the authorization table into
     * a camunda-admin's queries too, matched by the administrators' "any" grants.
     */
    private Callable<String> unchecked(Callable<String> request) {
        var configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        return () -> {
            configuration.setAuthorizationEnabled(false);
            try {
                return request.call();
            } finally {
                configuration.setAuthorizationEnabled(true);
            }
        };
    }

    private static Figure list(String name, WebappSession staff, WebappSession admin, String filter) {
        String path = ENGINE + "/filter/" + filter + "/list?firstResult=0&maxResults=15";
        return new Figure(name + " (15, HAL)", () -> staff.post(path, LIST_BODY), () -> admin.post(path, LIST_BODY));
    }

    private String filterId(String name) {
        return engine.getFilterService().createFilterQuery().filterName(name).singleResult().getId();
    }

    /**
     * Key workers each complete a "Seek the family's consent" task from Tasklist (submit-form with
     * the form's fields), alternately with the administrator completing another key worker's.
     */
    private Figure completions() throws Exception {
        List<Map<String, Object>> consent = jdbc.queryForList("select id_, assignee_ from act_ru_task where task_def_key_ = "
                + "'Task_SeekConsent' and assignee_ like 'kwn-%' order by md5(id_) limit " + 2 * (COMPLETIONS + 10));
        // a small cohort has fewer consent tasks than asked for: as many as there are
        int warmUp = Math.min(10, consent.size() / 8);
        int measured = consent.size() / 2 - warmUp;
        if (measured < 5) {
            throw new IllegalStateException("only " + consent.size() + " consent tasks for " + COMPLETIONS + " completions");
        }
        WebappSession admin = WebappSession.login(port, "demo", "tasklist");
        String body = """
                {"variables":{"consentGiven":{"value":true,"type":"Boolean"},\
                "consentNotes":{"value":"Mother agreed at a home visit","type":"String"}}}""";
        List<WebappSession> workers = new ArrayList<>();
        for (int i = 0; i + 1 < consent.size(); i += 2) {
            workers.add(WebappSession.login(port, (String) consent.get(i).get("assignee_"), "tasklist"));
        }
        int[] n = {0};
        Figure figure = new Figure("key worker: complete a task (submit-form)",
                () -> workers.get(n[0]).post(ENGINE + "/task/" + consent.get(2 * n[0]).get("id_") + "/submit-form", body),
                () -> admin.post(ENGINE + "/task/" + consent.get(2 * n[0] + 1).get("id_") + "/submit-form", body));
        figure.floor = unchecked(figure.floor);
        for (; n[0] < workers.size(); n[0]++) {
            figure.round(n[0] >= warmUp, n[0] % 2 == 0);
        }
        figure.rows = String.valueOf(measured);
        return figure;
    }

    // ---- history cleanup ---------------------------------------------------------------------

    /**
     * The engine's history cleanup job, run as the job executor would run it in its nightly window,
     * until every case due for removal is gone (or the limit is reached, to print the rate).
     */
    private void historyCleanup() {
        String[] tables = {"act_hi_procinst", "act_hi_actinst", "act_hi_taskinst", "act_hi_varinst", "act_hi_detail",
                "act_hi_op_log", "act_hi_identitylink", "act_hi_job_log", "act_hi_decinst", "act_hi_dec_in",
                "act_hi_dec_out", "act_ge_bytearray", "act_ru_authorization"};
        Map<String, Long> before = new LinkedHashMap<>();
        for (String table : tables) {
            before.put(table, count("select count(*) from " + table));
        }
        long due = count("select count(*) from act_hi_procinst where removal_time_ <= now()");
        long dueRows = dueRows(tables);
        var history = engine.getHistoryService();
        history.cleanUpHistoryAsync(true);
        long start = System.nanoTime();
        long deadline = start + CLEANUP_LIMIT.toNanos();
        int runs = 0;
        long left = dueRows;
        // the job removes up to a batch of each kind of history per run: done when no row of any kind is due
        while (left > 0 && System.nanoTime() < deadline) {
            for (Job job : history.findHistoryCleanupJobs()) {
                engine.getManagementService().executeJob(job.getId());
                runs++;
            }
            if (runs % 20 == 0) {
                left = dueRows(tables);
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        left = dueRows(tables);
        long casesLeft = count("select count(*) from act_hi_procinst where removal_time_ <= now()");
        long removed = due - casesLeft;
        double rowsPerSecond = (dueRows - left) / seconds;
        System.out.printf("%nhistory cleanup: %,d of %,d ended cases due for removal removed (%,d of their %,d rows) in "
                        + "%.0f s by %d runs of the cleanup job (%.0f rows/s); at that rate a year's 40,000 cases "
                        + "(%,.0f rows) take %.0f min of the 240-min window%n",
                removed, due, dueRows - left, dueRows, seconds, runs, rowsPerSecond,
                dueRows / (double) Math.max(1, due) * 40_000, dueRows / (double) Math.max(1, due) * 40_000 / rowsPerSecond / 60);
        for (String table : tables) {
            System.out.printf("  %-22s %,12d -> %,12d rows%n", table, before.get(table), count("select count(*) from " + table));
        }
    }

    private long dueRows(String[] tables) {
        long rows = 0;
        for (String table : tables) {
            rows += count("select count(*) from " + table + " where removal_time_ <= now()");
        }
        return rows;
    }

    private static List<MemoryPoolMXBean> heapPools() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP).toList();
    }

    private static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return fields[0] + ", " + fields[1] + ", " + fields[2];
        } catch (Exception e) {
            return "unknown";
        }
    }
}
