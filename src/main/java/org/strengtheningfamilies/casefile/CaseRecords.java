package org.strengtheningfamilies.casefile;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/** What the programme's own tables hold about a family: its claims and their returns, evidence corrections. */
class CaseRecords {

    record Claim(String claimId, String processInstanceId, int programmeYear, long amountPence, String status,
                 String reference, String auditReason, String auditedBy, Instant createdAt, Instant auditedAt,
                 Instant recordedAt, String claimReturn, Instant submittedAt, Map<String, Long> linesPence,
                 String returnSignedOffBy, Instant returnSignedOffAt) {
    }

    record Correction(String processInstanceId, String variable, String prefilledValue, String submittedValue,
                      String correctedBy, Instant correctedAt, String reason) {
    }

    private final NamedParameterJdbcTemplate jdbc;

    CaseRecords(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<Claim> claims(String familyRef) {
        return jdbc.query("select c.claim_id, c.process_instance_id, c.programme_year, c.amount_pence, c.status, "
                        + "c.claim_reference, c.audit_reason, c.audited_by, c.created_at, c.audited_at, c.recorded_at, "
                        + "c.claim_return_reference, c.submitted_at, r.signed_off_by, r.signed_off_at from sf_claim c "
                        + "left join sf_claim_return r on r.reference = c.claim_return_reference "
                        + "where c.family_ref = :ref order by c.created_at, c.claim_id",
                Map.of("ref", familyRef), (rs, n) -> {
                    String id = rs.getString(1);
                    Map<String, Long> lines = new java.util.LinkedHashMap<>();
                    jdbc.query("select result_type, amount_pence from sf_claim_line where claim_id = :id order by result_type",
                            Map.of("id", id), line -> {
                                lines.put(line.getString(1), line.getLong(2));
                            });
                    return new Claim(id, rs.getString(2), rs.getInt(3), rs.getLong(4), rs.getString(5), rs.getString(6),
                            rs.getString(7), rs.getString(8), instant(rs.getTimestamp(9)), instant(rs.getTimestamp(10)),
                            instant(rs.getTimestamp(11)), rs.getString(12), instant(rs.getTimestamp(13)), lines,
                            rs.getString(14), instant(rs.getTimestamp(15)));
                });
    }

    /** The families whose claims went in a claim return. */
    List<String> familiesIn(String claimReturn) {
        return jdbc.queryForList("select distinct family_ref from sf_claim where claim_return_reference = :ref "
                + "order by family_ref", Map.of("ref", claimReturn), String.class);
    }

    List<Correction> corrections(String familyRef) {
        return jdbc.query("select process_instance_id, variable, prefilled_value, submitted_value, corrected_by, "
                        + "corrected_at, reason from sf_evidence_correction where family_ref = :ref order by corrected_at, id",
                Map.of("ref", familyRef), (rs, n) -> new Correction(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), instant(rs.getTimestamp(6)), rs.getString(7)));
    }

    private static Instant instant(java.sql.Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
