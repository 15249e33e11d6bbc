package org.strengtheningfamilies.readmodel;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.stereotype.Repository;
import org.strengtheningfamilies.programme.ProgrammePhase;

/** The read model in sf_report_* tables; every write joins the engine's transaction (one DataSource). */
@Repository
class JdbcReadModelStore implements ReadModelStore {

    private final NamedParameterJdbcTemplate jdbc;
    private final CharacteristicCounts counts;

    public JdbcReadModelStore(NamedParameterJdbcTemplate jdbc, CharacteristicCounts counts) {
        this.jdbc = jdbc;
        this.counts = counts;
    }

    @Override
    public void referred(String processInstanceId, String familyRef, LocalDate on, boolean retrospective, String district,
                         ProgrammePhase phase) {
        jdbc.update("insert into sf_report_case (process_instance_id, family_ref, referred_on, retrospective, district, "
                        + "programme_phase) values (:pid, :ref, :on, :retrospective, :district, :phase)",
                new MapSqlParameterSource("pid", processInstanceId).addValue("ref", familyRef).addValue("on", on)
                        .addValue("retrospective", retrospective).addValue("district", district)
                        .addValue("phase", phase.name()));
    }

    @Override
    public ProgrammePhase phaseOf(String processInstanceId) {
        return jdbc.queryForList("select programme_phase from sf_report_case where process_instance_id = :pid",
                        new MapSqlParameterSource("pid", processInstanceId), String.class)
                .stream().findFirst().map(ProgrammePhase::valueOf).orElse(ProgrammePhase.TF_2012);
    }

    @Override
    public void identified(String processInstanceId, String familyRef, LocalDate on, String district, String route,
                           String leadService, Integer needLevel, List<YoungPerson> youngPeople,
                           List<String> presentingIssues) {
        MapSqlParameterSource row = new MapSqlParameterSource("pid", processInstanceId).addValue("ref", familyRef)
                .addValue("on", on).addValue("district", district).addValue("route", route)
                .addValue("service", leadService).addValue("level", needLevel);
        int updated = jdbc.update("update sf_report_case set identified_on = :on, district = :district, "
                + "identification_route = :route, lead_service = :service, need_level = :level, "
                + "lead_service_since = :on where process_instance_id = :pid", row);
        if (updated == 0) {
            // a case referred before the read model existed: it enters the read model when identified
            jdbc.update("insert into sf_report_case (process_instance_id, family_ref, referred_on, retrospective, "
                    + "district, identified_on, identification_route, lead_service, need_level, lead_service_since) "
                    + "values (:pid, :ref, :on, false, :district, :on, :route, :service, :level, :on)", row);
        }
        String phase = phaseOf(processInstanceId).name();
        Map<CharacteristicCounts.Key, Long> change = new HashMap<>();
        counts.contributionOf(processInstanceId).forEach((key, n) -> change.merge(key, -n, Long::sum));
        jdbc.update("delete from sf_report_young_person where process_instance_id = :pid", row);
        jdbc.update("delete from sf_report_presenting_issue where process_instance_id = :pid", row);
        if (!youngPeople.isEmpty()) {
            SqlParameterSource[] people = new SqlParameterSource[youngPeople.size()];
            for (int i = 0; i < youngPeople.size(); i++) {
                YoungPerson p = youngPeople.get(i);
                people[i] = new MapSqlParameterSource("pid", processInstanceId).addValue("no", i + 1)
                        .addValue("on", on).addValue("route", route).addValue("district", district)
                        .addValue("gender", p.gender()).addValue("year", p.schoolYear()).addValue("sen", p.sen())
                        .addValue("fsm", p.freeSchoolMeals()).addValue("ethnicity", p.ethnicity())
                        .addValue("known", p.knownToSocialCare()).addValue("phase", phase);
            }
            jdbc.batchUpdate("insert into sf_report_young_person (process_instance_id, person_no, identified_on, "
                    + "identification_route, district, gender, school_year, sen, free_school_meals, ethnicity, "
                    + "known_to_social_care, programme_phase) values (:pid, :no, :on, :route, :district, :gender, :year, "
                    + ":sen, :fsm, :ethnicity, :known, :phase)", people);
        }
        if (!presentingIssues.isEmpty()) {
            jdbc.batchUpdate("insert into sf_report_presenting_issue (process_instance_id, issue, identified_on, "
                            + "programme_phase) values (:pid, :issue, :on, :phase)",
                    presentingIssues.stream().map(issue -> new MapSqlParameterSource("pid", processInstanceId)
                            .addValue("issue", issue).addValue("on", on).addValue("phase", phase))
                            .toArray(SqlParameterSource[]::new));
        }
        counts.contributionOf(processInstanceId).forEach((key, n) -> change.merge(key, n, Long::sum));
        counts.add(change);
    }

