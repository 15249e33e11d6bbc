package org.strengtheningfamilies.testing;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * One real PostgreSQL server per test JVM (embedded binaries, no Docker), a fresh database per test
 * class. Closed when the JVM exits, after the Spring contexts that still use it.
 */
public final class EmbeddedPostgresDatabase {

    private static EmbeddedPostgres server;
    private static final java.util.Set<String> DATABASES = new java.util.HashSet<>();

    private EmbeddedPostgresDatabase() {
    }

    public static synchronized String jdbcUrl(String database) {
        try {
            if (server == null) {
                EmbeddedPostgres started = EmbeddedPostgres.builder().start();
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        started.close();
                    } catch (IOException ignored) {
                        // the JVM is exiting; the data directory is temporary
                    }
                }));
                server = started;
            }
            if (DATABASES.add(database)) {
                try (Connection connection = server.getPostgresDatabase().getConnection();
                     Statement statement = connection.createStatement()) {
                    statement.execute("create database " + database);
                }
            }
            return server.getJdbcUrl("postgres", database);
        } catch (IOException | SQLException e) {
            throw new IllegalStateException("embedded PostgreSQL did not start", e);
        }
    }
}
