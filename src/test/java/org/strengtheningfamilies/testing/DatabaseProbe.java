package org.strengtheningfamilies.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Reads the shared database directly: what the application processes did, whatever they say. */
public final class DatabaseProbe {

    private final String jdbcUrl;

    public DatabaseProbe(String jdbcUrl) {
        this.jdbcUrl = jdbcUrl;
    }

    public int count(String sql) throws SQLException {
        try (Connection db = DriverManager.getConnection(jdbcUrl, "postgres", "postgres");
             ResultSet rs = db.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /** The first column of the first row as an instant (null for SQL null), read as the nodes wrote it. */
    public Instant instant(String sql) throws SQLException {
        try (Connection db = DriverManager.getConnection(jdbcUrl, "postgres", "postgres");
             ResultSet rs = db.createStatement().executeQuery(sql)) {
            rs.next();
            Timestamp value = rs.getTimestamp(1);
            return value == null ? null : value.toInstant();
        }
    }

    public List<String> strings(String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection db = DriverManager.getConnection(jdbcUrl, "postgres", "postgres");
             ResultSet rs = db.createStatement().executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }

    public void await(String sql, int expected, Duration timeout) throws SQLException, InterruptedException {
        long until = System.currentTimeMillis() + timeout.toMillis();
        int last = -1;
        while (System.currentTimeMillis() < until) {
            last = count(sql);
            if (last == expected) {
                return;
            }
            Thread.sleep(300);
        }
        throw new AssertionError(sql + " stayed at " + last + ", expected " + expected);
    }
}
