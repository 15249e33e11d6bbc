package org.strengtheningfamilies.agencydata;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;

/**
 * Writes a chunk of checked rows with COPY (CSV), into the dataset table (new keys) or the import's
 * temporary table (keys to merge): one round trip and no statement to plan per chunk, which is what
 * makes PostgreSQL imports fast.
 */
final class PostgresCopy {

    private final CopyManager copyManager;
    private final StringBuilder text = new StringBuilder(1 << 20);
    /** A COPY kept open across chunks, so that PostgreSQL stores one chunk while the next is prepared. */
    private CopyIn open;

    PostgresCopy(Connection connection) throws SQLException {
        this.copyManager = connection.unwrap(PGConnection.class).getCopyAPI();
    }

    /** Runs {@code sql} (a COPY ... FROM STDIN WITH (FORMAT csv) of import_id and the dataset's columns) for the rows. */
    void copy(String sql, long importId, List<ParsedRow> rows) throws SQLException {
        finish();
        byte[] bytes = csv(importId, rows);
        CopyIn copyIn = copyManager.copyIn(sql);
        try {
            copyIn.writeToCopy(bytes, 0, bytes.length);
            copyIn.endCopy();
        } finally {
            if (copyIn.isActive()) {
                copyIn.cancelCopy();
            }
        }
    }

    /**
     * Sends the rows into a COPY that stays open for the next chunk (one COPY for a whole first load);
     * {@link #finish()} ends it before anything else uses the connection.
     */
    void stream(String sql, long importId, List<ParsedRow> rows) throws SQLException {
        byte[] bytes = csv(importId, rows);
        if (open == null) {
            open = copyManager.copyIn(sql);
        }
        try {
            open.writeToCopy(bytes, 0, bytes.length);
        } catch (SQLException e) {
            cancel();
            throw e;
        }
    }

    /** Ends the open COPY, if any: PostgreSQL checks and stores what is still in flight. */
    void finish() throws SQLException {
        if (open != null) {
            CopyIn ending = open;
            open = null;
            try {
                ending.endCopy();
            } finally {
                if (ending.isActive()) {
                    ending.cancelCopy();
                }
            }
        }
    }

    /** After a failure: gives the connection back for the rollback. */
    void cancel() {
        if (open != null) {
            try {
                if (open.isActive()) {
                    open.cancelCopy();
                }
            } catch (SQLException ignored) {
                // the import fails anyway; the rollback discards what was copied
            } finally {
                open = null;
            }
        }
    }

    private byte[] csv(long importId, List<ParsedRow> rows) {
        text.setLength(0);
        for (ParsedRow row : rows) {
            text.append(importId);
            for (Object value : row.values) {
                text.append(',');
                if (value instanceof String string) {
                    // quoted: an empty string stays an empty string, an unquoted nothing is NULL
                    text.append('"');
                    for (int i = 0; i < string.length(); i++) {
                        char c = string.charAt(i);
                        if (c == '"') {
                            text.append('"');
                        }
                        text.append(c);
                    }
                    text.append('"');
                } else if (value != null) {
                    text.append(value); // dates ISO, numbers, true/false: as COPY reads them
                }
            }
            text.append('\n');
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }
}
