package org.strengtheningfamilies.claimwindow;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import org.strengtheningfamilies.payment.ResultType;

@Repository
class JdbcClaimReturnRepository implements ClaimReturnRepository {

    private final NamedParameterJdbcTemplate jdbc;

    public JdbcClaimReturnRepository(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<LocalDate> lastWindowEnd() {
        Date last = jdbc.queryForObject("select max(window_to) from sf_claim_return", Map.of(), Date.class);
        return Optional.ofNullable(last).map(Date::toLocalDate);
    }

    @Override
    public int returnsEndingOn(LocalDate windowTo) {
        Integer count = jdbc.queryForObject("select count(*) from sf_claim_return where window_to = :to",
                Map.of("to", Date.valueOf(windowTo)), Integer.class);
        return count == null ? 0 : count;
    }

    @Override
    public void create(String reference, LocalDate windowFrom, LocalDate windowTo, String processInstanceId,
                       Instant createdAt) {
        jdbc.update("insert into sf_claim_return (reference, window_from, window_to, process_instance_id, created_at, status) "
                        + "values (:ref, :from, :to, :pid, :at, :status)",
                new MapSqlParameterSource("ref", reference).addValue("from", Date.valueOf(windowFrom))
                        .addValue("to", Date.valueOf(windowTo)).addValue("pid", processInstanceId)
                        .addValue("at", Timestamp.from(createdAt)).addValue("status", ClaimReturn.AWAITING_SIGN_OFF));
    }

    @Override
    public int gather(String reference, Instant recordedBefore) {
        // "claim_return_reference is null" is the guard: under concurrent windows the second UPDATE
        // waits for the first one's row locks and then no longer matches the claims it took
        return jdbc.update("update sf_claim set claim_return_reference = :ref "
                        + "where status = 'APPROVED' and claim_reference is not null and claim_return_reference is null "
                        + "and submitted_at is null and recorded_at < :before",
                new MapSqlParameterSource("ref", reference).addValue("before", Timestamp.from(recordedBefore)));
    }

    @Override
    public ClaimReturn total(String reference) {
        Map<String, Object> totals = jdbc.queryForMap("select count(distinct c.claim_id) as claims, count(*) as results, "
                        + "coalesce(sum(l.amount_pence), 0) as total from sf_claim c "
                        + "join sf_claim_line l on l.claim_id = c.claim_id where c.claim_return_reference = :ref",
                Map.of("ref", reference));
        jdbc.update("update sf_claim_return set claims = :claims, results = :results, total_pence = :total where reference = :ref",
                new MapSqlParameterSource("ref", reference).addValue("claims", number(totals, "claims").intValue())
                        .addValue("results", number(totals, "results").intValue())
                        .addValue("total", number(totals, "total").longValue()));
        return find(reference).orElseThrow(() -> new IllegalStateException("claim return " + reference + " vanished"));
    }

    @Override
    public void deleteEmpty(String reference) {
        jdbc.update("delete from sf_claim_return where reference = :ref and not exists "
                + "(select 1 from sf_claim c where c.claim_return_reference = :ref)", Map.of("ref", reference));
    }

    @Override
    public Optional<ClaimReturn> find(String reference) {
        return jdbc.query("select reference, window_from, window_to, status, claims, results, total_pence, created_at, "
                        + "signed_off_by, signed_off_at from sf_claim_return where reference = :ref",
                Map.of("ref", reference), JdbcClaimReturnRepository::claimReturn).stream().findFirst();
    }

    @Override
    public List<ClaimReturn> latest(int limit) {
        List<ClaimReturn> all = jdbc.query("select reference, window_from, window_to, status, claims, results, total_pence, "
                        + "created_at, signed_off_by, signed_off_at from sf_claim_return order by created_at desc, reference desc",
                Map.of(), JdbcClaimReturnRepository::claimReturn);
        return all.size() > limit ? all.subList(0, limit) : all;
    }

    @Override
    public List<ClaimReturnLine> lines(String reference) {
        // the attachment date from the reporting read model, or from the live case while it is open
        return jdbc.query("select c.family_ref, l.result_type, l.amount_pence, "
                        + "coalesce(r.attached_on, lc.attachment_date) as attached_on, c.programme_year "
                        + "from sf_claim c join sf_claim_line l on l.claim_id = c.claim_id "
                        + "left join sf_report_case r on r.process_instance_id = c.process_instance_id "
                        + "left join sf_live_case lc on lc.family_ref = c.family_ref "
                        + "where c.claim_return_reference = :ref order by c.family_ref, c.claim_id, l.result_type",
                Map.of("ref", reference), (rs, i) -> new ClaimReturnLine(rs.getString(1), ResultType.valueOf(rs.getString(2)),
                        rs.getLong(3), rs.getDate(4) == null ? null : rs.getDate(4).toLocalDate(), rs.getInt(5)));
    }

    @Override
    public boolean markSubmitted(String reference, String signedOffBy, Instant at) {
        int signed = jdbc.update("update sf_claim_return set status = :submitted, signed_off_by = :by, signed_off_at = :at "
                        + "where reference = :ref and status = :awaiting",
                new MapSqlParameterSource("ref", reference).addValue("by", signedOffBy).addValue("at", Timestamp.from(at))
                        .addValue("submitted", ClaimReturn.SUBMITTED).addValue("awaiting", ClaimReturn.AWAITING_SIGN_OFF));
        if (signed == 0) {
            return false;
        }
        jdbc.update("update sf_claim set submitted_at = :at where claim_return_reference = :ref and submitted_at is null",
                new MapSqlParameterSource("ref", reference).addValue("at", Timestamp.from(at)));
        return true;
    }

    private static ClaimReturn claimReturn(ResultSet rs, int row) throws SQLException {
        Timestamp signedAt = rs.getTimestamp("signed_off_at");
        return new ClaimReturn(rs.getString("reference"), rs.getDate("window_from").toLocalDate(),
                rs.getDate("window_to").toLocalDate(), rs.getString("status"), rs.getInt("claims"), rs.getInt("results"),
                rs.getLong("total_pence"), rs.getTimestamp("created_at").toInstant(), rs.getString("signed_off_by"),
                signedAt == null ? null : signedAt.toInstant());
    }

    private static Number number(Map<String, Object> row, String column) {
        Object value = row.containsKey(column) ? row.get(column) : row.get(column.toUpperCase());
        return value == null ? 0 : (Number) value;
    }
}
