package org.strengtheningfamilies.testing;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import org.springframework.boot.SpringApplication;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * One real PostgreSQL server per test JVM (embedded binaries, no Docker), a fresh database per test
 * class. Closed when the JVM exits, after the Spring contexts that still use it: a JVM's shutdown hooks
 * run all at once, so the server's own hook stopped it while a cached context was closing, whose pool
 * then waited its 30 s for a connection and surefire killed the fork; Spring Boot's shutdown handlers
 * run once its contexts are closed.
 */
public final class EmbeddedPostgresDatabase {

    private static EmbeddedPostgres server;
    private static final java.util.Set<String> DATABASES = new java.util.HashSet<>();

    private EmbeddedPostgresDatabase() {
    }

    public static synchronized String jdbcUrl(String database) {
        try {
            if (server == null) {
                EmbeddedPostgres started = EmbeddedPostgres.builder().setRegisterShutdownHook(false).start();
                SpringApplication.getShutdownHandlers().add(() -> {
                    try {
                        started.close();
                    } catch (IOException ignored) {
                        // the JVM is exiting; the data directory is temporary
                    }
                });
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
