package org.strengtheningfamilies.datamatching;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.strengtheningfamilies.identification.IdentificationRoute;
import org.strengtheningfamilies.programme.ProgrammePhase;

/** Identification runs and the result of each household in each run (sf_identification_*). */
class IdentificationRunRepository {

    public enum Outcome { CASE_STARTED, NOT_ELIGIBLE, LIVE_CASE, ALREADY_REFERRED, INCOMPLETE_DATA }

    /**
     * @param phase the phase the household was judged under (the phase of new referrals)
     * @param needs a later phase's needs the data showed, in the phase's order; empty for 2012-15
     */
    public record Result(String runId, long householdId, DataIdentification found, IdentificationRoute route,
                         Outcome outcome, String familyRef, String processInstanceId, String note,
                         ProgrammePhase phase, List<String> needs) {
        public Result {
            needs = needs == null ? List.of() : List.copyOf(needs);
        }
    }

    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;

    public IdentificationRunRepository(NamedParameterJdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Records the run; a run started again under the same id keeps its first record. */
    public void start(String runId, LocalDate runDate, String processInstanceId) {
        Integer known = jdbc.queryForObject("select count(*) from sf_identification_run where run_id = :id",
                Map.of("id", runId), Integer.class);
        if (known == 0) {
            jdbc.update("""
                    insert into sf_identification_run (run_id, run_date, process_instance_id, started_at)
                    values (:id, :date, :pi, :now)""", new MapSqlParameterSource().addValue("id", runId)
                    .addValue("date", runDate).addValue("pi", processInstanceId).addValue("now", now()));
        }
    }

    public void finish(String runId) {
        jdbc.update("update sf_identification_run set finished_at = :now where run_id = :id",
                new MapSqlParameterSource().addValue("now", now()).addValue("id", runId));
    }

    public boolean hasResult(String runId, long householdId) {
        return jdbc.queryForObject("select count(*) from sf_identification_result where run_id = :run and household_id = :h",
                Map.of("run", runId, "h", householdId), Integer.class) > 0;
    }

    /**
     * An earlier run (or this one) already started a case for the household in this phase. A family
     * referred under 2012-15 may be referred again under a later phase: its programme starts afresh.
     */
    public boolean alreadyReferred(long householdId, ProgrammePhase phase) {
        return jdbc.queryForObject("select count(*) from sf_identification_result where household_id = :h"
                + " and outcome = 'CASE_STARTED' and programme_phase = :phase",
                Map.of("h", householdId, "phase", phase.name()), Integer.class) > 0;
    }

    /** The household whose case this is, when the case was started by a run. */
    public Optional<Long> householdOf(String familyRef) {
        return jdbc.queryForList("select household_id from sf_identification_result where family_ref = :ref"
                + " and outcome = 'CASE_STARTED' order by recorded_at", Map.of("ref", familyRef), Long.class)
                .stream().findFirst();
    }

    public void record(Result r) {
        jdbc.update("""
                insert into sf_identification_result (run_id, household_id, criterion_crime_asb, criterion_education,
                    criterion_work, local_domestic_abuse, local_police_callouts, local_substance_misuse, local_housing,
                    identification_route, outcome, family_ref, process_instance_id, note, recorded_at,
                    programme_phase, needs)
                values (:run, :household, :crime, :education, :work, :da, :callouts, :substance, :housing,
                    :route, :outcome, :ref, :pi, :note, :now, :phase, :needs)""", new MapSqlParameterSource()
                .addValue("run", r.runId()).addValue("household", r.householdId())
                .addValue("crime", r.found().met(DataIdentification.CRIME_ASB))
                .addValue("education", r.found().met(DataIdentification.EDUCATION))
                .addValue("work", r.found().met(DataIdentification.WORK))
                .addValue("da", r.found().met(DataIdentification.DOMESTIC_ABUSE))
                .addValue("callouts", r.found().met(DataIdentification.POLICE_CALLOUTS))
                .addValue("substance", r.found().met(DataIdentification.SUBSTANCE_MISUSE))
                .addValue("housing", r.found().met(DataIdentification.HOUSING))
                .addValue("route", r.route().name()).addValue("outcome", r.outcome().name())
                .addValue("ref", r.familyRef()).addValue("pi", r.processInstanceId())
                .addValue("note", r.note() == null ? null : truncate(r.note(), 2000)).addValue("now", now())
                .addValue("phase", r.phase().name())
                .addValue("needs", r.needs().isEmpty() ? null : String.join(",", r.needs())));
    }

    /** Households per outcome and route in a run: what the run's end reports. */
    public List<Map<String, Object>> summary(String runId) {
        return jdbc.queryForList("select outcome, identification_route, count(*) as households"
                + " from sf_identification_result where run_id = :run group by outcome, identification_route"
                + " order by outcome, identification_route", Map.of("run", runId));
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    private Timestamp now() {
        return Timestamp.from(clock.instant());
    }
}
