package org.strengtheningfamilies.reporting;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import org.strengtheningfamilies.programme.ProgrammePhase;
import org.strengtheningfamilies.readmodel.CharacteristicCounts;

/**
 * The reports' queries over the read model (sf_report_*) and the claims (sf_claim*). Every figure is
 * "as at" a date: a step counts when its business date is on or before it. A phase, when given, keeps
 * the cases (and claims) referred under it; each case counts under the phase it was referred under.
 */
@Repository
public class ReportQueries {

    /** Counts of one programme year (or of all): identified and worked with by identification date, attached and turned around by attachment date. */
    public record Progress(long identified, long workedWith, long attached, long turnedAround) {
    }

    public record LiveCases(String leadService, int needLevel, long families) {
    }

    public record Activity(List<LiveCases> live, long noFurtherAction, long previouslyWorkedWith) {
    }

    /** Open tasks of live cases past their due date, and the families they belong to, by lead service. */
    public record OverdueWork(String leadService, long tasks, long families) {
    }

    public record ClaimFigures(String phase, int programmeYear, String resultType, long made, long approved,
                               long rejected, long submitted, long outstanding, long madePence, long approvedPence,
                               long submittedPence, long outstandingPence) {
    }

    /** A programme year (or any dated span) of one phase: its cases' steps dated within [from, to] count. */
    public record Period(ProgrammePhase phase, LocalDate from, LocalDate to) {
    }

    /** What the successful family outcomes report counts per day, by the column that dates it. */
    public enum Step {
        ATTACHED("attached_on", "identified_on <= :asOf"),
        ASSESSED("assessed_on", "identified_on <= :asOf"),
        // families worked with (identified, a lead service other than no further action) whose case closed
        CLOSED("closed_on", "identified_on <= :asOf and lead_service <> 'NFA'"),
        SUSTAINED("sustain_checked_on", "outcomes_sustained = true"),
        SUCCESSFUL("turned_around_on", "identified_on <= :asOf");

        private final String column;
        private final String condition;

        Step(String column, String condition) {
            this.column = column;
            this.condition = condition;
        }
    }

    /** A need's families as at a date: identified with it, and of them those whose outcome was achieved. */
    public record NeedFigures(String phase, String need, long identified, long achieved) {
    }

    private final NamedParameterJdbcTemplate jdbc;

