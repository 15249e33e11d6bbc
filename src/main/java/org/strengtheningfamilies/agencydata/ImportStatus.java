package org.strengtheningfamilies.agencydata;

import java.time.Duration;
import java.time.Instant;

/** An import as {@code GET /api/imports/{id}} shows it, while it runs and after. */
public record ImportStatus(long importId, String dataset, String fileName, String status, String importedBy,
                           String channel, Instant startedAt, Instant finishedAt, long rowsRead, long accepted,
                           long rejected, long changed, long rowsPerSecond, String sha256, String failure) {

    static long rowsPerSecond(long rows, Duration elapsed) {
        long millis = Math.max(1, elapsed.toMillis());
        return rows * 1000 / millis;
    }
}