    @Override
    public void leadServiceChanged(String processInstanceId, LocalDate on, String leadService, Integer needLevel) {
        jdbc.update("update sf_report_case set previous_lead_service = lead_service, previous_need_level = need_level, "
                        + "lead_service = :service, need_level = :level, lead_service_since = :on "
                        + "where process_instance_id = :pid and identified_on is not null",
                new MapSqlParameterSource("pid", processInstanceId).addValue("on", on).addValue("service", leadService)
                        .addValue("level", needLevel));
    }

    @Override
    public void allocated(String processInstanceId, LocalDate on) {
        dateOnce("allocated_on", processInstanceId, on);
    }

    @Override
    public void attached(String processInstanceId, LocalDate attachedOn, Integer programmeYear) {
        jdbc.update("update sf_report_case set attached_on = :on, programme_year = :year where process_instance_id = :pid",
                new MapSqlParameterSource("pid", processInstanceId).addValue("on", attachedOn)
                        .addValue("year", programmeYear));
    }

    @Override
    public void turnedAround(String processInstanceId, LocalDate on) {
        dateOnce("turned_around_on", processInstanceId, on);
    }

    @Override
    public void needsIdentified(String processInstanceId, LocalDate on, List<String> needs) {
        MapSqlParameterSource row = new MapSqlParameterSource("pid", processInstanceId).addValue("on", on)
                .addValue("phase", phaseOf(processInstanceId).name());
        List<String> listed = needs.stream().distinct().toList();
        if (listed.isEmpty()) {
            jdbc.update("delete from sf_report_need where process_instance_id = :pid and outcome is null", row);
            return;
        }
        jdbc.update("delete from sf_report_need where process_instance_id = :pid and outcome is null "
                + "and need not in (:needs)", row.addValue("needs", listed));
        List<String> known = jdbc.queryForList("select need from sf_report_need where process_instance_id = :pid", row,
                String.class);
        SqlParameterSource[] added = listed.stream().filter(need -> !known.contains(need))
                .map(need -> new MapSqlParameterSource("pid", processInstanceId).addValue("need", need)
                        .addValue("phase", row.getValue("phase")).addValue("on", on))
                .toArray(SqlParameterSource[]::new);
        if (added.length > 0) {
            jdbc.batchUpdate("insert into sf_report_need (process_instance_id, need, programme_phase, identified_on) "
                    + "values (:pid, :need, :phase, :on)", added);
        }
    }

    @Override
    public void assessed(String processInstanceId, LocalDate on) {
        dateOnce("assessed_on", processInstanceId, on);
    }

    @Override
    public void needOutcomes(String processInstanceId, LocalDate on, Map<String, String> outcomeByNeed) {
        String phase = phaseOf(processInstanceId).name();
        outcomeByNeed.forEach((need, outcome) -> {
            MapSqlParameterSource row = new MapSqlParameterSource("pid", processInstanceId).addValue("need", need)
                    .addValue("outcome", outcome).addValue("on", on).addValue("phase", phase);
            if (jdbc.update("update sf_report_need set outcome = :outcome, outcome_on = :on "
                    + "where process_instance_id = :pid and need = :need", row) == 0) {
                // a need judged at verification that was never listed as identified: it was the family's all the same
                jdbc.update("insert into sf_report_need (process_instance_id, need, programme_phase, identified_on, "
                        + "outcome, outcome_on) values (:pid, :need, :phase, :on, :outcome, :on)", row);
            }
        });
    }

    @Override
    public void sustainPeriodStarted(String processInstanceId, LocalDate on) {
        jdbc.update("update sf_report_case set sustain_started_on = :on where process_instance_id = :pid",
                new MapSqlParameterSource("pid", processInstanceId).addValue("on", on));
    }

    @Override
    public void sustainChecked(String processInstanceId, LocalDate on, boolean sustained) {
        jdbc.update("update sf_report_case set sustain_checked_on = :on, outcomes_sustained = :sustained "
                        + "where process_instance_id = :pid",
                new MapSqlParameterSource("pid", processInstanceId).addValue("on", on).addValue("sustained", sustained));
    }

    @Override
    public void claimed(String processInstanceId, LocalDate on) {
        jdbc.update("update sf_report_case set claimed_on = :on where process_instance_id = :pid",
                new MapSqlParameterSource("pid", processInstanceId).addValue("on", on));
    }

    @Override
    public void closed(String processInstanceId, LocalDate on, String outcome) {
        jdbc.update("update sf_report_case set closed_on = :on, case_outcome = :outcome where process_instance_id = :pid",
                new MapSqlParameterSource("pid", processInstanceId).addValue("on", on).addValue("outcome", outcome));
    }

    /** The first date counts: a second allocation (after a step-up) or result does not move it. */
    private void dateOnce(String column, String processInstanceId, LocalDate on) {
        jdbc.update("update sf_report_case set " + column + " = :on where process_instance_id = :pid and "
                + column + " is null", new MapSqlParameterSource("pid", processInstanceId).addValue("on", on));
    }
}
