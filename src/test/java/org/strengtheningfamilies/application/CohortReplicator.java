package org.strengtheningfamilies.application;

import java.io.StringReader;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Copies the families {@link CohortTemplates} took through the product, row for row, into the same
 * tables (the engine's {@code act_*} and the programme's {@code sf_*}), so that a national cohort is
 * made of the rows the product writes without taking 120,000 families through it one step at a time.
 *
 * <p>Each copy is one template family with:
 * <ul>
 * <li>fresh ids: every id that belongs to the family (its executions, tasks, variables, byte arrays,
 *     history, jobs, authorizations, claims) keeps its length and its first characters, and its last 8
 *     become {@code z} and the copy's number; ids of what families share (process definitions, job
 *     definitions, deployments, users, groups) are left alone. Engine ids are time-based UUIDs whose
 *     last 12 characters are the node's address, so two ids of one family never differ only there
 *     (checked before copying), and a copy's ids never meet another's or a template's;</li>
 * <li>its own family reference (business key, task names, variables, claim references) and key worker
 *     (assignee, identity links, the per-family grant, variables, the places table);</li>
 * <li>every timestamp moved by the copy's shift, so that the cohort's cases arrived over months and
 *     ended over years, and history cleanup finds a year's ended cases due for removal.</li>
 * </ul>
 * Foreign keys are not checked while the rows go in (a session in replica mode); {@link #check} proves
 * afterwards that every reference of a copied row leads to a row.
 */
final class CohortReplicator {

    /** One copy of a template family. */
    record Copy(int number, String templatePi, String templateRef, String templateKeyWorker, String familyRef,
                String keyWorker, long shiftSeconds) {
    }

    /** Columns that hold the id of something belonging to one family. */
    static final Set<String> FAMILY_IDS = Set.of("id_", "proc_inst_id_", "root_proc_inst_id_", "process_instance_id_",
            "execution_id_", "parent_id_", "super_exec_", "super_process_instance_id_", "call_proc_inst_id_", "task_id_",
            "parent_task_id_", "act_inst_id_", "parent_act_inst_id_", "bytearray_id_", "var_inst_id_", "var_scope_",
            "exception_stack_id_", "job_exception_stack_id_", "error_details_id_", "content_id_", "dec_inst_id_",
            "root_dec_inst_id_", "cause_incident_id_", "root_cause_incident_id_", "job_id_", "operation_id_",
            "ext_task_id_", "external_task_id_", "process_instance_id", "task_id", "claim_id", "last_failure_log_id_",
            "restarted_proc_inst_id_");
    /** Columns ending in "id" that hold what families share, or people. */
    static final Set<String> SHARED = Set.of("proc_def_id_", "deployment_id_", "job_def_id_", "dec_def_id_", "dec_req_id_",
            "tenant_id_", "user_id_", "group_id_", "act_id_", "failed_act_id_", "clause_id_", "rule_id_", "case_def_id_",
            "case_inst_id_", "case_execution_id_", "super_case_exec_", "super_case_instance_id_", "batch_id_",
            "assigner_id_", "activity_id_", "org_id_", "user_id", "handler_cfg_", "call_case_inst_id_", "case_act_id_",
            "case_exec_id_", "create_user_id_", "end_act_id_", "start_act_id_", "start_user_id_", "failed_activity_id_",
            "process_def_id_", "sentry_id_", "source_case_exec_id_", "worker_id_", "batch_job_def_id_",
            "monitor_job_def_id_", "seed_job_def_id_");
    /** Per-family rows reached through another row: the table, its column, and whose id it holds. */
    static final Map<String, String> INDIRECT = Map.of(
            "act_ru_authorization", "resource_id_", "act_ru_identitylink", "task_id_", "act_ge_bytearray", "id_",
            "sf_claim_line", "claim_id", "sf_claimed_result", "claim_id");
    static final List<String> SKIPPED = List.of("act_ru_meter_log", "act_ru_task_meter_log", "act_ru_filter",
            "act_ru_jobdef", "act_ru_batch", "act_hi_batch", "act_ge_property", "act_ge_schema_log");
    static final List<String> PROGRAMME_TABLES = List.of("sf_live_case", "sf_claim", "sf_claim_line", "sf_claimed_result",
            "sf_report_case", "sf_report_young_person", "sf_report_presenting_issue", "sf_referral_notice",
            "sf_report_task", "sf_notification", "sf_evidence_correction");

    private final JdbcTemplate jdbc;
    private final DataSource dataSource;
    private final Map<String, Long> copied = new LinkedHashMap<>();

    CohortReplicator(DataSource dataSource) {
        this.dataSource = dataSource;
        this.jdbc = new JdbcTemplate(dataSource);
    }

    Map<String, Long> copied() {
        return copied;
    }

    void replicate(List<CohortTemplates.Template> templates, List<Copy> copies) throws Exception {
        jdbc.execute("create function sfb_id(x varchar, k integer) returns varchar immutable language sql as "
                + "$$ select case when x is null or length(x) < 9 then x else left(x, length(x) - 8) || 'z' "
                + "|| lpad(k::text, 7, '0') end $$");
        jdbc.execute("create table sfb_copy (k integer primary key, template_pi varchar(64) not null, t_ref varchar(32), "
                + "t_kw varchar(64), ref varchar(32), kw varchar(64), shift interval not null)");
        jdbc.execute("create index sfb_copy_template on sfb_copy (template_pi)");
        StringBuilder rows = new StringBuilder();
        for (Copy c : copies) {
            rows.append(c.number()).append(',').append(c.templatePi()).append(',').append(c.templateRef()).append(',')
                    .append(c.templateKeyWorker() == null ? "" : c.templateKeyWorker()).append(',').append(c.familyRef())
                    .append(',').append(c.keyWorker() == null ? "" : c.keyWorker()).append(',')
                    .append(-c.shiftSeconds()).append(" seconds\n");
        }
        try (Connection connection = dataSource.getConnection()) {
            connection.unwrap(PGConnection.class).getCopyAPI().copyIn(
                    "copy sfb_copy (k, template_pi, t_ref, t_kw, ref, kw, shift) from stdin with (format csv)",
                    new StringReader(rows.toString()));
        }
        String pis = templates.stream().map(t -> "('" + t.processInstanceId() + "')").collect(Collectors.joining(","));
        jdbc.execute("create table sfb_template (pi varchar(64) primary key)");
        jdbc.execute("insert into sfb_template values " + pis);

        List<String> tables = jdbc.queryForList("select table_name from information_schema.tables where table_schema = "
                + "current_schema() and table_type = 'BASE TABLE' and (table_name like 'act\\_ru\\_%' or table_name like "
                + "'act\\_hi\\_%' or table_name = 'act_ge_bytearray') order by table_name", String.class);
        tables.removeAll(SKIPPED);
        tables.addAll(PROGRAMME_TABLES);
        ownersOfIndirectRows(tables);
        try (Connection connection = dataSource.getConnection();
             java.sql.Statement statement = connection.createStatement()) {
            statement.execute("set session_replication_role = replica");
            for (String table : tables) {
                String sql = insertFor(table);
                if (sql == null) {
                    continue;
                }
                long start = System.nanoTime();
                long n = statement.executeUpdate(sql);
                copied.put(table, n);
                System.out.printf("  %-28s %,12d rows in %6.1f s%n", table, n, (System.nanoTime() - start) / 1e9);
            }
            statement.execute("set session_replication_role = origin");
        }
    }

    /** Which template family owns the rows that name no process instance: grants, identity links, byte arrays, claim lines. */
    private void ownersOfIndirectRows(List<String> tables) {
        jdbc.execute("create table sfb_owner (id varchar(64) primary key, pi varchar(64) not null)");
        jdbc.update("insert into sfb_owner select pi, pi from sfb_template");
        for (String table : tables) {
            String owner = directOwner(table);
            if (owner == null) {
                continue;
            }
            for (String column : columns(table).keySet()) {
                boolean rowId = column.equals("id_") && (table.equals("act_ru_task") || table.equals("act_hi_taskinst"));
                boolean reference = column.equals("bytearray_id_") || column.equals("exception_stack_id_")
                        || column.equals("job_exception_stack_id_") || column.equals("error_details_id_")
                        || column.equals("content_id_") || column.equals("claim_id") && table.equals("sf_claim");
                if (rowId || reference) {
                    jdbc.update("insert into sfb_owner select t." + column + ", " + owner + " from " + table + " t join "
                            + "sfb_template s on s.pi = " + owner + " where t." + column + " is not null on conflict do nothing");
                }
            }
        }
    }

    /** The column (or expression over {@code t}) that names the family a row belongs to, if the row says so itself. */
    private String directOwner(String table) {
        Map<String, String> columns = columns(table);
        if (INDIRECT.containsKey(table)) {
            return null;
        }
        List<String> candidates = new ArrayList<>();
        for (String name : List.of("root_proc_inst_id_", "proc_inst_id_", "process_instance_id_", "process_instance_id")) {
            if (columns.containsKey(name)) {
                candidates.add("t." + name);
            }
        }
        if (candidates.isEmpty()) {
            return null;
        }
        return candidates.size() == 1 ? candidates.get(0) : "coalesce(" + String.join(", ", candidates) + ")";
    }

    private String insertFor(String table) {
        Map<String, String> columns = columns(table);
        String from;
        if (INDIRECT.containsKey(table)) {
            from = table + " t join sfb_owner o on o.id = t." + INDIRECT.get(table) + " join sfb_copy c on c.template_pi = o.pi";
        } else {
            String owner = directOwner(table);
            if (owner == null) {
                long rows = jdbc.queryForObject("select count(*) from " + table, Long.class);
                if (rows > 0) {
                    System.out.printf("  %-28s not copied: its %d rows name no family%n", table, rows);
                }
                return null;
            }
            from = table + " t join sfb_copy c on c.template_pi = " + owner;
        }
        List<String> names = new ArrayList<>();
        List<String> values = new ArrayList<>();
        columns.forEach((column, type) -> {
            if (table.equals("sf_notification") && column.equals("id")) {
                return; // an identity column: the database numbers the copies
            }
            names.add(column);
            values.add(valueOf(table, column, type));
        });
        return "insert into " + table + " (" + String.join(", ", names) + ") select " + String.join(", ", values)
                + " from " + from;
    }

    private static String valueOf(String table, String column, String type) {
        String t = "t." + column;
        if (FAMILY_IDS.contains(column) || table.equals("act_ru_authorization") && column.equals("resource_id_")
                || column.equals("configuration_") && table.endsWith("incident")) {
            return "sfb_id(" + t + ", c.k)";
        }
        if (column.equals("dedupe_key")) {
            return t + " || ':' || c.k";
        }
        if (type.startsWith("timestamp")) {
            return t + " + c.shift";
        }
        if (type.equals("character varying") || type.equals("text")) {
            if ((column.endsWith("id_") || column.endsWith("_id")) && !SHARED.contains(column)) {
                throw new IllegalStateException(table + "." + column + ": neither a family's id nor a shared one");
            }
            return "case when c.t_kw is null then replace(" + t + ", c.t_ref, c.ref) else replace(replace(" + t
                    + ", c.t_ref, c.ref), c.t_kw, c.kw) end";
        }
        return t;
    }

    private final Map<String, Map<String, String>> columnCache = new java.util.HashMap<>();

    private Map<String, String> columns(String table) {
        return columnCache.computeIfAbsent(table, name -> {
            Map<String, String> columns = new LinkedHashMap<>();
            jdbc.query("select column_name, data_type from information_schema.columns where table_schema = current_schema() "
                    + "and table_name = ? order by ordinal_position", rs -> {
                columns.put(rs.getString(1), rs.getString(2));
            }, name);
            return columns;
        });
    }

    /**
     * Before copying: no two ids of the template families' rows agree in all but their last 8
     * characters (which the copy replaces), in any table that is copied.
     */
    void checkIdsCanBeCopied() {
        for (String table : List.of("act_hi_detail", "act_hi_varinst", "act_hi_actinst", "act_ru_variable", "act_ge_bytearray",
                "act_ru_authorization", "act_hi_op_log", "act_hi_taskinst", "act_ru_execution")) {
            Long clashes = jdbc.queryForObject("select count(*) - count(distinct left(id_, length(id_) - 8)) from " + table,
                    Long.class);
            if (clashes != 0) {
                throw new IllegalStateException(table + ": " + clashes + " ids differ only in their last 8 characters");
            }
        }
    }

    /** After copying: every family-owned reference of the engine's runtime and history leads to a row. */
    void check() {
        String[][] references = {
                {"act_ru_variable", "bytearray_id_", "act_ge_bytearray"}, {"act_ru_variable", "execution_id_", "act_ru_execution"},
                {"act_ru_task", "execution_id_", "act_ru_execution"}, {"act_ru_task", "proc_inst_id_", "act_ru_execution"},
                {"act_ru_identitylink", "task_id_", "act_ru_task"}, {"act_ru_execution", "parent_id_", "act_ru_execution"},
                {"act_ru_job", "process_instance_id_", "act_ru_execution"}, {"act_ru_event_subscr", "execution_id_", "act_ru_execution"},
                {"act_hi_varinst", "bytearray_id_", "act_ge_bytearray"}, {"act_hi_detail", "bytearray_id_", "act_ge_bytearray"},
                {"act_hi_taskinst", "proc_inst_id_", "act_hi_procinst"}, {"act_hi_actinst", "proc_inst_id_", "act_hi_procinst"}};
        for (String[] r : references) {
            Long dangling = jdbc.queryForObject("select count(*) from " + r[0] + " t where t." + r[1] + " is not null and not "
                    + "exists (select 1 from " + r[2] + " x where x.id_ = t." + r[1] + ")", Long.class);
            if (dangling != 0) {
                throw new IllegalStateException(dangling + " rows of " + r[0] + "." + r[1] + " lead to no " + r[2]);
            }
        }
    }

    /**
     * The key workers of the copies (after {@link #replicate}): users with the demo password, in
     * key-workers and their team, each place they hold counted from the copied live cases.
     */
    void keyWorkers(Map<String, String> teamOf, String passwordOf) {
        StringBuilder memberships = new StringBuilder();
        StringBuilder places = new StringBuilder();
        teamOf.forEach((worker, team) -> {
            memberships.append(worker).append(",key-workers\n").append(worker).append(',').append(team).append('\n');
            places.append(worker).append('\n');
        });
        try (Connection connection = dataSource.getConnection()) {
            var copy = connection.unwrap(PGConnection.class).getCopyAPI();
            try (java.sql.Statement statement = connection.createStatement()) {
                statement.execute("create temporary table sfb_w (id varchar(64))");
                copy.copyIn("copy sfb_w (id) from stdin", new StringReader(places.toString()));
                statement.execute("insert into act_id_user (id_, rev_, first_, last_, email_, pwd_, salt_) select w.id, 1, "
                        + "'Key', 'Worker ' || w.id, w.id || '@example.org', u.pwd_, u.salt_ from sfb_w w, act_id_user u "
                        + "where u.id_ = '" + passwordOf + "'");
                copy.copyIn("copy act_id_membership (user_id_, group_id_) from stdin with (format csv)",
                        new StringReader(memberships.toString()));
                statement.execute("insert into sf_key_worker (user_id, live_families) select w.id, "
                        + "(select count(*) from sf_live_case l where l.key_worker = w.id) from sfb_w w");
            }
        } catch (Exception e) {
            throw new IllegalStateException("key workers not loaded", e);
        }
    }
}
