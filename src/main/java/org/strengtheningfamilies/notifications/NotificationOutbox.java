package org.strengtheningfamilies.notifications;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * The outbox of e-mails (sf_notification). Rows are added in the caller's transaction (a step's, so a
 * step rolled back leaves none); the sender takes each due row with a short lease, so two nodes never
 * send the same one, and records what happened.
 */
class NotificationOutbox {

    private final NamedParameterJdbcTemplate jdbc;

    NotificationOutbox(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Adds the e-mail unless one with the same key exists (once per task, once a day): true when added. */
    boolean add(Notification.Kind kind, String recipient, String dedupeKey, String processInstanceId,
                String caseReference, String taskId, Instant now) {
        // insert-if-absent rather than catching a unique violation, which would abort a PostgreSQL transaction
        return jdbc.update("insert into sf_notification (kind, recipient, dedupe_key, process_instance_id, "
                + "case_reference, task_id, created_at, status, attempts, next_attempt_at) "
                + "select :kind, :recipient, :key, :pi, :ref, :task, :now, 'PENDING', 0, :now "
                + "where not exists (select 1 from sf_notification where dedupe_key = :key)",
                new MapSqlParameterSource("kind", kind.name()).addValue("recipient", recipient).addValue("key", dedupeKey)
                        .addValue("pi", processInstanceId).addValue("ref", caseReference).addValue("task", taskId)
                        .addValue("now", Timestamp.from(now))) == 1;
    }

    /** The family's allocation e-mail learns the first task its key worker got with the family. */
    void nameFirstTask(String processInstanceId, String recipient, String taskId) {
        jdbc.update("update sf_notification set task_id = :task where kind = 'ALLOCATED' and status = 'PENDING' "
                        + "and process_instance_id = :pi and recipient = :recipient and task_id is null",
                new MapSqlParameterSource("task", taskId).addValue("pi", processInstanceId).addValue("recipient", recipient));
    }

    List<Long> due(Instant now, int limit) {
        return jdbc.queryForList("select id from sf_notification where status = 'PENDING' and next_attempt_at <= :now "
                        + "and (locked_until is null or locked_until < :now) order by id fetch first " + limit + " rows only",
                new MapSqlParameterSource("now", Timestamp.from(now)), Long.class);
    }

    /** Takes the row for {@code lease}: false when another node has it or it is no longer due. */
    boolean take(long id, Instant now, Instant until) {
        return jdbc.update("update sf_notification set locked_until = :until where id = :id and status = 'PENDING' "
                        + "and (locked_until is null or locked_until < :now)",
                new MapSqlParameterSource("id", id).addValue("now", Timestamp.from(now))
                        .addValue("until", Timestamp.from(until))) == 1;
    }

    Notification find(long id) {
        return jdbc.queryForObject("select id, kind, recipient, process_instance_id, case_reference, task_id, created_at, "
                + "attempts from sf_notification where id = :id", new MapSqlParameterSource("id", id), (rs, n) ->
                new Notification(rs.getLong(1), Notification.Kind.valueOf(rs.getString(2)), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getTimestamp(7).toInstant(), rs.getInt(8)));
    }

    void sent(long id, String subject, Instant at) {
        finish(id, "SENT", subject, null, at);
    }

    /** Nothing to send any more (the task ended before its reminder went). */
    void skipped(long id, String why, Instant at) {
        finish(id, "SKIPPED", null, why, at);
    }

    /** Given up: logged, and kept with the reason. */
    void failed(long id, String why, Instant at) {
        finish(id, "FAILED", null, why, at);
    }

    /** A failed attempt that will be tried again at {@code next}. */
    void retryAt(long id, String why, Instant next) {
        jdbc.update("update sf_notification set attempts = attempts + 1, last_error = :why, next_attempt_at = :next, "
                        + "locked_until = null where id = :id",
                new MapSqlParameterSource("id", id).addValue("why", truncate(why)).addValue("next", Timestamp.from(next)));
    }

    private void finish(long id, String status, String subject, String why, Instant at) {
        jdbc.update("update sf_notification set status = :status, attempts = attempts + 1, subject = :subject, "
                        + "last_error = :why, sent_at = case when :status = 'SENT' then :at else sent_at end, "
                        + "locked_until = null where id = :id",
                new MapSqlParameterSource("id", id).addValue("status", status).addValue("subject", truncate(subject))
                        .addValue("why", truncate(why)).addValue("at", Timestamp.from(at)));
    }

    private static String truncate(String text) {
        return text == null || text.length() <= 300 ? text : text.substring(0, 300);
    }
}