    public ReportQueries(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Progress per period [from, to] (inclusive) of its phase's cases, all in one pass over the read model. */
    public List<Progress> progress(List<Period> periods, LocalDate asOf) {
        StringBuilder sql = new StringBuilder("select ");
        MapSqlParameterSource params = new MapSqlParameterSource("asOf", asOf);
        for (int i = 0; i < periods.size(); i++) {
            params.addValue("from" + i, periods.get(i).from()).addValue("to" + i, periods.get(i).to())
                    .addValue("phase" + i, periods.get(i).phase().name());
            String phase = "programme_phase = :phase" + i + " and ";
            String identified = phase + "identified_on between :from" + i + " and :to" + i + " and identified_on <= :asOf";
            // a retrospective family's historical attachment counts once the family is in the programme
            String attached = phase + "attached_on between :from" + i + " and :to" + i
                    + " and attached_on <= :asOf and identified_on <= :asOf";
            sql.append(i == 0 ? "" : ", ")
                    .append("sum(case when ").append(identified).append(" then 1 else 0 end) as i").append(i)
                    .append(", sum(case when ").append(identified).append(" and lead_service <> 'NFA' then 1 else 0 end) as w").append(i)
                    .append(", sum(case when ").append(attached).append(" then 1 else 0 end) as a").append(i)
                    .append(", sum(case when ").append(attached).append(" and turned_around_on <= :asOf then 1 else 0 end) as t").append(i);
        }
        sql.append(" from sf_report_case where identified_on <= :asOf");
        return jdbc.query(sql.toString(), params, rs -> {
            List<Progress> rows = new ArrayList<>();
            rs.next();
            for (int i = 0; i < periods.size(); i++) {
                rows.add(new Progress(rs.getLong("i" + i), rs.getLong("w" + i), rs.getLong("a" + i), rs.getLong("t" + i)));
            }
            return rows;
        });
    }

    /**
     * How many families (of a phase, or of all) were identified in each month, up to {@code asOf}
     * (disclosure control's release dates).
     */
    public Map<java.time.YearMonth, Long> identifiedPerMonth(LocalDate asOf, Optional<ProgrammePhase> phase) {
        Map<java.time.YearMonth, Long> months = new LinkedHashMap<>();
        MapSqlParameterSource params = new MapSqlParameterSource("asOf", asOf);
        jdbc.query("select extract(year from identified_on) as y, extract(month from identified_on) as m, count(*) as n "
                        + "from sf_report_case where identified_on <= :asOf" + phaseCondition(phase, "", params)
                        + " group by extract(year from identified_on), extract(month from identified_on)",
                params,
                rs -> {
                    months.put(java.time.YearMonth.of(rs.getInt("y"), rs.getInt("m")), rs.getLong("n"));
                });
        return months;
    }

    /**
     * Families of a phase identified, and of them worked with (lead service other than NFA), on or before
     * {@code asOf}.
     */
    public long[] identifiedAndWorkedWith(LocalDate asOf, ProgrammePhase phase) {
        MapSqlParameterSource params = new MapSqlParameterSource("asOf", asOf);
        return jdbc.query("select count(*) as identified, "
                        + "coalesce(sum(case when lead_service <> 'NFA' then 1 else 0 end), 0) as worked_with "
                        + "from sf_report_case where identified_on <= :asOf" + phaseCondition(Optional.of(phase), "", params),
                params,
                rs -> {
                    rs.next();
                    return new long[] {rs.getLong("identified"), rs.getLong("worked_with")};
                });
    }

    /**
     * Table 2 as at a date: live cases (identified, not closed) by the lead service and level they had
     * then (before a later step-up, the one before it); families identified with no further action and
     * families previously worked with (retrospective), as at the date.
     */
    public Activity activity(LocalDate asOf, Optional<ProgrammePhase> phase) {
        MapSqlParameterSource params = new MapSqlParameterSource("asOf", asOf);
        String ofPhase = phaseCondition(phase, "", params);
        List<LiveCases> live = jdbc.query("select service, level, count(*) as families from ("
                        + "select case when previous_lead_service is not null and lead_service_since > :asOf "
                        + "then previous_lead_service else lead_service end as service, "
                        + "case when previous_lead_service is not null and lead_service_since > :asOf "
                        + "then previous_need_level else need_level end as level "
                        + "from sf_report_case where identified_on <= :asOf and retrospective = false "
                        + "and lead_service <> 'NFA' and (closed_on is null or closed_on > :asOf)" + ofPhase + ") live "
                        + "group by service, level",
                params, (rs, n) -> new LiveCases(rs.getString("service"), rs.getInt("level"), rs.getLong("families")));
        long[] others = jdbc.query("select "
                        + "coalesce(sum(case when lead_service = 'NFA' then 1 else 0 end), 0) as nfa, "
                        + "coalesce(sum(case when retrospective = true then 1 else 0 end), 0) as previously "
                        + "from sf_report_case where identified_on <= :asOf" + ofPhase,
                params, rs -> {
                    rs.next();
                    return new long[] {rs.getLong("nfa"), rs.getLong("previously")};
                });
        return new Activity(live, others[0], others[1]);
    }

    /**
     * The families' overdue work as at a date (sf_report_task): tasks open at the end of the day whose due
     * day had passed, by the lead service the case had then (null: not yet accepted by the panel).
     */
    public List<OverdueWork> overdueWork(LocalDate asOf, Optional<ProgrammePhase> phase) {
        MapSqlParameterSource params = new MapSqlParameterSource("asOf", asOf)
                .addValue("start", Timestamp.valueOf(asOf.atStartOfDay()))
                .addValue("end", Timestamp.valueOf(asOf.plusDays(1).atStartOfDay()));
        String ofPhase = phaseCondition(phase, "c.", params);
        return jdbc.query("select service, count(*) as tasks, count(distinct process_instance_id) as families from ("
                        + "select t.process_instance_id, case when c.previous_lead_service is not null "
                        + "and c.lead_service_since > :asOf then c.previous_lead_service else c.lead_service end as service "
                        + "from sf_report_task t join sf_report_case c on c.process_instance_id = t.process_instance_id "
                        + "where t.created_at < :end and (t.ended_at is null or t.ended_at >= :end) and t.due_at < :start" + ofPhase
                        + ") overdue group by service",
                params, (rs, n) -> new OverdueWork(rs.getString("service"), rs.getLong("tasks"), rs.getLong("families")));
    }

    /** Open tasks past their due date now, by who holds them (null: offered to a group, not yet taken). */
    public Map<String, Long> overdueTasksByHolder(java.time.Instant now) {
        Map<String, Long> byHolder = new LinkedHashMap<>();
        jdbc.query("select assignee, count(*) from sf_report_task where ended_at is null and due_at < :now group by assignee",
                new MapSqlParameterSource("now", Timestamp.from(now)),
                (RowCallbackHandler) rs -> byHolder.put(rs.getString(1), rs.getLong(2)));
        return byHolder;
    }

    /**
     * Appendix 2 as at a date: per characteristic (people, gender, identification_route,
     * known_to_social_care, school_year, sen, free_school_meals, ethnicity, district, presenting_issue)
     * the count of each value ('' = not recorded): the monthly counts of the months before the date's
     * month, plus the detail rows of its own days.
     */
    public Map<String, Map<String, Long>> characteristics(LocalDate asOf, Optional<ProgrammePhase> phase) {
        LocalDate month = asOf.withDayOfMonth(1);
        MapSqlParameterSource params = new MapSqlParameterSource("month", month).addValue("asOf", asOf);
        String ofPhase = phaseCondition(phase, "", params);
        Map<String, Map<String, Long>> counts = new LinkedHashMap<>();
        RowCallbackHandler add = rs -> counts.computeIfAbsent(rs.getString(1), c -> new LinkedHashMap<>())
                .merge(rs.getString(2), rs.getLong(3), Long::sum);
        jdbc.query("select characteristic, char_value, sum(people) from sf_report_characteristic_month "
                + "where month_start < :month" + ofPhase + " group by characteristic, char_value", params, add);
        jdbc.query(CharacteristicCounts.detailQuery("identified_on >= :month and identified_on <= :asOf" + ofPhase, false),
                params, add);
        return counts;
    }

    /**
     * Claim lines by programme year and result type as at the end of {@code asOf}: made (calculated),
     * approved and rejected (by audit), submitted (in a claim return), outstanding (approved, not yet
     * submitted).
     */
    public List<ClaimFigures> claims(LocalDate asOf, Optional<ProgrammePhase> phase) {
        MapSqlParameterSource params = new MapSqlParameterSource("end", Timestamp.valueOf(asOf.plusDays(1).atStartOfDay()));
        String ofPhase = phaseCondition(phase, "c.", params);
        String approved = "c.status = 'APPROVED' and c.audited_at < :end";
        String submitted = "c.submitted_at < :end";
        String outstanding = approved + " and (c.submitted_at is null or c.submitted_at >= :end)";
        return jdbc.query("select c.programme_phase, c.programme_year, l.result_type, count(*) as made, "
                        + "sum(l.amount_pence) as made_pence, "
                        + "sum(case when " + approved + " then 1 else 0 end) as approved, "
                        + "sum(case when " + approved + " then l.amount_pence else 0 end) as approved_pence, "
                        + "sum(case when c.status = 'REJECTED' and c.audited_at < :end then 1 else 0 end) as rejected, "
                        + "sum(case when " + submitted + " then 1 else 0 end) as submitted, "
                        + "sum(case when " + submitted + " then l.amount_pence else 0 end) as submitted_pence, "
                        + "sum(case when " + outstanding + " then 1 else 0 end) as outstanding, "
                        + "sum(case when " + outstanding + " then l.amount_pence else 0 end) as outstanding_pence "
                        + "from sf_claim c join sf_claim_line l on l.claim_id = c.claim_id "
                        + "where c.created_at < :end" + ofPhase
                        + " group by c.programme_phase, c.programme_year, l.result_type "
                        + "order by c.programme_phase, c.programme_year, l.result_type",
                params, (rs, n) -> new ClaimFigures(rs.getString("programme_phase"), rs.getInt("programme_year"),
                        rs.getString("result_type"),
                        rs.getLong("made"), rs.getLong("approved"), rs.getLong("rejected"), rs.getLong("submitted"),
                        rs.getLong("outstanding"), rs.getLong("made_pence"), rs.getLong("approved_pence"),
                        rs.getLong("submitted_pence"), rs.getLong("outstanding_pence")));
    }

    /** The phases that have a case in the read model. */
    public List<ProgrammePhase> phasesWithCases() {
        return jdbc.getJdbcTemplate().queryForList("select distinct programme_phase from sf_report_case", String.class)
                .stream().map(ProgrammePhase::valueOf).sorted().toList();
    }

    /**
     * Per phase and day, how many families took the step that day (on or before {@code asOf}): the
     * successful family outcomes report sorts the days into quarters.
     */
    public Map<ProgrammePhase, Map<Step, Map<LocalDate, Long>>> stepsByDay(LocalDate asOf, Optional<ProgrammePhase> phase) {
        MapSqlParameterSource params = new MapSqlParameterSource("asOf", asOf);
        String ofPhase = phaseCondition(phase, "", params);
        List<String> parts = new ArrayList<>();
        for (Step step : Step.values()) {
            parts.add("select programme_phase, cast('" + step.name() + "' as varchar(16)) as step, " + step.column
                    + " as step_day, count(*) as n from sf_report_case where " + step.column + " <= :asOf and "
                    + step.condition + ofPhase + " group by programme_phase, " + step.column);
        }
        Map<ProgrammePhase, Map<Step, Map<LocalDate, Long>>> counts = new java.util.EnumMap<>(ProgrammePhase.class);
        jdbc.query(String.join(" union all ", parts), params, rs -> {
            counts.computeIfAbsent(ProgrammePhase.valueOf(rs.getString(1)), p -> new java.util.EnumMap<>(Step.class))
                    .computeIfAbsent(Step.valueOf(rs.getString(2).trim()), s -> new java.util.TreeMap<>())
                    .put(rs.getDate(3).toLocalDate(), rs.getLong(4));
        });
        return counts;
    }

    /** Per phase and need, the families identified with it and those whose outcome was achieved, as at {@code asOf}. */
    public List<NeedFigures> needs(LocalDate asOf, Optional<ProgrammePhase> phase) {
        MapSqlParameterSource params = new MapSqlParameterSource("asOf", asOf);
        return jdbc.query("select n.programme_phase, n.need, count(*) as identified, "
                        + "sum(case when n.outcome = 'ACHIEVED' and n.outcome_on <= :asOf then 1 else 0 end) as achieved "
                        + "from sf_report_need n where n.identified_on <= :asOf" + phaseCondition(phase, "n.", params)
                        + " group by n.programme_phase, n.need",
                params, (rs, i) -> new NeedFigures(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4)));
    }

    /** " and <alias>programme_phase = :phase" when a phase is chosen (the value as a parameter), else nothing. */
    private static String phaseCondition(Optional<ProgrammePhase> phase, String alias, MapSqlParameterSource params) {
        if (phase.isEmpty()) {
            return "";
        }
        params.addValue("phase", phase.get().name());
        return " and " + alias + "programme_phase = :phase";
    }
}
