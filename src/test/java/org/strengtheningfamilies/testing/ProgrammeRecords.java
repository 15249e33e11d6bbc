package org.strengtheningfamilies.testing;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.strengtheningfamilies.datamatching.EvidenceCorrections;
import org.strengtheningfamilies.payment.AuditDecision;
import org.strengtheningfamilies.payment.ClaimLine;
import org.strengtheningfamilies.payment.ResultType;
import org.strengtheningfamilies.readmodel.YoungPerson;

/**
 * What the programme recorded in its own tables, as the process tests check it: the caseload, the
 * claims, the reporting read model and the evidence corrections. Read with SQL, so a test sees what
 * was committed (a rolled-back step leaves nothing here).
 */
public class ProgrammeRecords {

    /** A claim as it went through audit. */
    public record Claim(String claimId, String familyRef, int programmeYear, List<ClaimLine> lines,
                        AuditDecision decision, String reason, String auditor, String reference) {
    }

    /** What the read model holds of one case. */
    public static class CaseRecord {
        public String familyRef;
        public LocalDate referredOn;
        public boolean retrospective;
        public String district;
        public LocalDate identifiedOn;
        public String route;
        public String leadService;
        public Integer needLevel;
        public String previousLeadService;
        public LocalDate allocatedOn;
        public LocalDate attachedOn;
        public Integer programmeYear;
        public LocalDate turnedAroundOn;
        public LocalDate claimedOn;
        public LocalDate closedOn;
        public String outcome;
        public List<YoungPerson> youngPeople = List.of();
        public List<String> presentingIssues = List.of();
    }

    private final NamedParameterJdbcTemplate jdbc;
    private final HistoryService history;

    ProgrammeRecords(NamedParameterJdbcTemplate jdbc, HistoryService history) {
        this.jdbc = jdbc;
        this.history = history;
    }

    /** Empties the application's own tables (the engine's are emptied by removing the test's deployment). */
    void clear() {
        List<String> tables = jdbc.queryForList("select table_name from information_schema.tables "
                + "where table_schema = 'PUBLIC' and upper(table_name) like 'SF\\_%' escape '\\' "
                + "and lower(table_name) <> 'sf_schema_history'", Map.of(), String.class);
        jdbc.getJdbcTemplate().execute("set referential_integrity false");
        try {
            tables.forEach(table -> jdbc.getJdbcTemplate().execute("truncate table " + table));
        } finally {
            jdbc.getJdbcTemplate().execute("set referential_integrity true");
        }
    }

    public int liveFamiliesOf(String keyWorker) {
        List<Integer> load = jdbc.queryForList("select live_families from sf_key_worker where user_id = :worker",
                Map.of("worker", keyWorker), Integer.class);
        return load.isEmpty() ? 0 : load.get(0);
    }

    public List<Claim> claims() {
        return jdbc.query("select claim_id, family_ref, programme_year, status, audit_reason, audited_by, claim_reference "
                + "from sf_claim order by created_at, claim_id", Map.of(), (rs, i) -> {
                    String status = rs.getString("status");
                    return new Claim(rs.getString("claim_id"), rs.getString("family_ref"), rs.getInt("programme_year"),
                            lines(rs.getString("claim_id")),
                            "PENDING_AUDIT".equals(status) ? null : AuditDecision.valueOf(status),
                            rs.getString("audit_reason"), rs.getString("audited_by"), rs.getString("claim_reference"));
                });
    }

    private List<ClaimLine> lines(String claimId) {
        return jdbc.query("select result_type, amount_pence from sf_claim_line where claim_id = :id order by result_type",
                Map.of("id", claimId), (rs, i) -> new ClaimLine(ResultType.valueOf(rs.getString(1)), rs.getLong(2)));
    }

    /** The read-model record of the family's latest case. */
    public CaseRecord readModel(String familyRef) {
        for (HistoricProcessInstance instance : history.createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(familyRef).orderByProcessInstanceStartTime().desc().list()) {
            List<CaseRecord> found = jdbc.query("select * from sf_report_case where process_instance_id = :pid",
                    Map.of("pid", instance.getId()), (rs, i) -> {
                        CaseRecord c = new CaseRecord();
                        c.familyRef = rs.getString("family_ref");
                        c.referredOn = date(rs.getDate("referred_on"));
                        c.retrospective = rs.getBoolean("retrospective");
                        c.district = rs.getString("district");
                        c.identifiedOn = date(rs.getDate("identified_on"));
                        c.route = rs.getString("identification_route");
                        c.leadService = rs.getString("lead_service");
                        c.needLevel = (Integer) rs.getObject("need_level");
                        c.previousLeadService = rs.getString("previous_lead_service");
                        c.allocatedOn = date(rs.getDate("allocated_on"));
                        c.attachedOn = date(rs.getDate("attached_on"));
                        c.programmeYear = (Integer) rs.getObject("programme_year");
                        c.turnedAroundOn = date(rs.getDate("turned_around_on"));
                        c.claimedOn = date(rs.getDate("claimed_on"));
                        c.closedOn = date(rs.getDate("closed_on"));
                        c.outcome = rs.getString("case_outcome");
                        return c;
                    });
            if (!found.isEmpty()) {
                CaseRecord record = found.get(0);
                Map<String, Object> pid = Map.of("pid", instance.getId());
                record.youngPeople = jdbc.query("select gender, school_year, sen, free_school_meals, ethnicity, "
                        + "known_to_social_care from sf_report_young_person where process_instance_id = :pid "
                        + "order by person_no", pid, (rs, i) -> new YoungPerson(rs.getString(1), (Integer) rs.getObject(2),
                        rs.getString(3), (Boolean) rs.getObject(4), rs.getString(5), (Boolean) rs.getObject(6)));
                record.presentingIssues = jdbc.queryForList("select issue from sf_report_presenting_issue "
                        + "where process_instance_id = :pid order by issue", pid, String.class);
                return record;
            }
        }
        throw new AssertionError("no read-model record of " + familyRef);
    }

    public List<EvidenceCorrections.Correction> evidenceCorrections() {
        List<EvidenceCorrections.Correction> corrections = new ArrayList<>();
        jdbc.query("select * from sf_evidence_correction order by id", Map.of(), rs -> {
            Timestamp at = rs.getTimestamp("corrected_at");
            corrections.add(new EvidenceCorrections.Correction(rs.getString("family_ref"),
                    rs.getString("process_instance_id"), rs.getString("variable"), rs.getString("prefilled_value"),
                    rs.getString("submitted_value"), rs.getString("corrected_by"), at.toInstant(), rs.getString("reason")));
        });
        return corrections;
    }

    private static LocalDate date(java.sql.Date date) {
        return date == null ? null : date.toLocalDate();
    }
}
