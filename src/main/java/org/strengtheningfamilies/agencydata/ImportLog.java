package org.strengtheningfamilies.agencydata;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The sf_import rows: one per import, committed on their own (outside the import's transaction) so
 * that progress can be watched from any node while an import runs, and a failure stays recorded
 * after its rows were rolled back.
 */
@Repository
public class ImportLog {

    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;

    public ImportLog(NamedParameterJdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    long start(String dataset, String fileName, String user, String channel) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update("insert into sf_import (dataset, file_name, started_at, status, imported_by, channel) "
                        + "values (:dataset, :fileName, :now, 'RUNNING', :user, :channel)",
                new MapSqlParameterSource().addValue("dataset", dataset).addValue("fileName", fileName)
                        .addValue("now", Timestamp.from(clock.instant())).addValue("user", user)
                        .addValue("channel", channel),
                key, new String[] {"id"});
        return key.getKey().longValue();
    }

    void progress(long id, long read, long accepted, long rejected) {
        jdbc.update("update sf_import set rows_read = :read, rows_accepted = :accepted, rejected = :rejected "
                        + "where id = :id and status = 'RUNNING'",
                Map.of("id", id, "read", read, "accepted", accepted, "rejected", rejected));
    }

    void finish(long id, String sha256, long read, long accepted, long rejected, long changed) {
        jdbc.update("update sf_import set status = 'DONE', finished_at = :now, sha256 = :sha, rows_read = :read, "
                        + "rows_accepted = :accepted, rejected = :rejected, rows_changed = :changed where id = :id",
                new MapSqlParameterSource().addValue("id", id).addValue("now", Timestamp.from(clock.instant()))
                        .addValue("sha", sha256).addValue("read", read).addValue("accepted", accepted)
                        .addValue("rejected", rejected).addValue("changed", changed));
    }

    /** The import failed as a whole: its rows were rolled back; the reason is kept as its one rejection. */
    void fail(long id, long read, String reason, RowRejection rejection) {
        jdbc.update("update sf_import set status = 'FAILED', finished_at = :now, rows_read = :read, rows_accepted = 0, "
                        + "rejected = 0, rows_changed = 0, failure = :failure where id = :id",
                new MapSqlParameterSource().addValue("id", id).addValue("now", Timestamp.from(clock.instant()))
                        .addValue("read", read).addValue("failure", truncate(reason, 500)));
        if (rejection != null) {
            jdbc.update("insert into sf_import_rejection (import_id, line_number, field, reason) values (:id, :line, :field, :reason)",
                    new MapSqlParameterSource().addValue("id", id).addValue("line", rejection.line())
                            .addValue("field", rejection.field()).addValue("reason", truncate(rejection.reason(), 500)));
        }
    }

    Optional<ImportStatus> find(long id) {
        return jdbc.query("select * from sf_import where id = :id", Map.of("id", id), this::status).stream().findFirst();
    }

    List<ImportStatus> recent(String dataset, int limit) {
        Map<String, Object> params = new HashMap<>();
        params.put("limit", limit);
        String where = "";
        if (dataset != null) {
            where = " where dataset = :dataset";
            params.put("dataset", dataset);
        }
        return jdbc.query("select * from sf_import" + where + " order by id desc limit :limit", params, this::status);
    }

    List<RowRejection> rejections(long id, int limit) {
        return jdbc.query("select line_number, field, reason from sf_import_rejection where import_id = :id "
                        + "order by line_number limit :limit", Map.of("id", id, "limit", limit),
                (rs, n) -> new RowRejection(rs.getLong(1), rs.getString(2), rs.getString(3)));
    }

    long rejectionCount(long id) {
        Long count = jdbc.queryForObject("select count(*) from sf_import_rejection where import_id = :id",
                Map.of("id", id), Long.class);
        return count == null ? 0 : count;
    }

    private ImportStatus status(ResultSet rs, int n) throws SQLException {
        Instant started = rs.getTimestamp("started_at").toInstant();
        Timestamp finishedAt = rs.getTimestamp("finished_at");
        Instant finished = finishedAt == null ? null : finishedAt.toInstant();
        long read = rs.getLong("rows_read");
        Duration elapsed = Duration.between(started, finished != null ? finished : clock.instant());
        return new ImportStatus(rs.getLong("id"), rs.getString("dataset"), rs.getString("file_name"),
                rs.getString("status"), rs.getString("imported_by"), rs.getString("channel"), started, finished,
                read, rs.getLong("rows_accepted"), rs.getLong("rejected"), rs.getLong("rows_changed"),
                ImportStatus.rowsPerSecond(read, elapsed), rs.getString("sha256"), rs.getString("failure"));
    }

    static String truncate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 3) + "...";
    }
}
