package org.strengtheningfamilies.allocation;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import org.strengtheningfamilies.panel.LeadService;

/**
 * The caseload in the application's own tables, written in the engine's transaction (same
 * DataSource, Spring-managed transaction), so a rolled-back step leaves no trace here either.
 */
@Repository
class JdbcCaseloadRepository implements CaseloadRepository {

    private final NamedParameterJdbcTemplate jdbc;
    private volatile String addKeyWorkerSql;

    public JdbcCaseloadRepository(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Two nodes allocating the same new key worker at once must not both insert their row: on
     * PostgreSQL the loser's insert is skipped by ON CONFLICT (a failed insert would abort the whole
     * engine transaction); the embedded H2 default runs one node.
     */
    private String addKeyWorkerSql() {
        if (addKeyWorkerSql == null) {
            String product = jdbc.getJdbcTemplate().execute((java.sql.Connection c) -> c.getMetaData().getDatabaseProductName());
            addKeyWorkerSql = "PostgreSQL".equalsIgnoreCase(product)
                    ? "insert into sf_key_worker (user_id, live_families) values (:worker, 0) on conflict (user_id) do nothing"
                    : "insert into sf_key_worker (user_id, live_families) select :worker, 0 "
                            + "where not exists (select 1 from sf_key_worker where user_id = :worker)";
        }
        return addKeyWorkerSql;
    }

    @Override
    public boolean register(String familyRef, String processInstanceId) {
        if (isLive(familyRef)) {
            return false;
        }
        try {
            jdbc.update("insert into sf_live_case (family_ref, process_instance_id, referred_at) "
                            + "values (:ref, :pid, :now)",
                    new MapSqlParameterSource("ref", familyRef).addValue("pid", processInstanceId)
                            .addValue("now", Timestamp.from(Instant.now())));
            return true;
        } catch (DuplicateKeyException raceLost) {
            return false;
        }
    }

    @Override
    public boolean isLive(String familyRef) {
        Integer n = jdbc.queryForObject("select count(*) from sf_live_case where family_ref = :ref",
                Map.of("ref", familyRef), Integer.class);
        return n != null && n > 0;
    }

    @Override
    public void close(String familyRef) {
        releasePlace(familyRef);
        jdbc.update("delete from sf_live_case where family_ref = :ref", Map.of("ref", familyRef));
    }

    @Override
    public void recordPhase(String familyRef, String programmePhase) {
        jdbc.update("update sf_live_case set programme_phase = :phase where family_ref = :ref",
                new MapSqlParameterSource("phase", programmePhase).addValue("ref", familyRef));
    }

    @Override
    public Optional<String> phase(String familyRef) {
        return jdbc.queryForList("select programme_phase from sf_live_case where family_ref = :ref",
                Map.of("ref", familyRef), String.class).stream().findFirst();
    }

    @Override
    public Optional<String> placeHolder(String familyRef) {
        List<String> holders = jdbc.queryForList(
                "select key_worker from sf_live_case where family_ref = :ref and key_worker is not null",
                Map.of("ref", familyRef), String.class);
        return holders.stream().findFirst();
    }

    @Override
    public void recordAttachment(String familyRef, java.time.LocalDate attachmentDate) {
        jdbc.update("update sf_live_case set attachment_date = :date where family_ref = :ref",
                new MapSqlParameterSource("date", java.sql.Date.valueOf(attachmentDate)).addValue("ref", familyRef));
    }

    @Override
    public Optional<java.time.LocalDate> attachmentDate(String familyRef) {
        return jdbc.queryForList("select attachment_date from sf_live_case where family_ref = :ref "
                        + "and attachment_date is not null", Map.of("ref", familyRef), java.sql.Date.class)
                .stream().findFirst().map(java.sql.Date::toLocalDate);
    }

    @Override
    public boolean tryTakePlace(String keyWorker, String familyRef, LeadService leadService, int cap) {
        try {
            jdbc.update(addKeyWorkerSql(), Map.of("worker", keyWorker));
        } catch (org.springframework.dao.DuplicateKeyException concurrentFirstInsert) {
            // H2 only (PostgreSQL skips by ON CONFLICT): another job inserted the row between the check
            // and the insert, as when the job executor allocates many new families at once; H2 keeps
            // the transaction usable after a failed statement, and the row now exists
        }
        // The guard is this conditional update: the row lock serialises concurrent allocations.
        int taken = jdbc.update("update sf_key_worker set live_families = live_families + 1 "
                        + "where user_id = :worker and live_families < :cap",
                new MapSqlParameterSource("worker", keyWorker).addValue("cap", cap));
        if (taken == 0) {
            return false;
        }
        jdbc.update("update sf_live_case set key_worker = :worker, lead_service = :service "
                        + "where family_ref = :ref",
                new MapSqlParameterSource("worker", keyWorker).addValue("service", leadService.name())
                        .addValue("ref", familyRef));
        return true;
    }

    @Override
    public Optional<String> releasePlace(String familyRef) {
        Optional<String> holder = placeHolder(familyRef);
        holder.ifPresent(worker -> {
            jdbc.update("update sf_key_worker set live_families = live_families - 1 "
                    + "where user_id = :worker and live_families > 0", Map.of("worker", worker));
            jdbc.update("update sf_live_case set key_worker = null where family_ref = :ref",
                    Map.of("ref", familyRef));
        });
        return holder;
    }

    @Override
    public Map<String, Integer> liveFamilies(Collection<String> keyWorkers) {
        Map<String, Integer> load = new HashMap<>();
        if (keyWorkers.isEmpty()) {
            return load;
        }
        jdbc.query("select user_id, live_families from sf_key_worker where user_id in (:workers)",
                Map.of("workers", keyWorkers),
                rs -> {
                    load.put(rs.getString(1), rs.getInt(2));
                });
        return load;
    }

    @Override
    public void markAwaitingCapacity(String familyRef, LeadService leadService) {
        jdbc.update("update sf_live_case set lead_service = :service, "
                        + "awaiting_capacity_since = coalesce(awaiting_capacity_since, :now) where family_ref = :ref",
                new MapSqlParameterSource("service", leadService.name())
                        .addValue("now", Timestamp.from(Instant.now())).addValue("ref", familyRef));
    }

    @Override
    public void clearAwaitingCapacity(String familyRef) {
        jdbc.update("update sf_live_case set awaiting_capacity_since = null where family_ref = :ref",
                Map.of("ref", familyRef));
    }

    @Override
    public Optional<String> longestWaiting(LeadService leadService) {
        List<String> refs = jdbc.queryForList("select family_ref from sf_live_case "
                        + "where lead_service = :service and awaiting_capacity_since is not null "
                        + "order by awaiting_capacity_since, family_ref",
                Map.of("service", leadService.name()), String.class);
        return refs.stream().findFirst();
    }
}
