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

    PostgresCopy(Connection connection) throws SQLException {
        this.copyManager = connection.unwrap(PGConnection.class).getCopyAPI();
    }

    /** Runs {@code sql} (a COPY ... FROM STDIN WITH (FORMAT csv) of import_id and the dataset's columns) for the rows. */
    void copy(String sql, long importId, List<ParsedRow> rows) throws SQLException {
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
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
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
}
