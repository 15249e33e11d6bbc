package org.strengtheningfamilies.payment;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import org.strengtheningfamilies.programme.ProgrammePhase;

@Repository
class JdbcClaimRepository implements ClaimRepository {

    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;

    public JdbcClaimRepository(NamedParameterJdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public Map<ResultType, Long> claimedPence(String familyRef) {
        Map<ResultType, Long> claimed = new EnumMap<>(ResultType.class);
        jdbc.query("select result_type, amount_pence from sf_claimed_result where family_ref = :ref",
                Map.of("ref", familyRef),
                rs -> {
                    claimed.put(ResultType.valueOf(rs.getString(1)), rs.getLong(2));
                });
        return claimed;
    }

    @Override
    public void savePending(String claimId, String familyRef, String processInstanceId, int programmeYear,
                            List<ClaimLine> lines) {
        savePending(claimId, familyRef, processInstanceId, ProgrammePhase.TF_2012, programmeYear, lines);
    }

    @Override
    public void savePending(String claimId, String familyRef, String processInstanceId, ProgrammePhase phase,
                            int programmeYear, List<ClaimLine> lines) {
        long total = lines.stream().mapToLong(ClaimLine::amountPence).sum();
        jdbc.update("insert into sf_claim (claim_id, family_ref, process_instance_id, programme_phase, programme_year, "
                        + "amount_pence, status, created_at) values (:id, :ref, :pid, :phase, :year, :amount, 'PENDING_AUDIT', :now)",
                new MapSqlParameterSource("id", claimId).addValue("ref", familyRef)
                        .addValue("pid", processInstanceId).addValue("phase", phase.name()).addValue("year", programmeYear)
                        .addValue("amount", total).addValue("now", now()));
        for (ClaimLine line : lines) {
            jdbc.update("insert into sf_claim_line (claim_id, result_type, amount_pence) values (:id, :type, :amount)",
                    new MapSqlParameterSource("id", claimId).addValue("type", line.resultType().name())
                            .addValue("amount", line.amountPence()));
        }
    }

    @Override
    public boolean claimedInPhase(String familyRef, ProgrammePhase phase) {
        Integer claims = jdbc.queryForObject("select count(*) from sf_phase_claim where family_ref = :ref and programme_phase = :phase",
                new MapSqlParameterSource("ref", familyRef).addValue("phase", phase.name()), Integer.class);
        return claims != null && claims > 0;
    }

    @Override
    public void recordAudit(String claimId, AuditDecision decision, String reason, String auditor) {
        int updated = jdbc.update("update sf_claim set status = :status, audit_reason = :reason, audited_by = :auditor, "
                        + "audited_at = :now where claim_id = :id and status = 'PENDING_AUDIT'",
                new MapSqlParameterSource("status", decision.name()).addValue("reason", reason)
                        .addValue("auditor", auditor).addValue("now", now())
                        .addValue("id", claimId));
        if (updated != 1) {
            throw new IllegalStateException("Claim " + claimId + " is not awaiting audit");
        }
    }

    @Override
    public Optional<String> claimReference(String claimId) {
        return jdbc.queryForList("select claim_reference from sf_claim where claim_id = :id and claim_reference is not null",
                Map.of("id", claimId), String.class).stream().findFirst();
    }

    @Override
    public String recordApproved(String claimId) {
        Optional<String> existing = claimReference(claimId);
        if (existing.isPresent()) {
            return existing.get();
        }
        Map<String, Object> claim = jdbc.queryForMap("select family_ref, status, programme_phase from sf_claim where claim_id = :id",
                Map.of("id", claimId));
        if (!AuditDecision.APPROVED.name().equals(claim.get("status")) && !"APPROVED".equals(claim.get("STATUS"))) {
            throw new IllegalStateException("Claim " + claimId + " has not been approved by audit");
        }
        String familyRef = (String) (claim.containsKey("family_ref") ? claim.get("family_ref") : claim.get("FAMILY_REF"));
        Integer recorded = jdbc.queryForObject("select count(*) from sf_claim where family_ref = :ref and claim_reference is not null",
                Map.of("ref", familyRef), Integer.class);
        String reference = familyRef + "-PBR" + ((recorded == null ? 0 : recorded) + 1);
        jdbc.update("update sf_claim set claim_reference = :reference, recorded_at = :now where claim_id = :id",
                new MapSqlParameterSource("reference", reference).addValue("now", now())
                        .addValue("id", claimId));
        String phase = (String) (claim.containsKey("programme_phase") ? claim.get("programme_phase") : claim.get("PROGRAMME_PHASE"));
        if (ProgrammePhase.TF_2012.name().equals(phase)) {
            // the primary key of sf_claimed_result refuses a result that was already paid
            jdbc.update("insert into sf_claimed_result (family_ref, result_type, claim_id, amount_pence) "
                            + "select :ref, result_type, claim_id, amount_pence from sf_claim_line where claim_id = :id",
                    new MapSqlParameterSource("ref", familyRef).addValue("id", claimId));
        } else {
            // a later phase pays one claim per family: the primary key refuses a second
            jdbc.update("insert into sf_phase_claim (family_ref, programme_phase, claim_id) values (:ref, :phase, :id)",
                    new MapSqlParameterSource("ref", familyRef).addValue("phase", phase).addValue("id", claimId));
        }
        return reference;
    }

    /**
     * The business clock, not the system's: the claim's dates then agree with the case's history (and
     * the demo cohort's claims, entered with the clock set to 2013, are dated in 2013).
     */
    private Timestamp now() {
        return Timestamp.from(clock.instant());
    }
}
