package org.wirecheck.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Gives a Quarkus test run its own database on the local PostgreSQL (created if missing, dropped and created again
 * with {@code fresh=true}) so tests never touch the databases of a running stack. The name is the {@code database}
 * init arg plus this checkout's {@link #checkoutTag()}. Init args: {@code database}
 * (required), {@code fresh} (default true). The server is {@code WIRECHECK_PG_HOST}/{@code WIRECHECK_PG_PORT}/
 * {@code WIRECHECK_PG_USER}, by default 127.0.0.1:5432 as postgres with trust authentication.
 */
public class PostgresTestDatabase implements QuarkusTestResourceLifecycleManager {

    private String database;
    private boolean fresh = true;

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.get("database");
        if (database == null || !database.matches("[a-z_][a-z0-9_]{0,50}")) {
            throw new IllegalArgumentException("database must be a lower-case SQL identifier, got " + database);
        }
        fresh = Boolean.parseBoolean(initArgs.getOrDefault("fresh", "true"));
    }

    @Override
    public Map<String, String> start() {
        database = database + "_" + checkoutTag();
        ensure(database, fresh);
        return Map.of("quarkus.datasource.jdbc.url", jdbcUrl(database),
                "quarkus.datasource.username", user());
    }

    @Override
    public void stop() {
        // The database stays for inspection after a failed run; the next run recreates it.
    }

    /**
     * Eight hex digits naming this checkout (a hash of the repository root's path), appended to test database names
     * so that two checkouts — a worktree, a fresh clone in CI — can run their tests at the same time.
     */
    public static String checkoutTag() {
        return String.format("%08x", WirecheckRoot.find().toString().hashCode());
    }

    /** Creates {@code database} if it does not exist; with {@code recreate}, drops it first. */
    public static void ensure(String database, boolean recreate) {
        try (Connection c = DriverManager.getConnection(jdbcUrl("postgres"), user(), "")) {
            if (recreate) {
                try (Statement s = c.createStatement()) {
                    s.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
                }
            }
            try (PreparedStatement q = c.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
                q.setString(1, database);
                try (ResultSet rs = q.executeQuery()) {
                    if (rs.next()) {
                        return;
                    }
                }
            }
            try (Statement s = c.createStatement()) {
                s.execute("CREATE DATABASE " + database);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot prepare test database " + database + " on " + jdbcUrl("postgres")
                    + " (is PostgreSQL running with trust authentication?): " + e.getMessage(), e);
        }
    }

    public static String jdbcUrl(String database) {
        return "jdbc:postgresql://" + env("WIRECHECK_PG_HOST", "127.0.0.1") + ":" + env("WIRECHECK_PG_PORT", "5432")
                + "/" + database;
    }

    public static String user() {
        return env("WIRECHECK_PG_USER", "postgres");
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
