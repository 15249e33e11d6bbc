package org.strengtheningfamilies.partnerapi;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The answers given to POST /api/referrals with an Idempotency-Key, per caller. {@link #claim} runs
 * in the transaction that starts the case: a second request with the same key inserts the same
 * primary key, so the database makes it wait until the first commits (and then fail as a duplicate)
 * or rolls back (and then go ahead), on one node or several.
 */
class IdempotencyKeys {

    /** A committed answer (a key is only visible to others once its request has committed). */
    record Stored(String requestHash, int status, String body, String location) {
    }

    private final JdbcTemplate jdbc;

    IdempotencyKeys(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Stored> find(String userId, String key) {
        return jdbc.query("select request_hash, response_status, response_body, location from sf_idempotency_key "
                        + "where user_id = ? and idempotency_key = ?",
                (rs, n) -> new Stored(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4)), userId, key)
                .stream().findFirst();
    }

    /**
     * Takes the key for this request before anything else is written: throws DuplicateKeyException when
     * another request holds it (after waiting for that request's transaction to end).
     */
    void claim(String userId, String key, String requestHash, Instant now) {
        jdbc.update("insert into sf_idempotency_key (user_id, idempotency_key, request_hash, response_status, "
                        + "response_body, created_at) values (?, ?, ?, 0, '', ?)",
                userId, key, requestHash, Timestamp.from(now));
    }

    /** The answer the claimed key gives from now on; in the same transaction as the claim. */
    void answer(String userId, String key, int status, String body, String location) {
        jdbc.update("update sf_idempotency_key set response_status = ?, response_body = ?, location = ? "
                + "where user_id = ? and idempotency_key = ?", status, body, location, userId, key);
    }

    void forgetOlderThan(Instant cutoff) {
        jdbc.update("delete from sf_idempotency_key where created_at < ?", Timestamp.from(cutoff));
    }
}
