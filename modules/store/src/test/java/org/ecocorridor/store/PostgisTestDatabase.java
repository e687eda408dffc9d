package org.ecocorridor.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Assumptions;

/**
 * The PostGIS test database: {@code ECOCORRIDOR_TEST_DB_URL} (default
 * {@code jdbc:postgresql://127.0.0.1:5432/ecocorridor_test}), user {@code ECOCORRIDOR_TEST_DB_USER}
 * (default {@code postgres}), password {@code ECOCORRIDOR_TEST_DB_PASSWORD}. The database is created
 * when missing (through the server's {@code postgres} database). Each test gets its own schema,
 * dropped afterwards, so runs (and concurrent runs of other modules) are independent. Unreachable:
 * tests are skipped, unless {@code CI=true}, where they fail.
 */
public final class PostgisTestDatabase {
    public static final String URL = env("ECOCORRIDOR_TEST_DB_URL", "jdbc:postgresql://127.0.0.1:5432/ecocorridor_test");
    public static final String USER = env("ECOCORRIDOR_TEST_DB_USER", "postgres");
    public static final String PASSWORD = env("ECOCORRIDOR_TEST_DB_PASSWORD", "");

    private PostgisTestDatabase() {
    }

    /** Creates the database and the PostGIS extension when missing; skips (or fails on CI) when unreachable. */
    public static void ensureAvailable() {
        try {
            createDatabaseIfMissing(URL);
            try (Connection c = connect(URL); Statement s = c.createStatement()) {
                s.execute("CREATE EXTENSION IF NOT EXISTS postgis");
            }
        } catch (SQLException e) {
            String reason = "PostGIS test database " + URL + " unavailable: " + e.getMessage();
            if ("true".equals(System.getenv("CI"))) {
                throw new IllegalStateException(reason + " (CI=true: PostGIS tests must run)", e);
            }
            Assumptions.abort(reason);
        }
    }

    /** Creates a new empty schema and returns its name. */
    public static String createSchema() throws SQLException {
        String schema = "eco_t_" + Long.toHexString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE);
        execute(URL, "CREATE SCHEMA " + schema);
        return schema;
    }

    public static void dropSchema(String schema) throws SQLException {
        execute(URL, "DROP SCHEMA IF EXISTS " + schema + " CASCADE");
    }

    /** A store URL whose tables go to {@code schema}, PostGIS functions found in {@code public}. */
    public static String urlWithSchema(String schema) {
        return URL + (URL.contains("?") ? "&" : "?") + "currentSchema=" + schema + ",public";
    }

    /** The URL of another database on the same server. */
    static String urlOfDatabase(String database) {
        String noParams = URL.split("\\?", 2)[0];
        return noParams.substring(0, noParams.lastIndexOf('/') + 1) + database;
    }

    static void createDatabaseIfMissing(String url) throws SQLException {
        String database = url.split("\\?", 2)[0];
        database = database.substring(database.lastIndexOf('/') + 1);
        try (Connection c = connect(urlOfDatabase("postgres"));
                PreparedStatement ps = c.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            ps.setString(1, database);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    try (Statement s = c.createStatement()) {
                        s.execute("CREATE DATABASE \"" + database.toLowerCase(Locale.ROOT) + '"');
                    }
                }
            }
        }
    }

    static void dropDatabase(String database) throws SQLException {
        execute(urlOfDatabase("postgres"), "DROP DATABASE IF EXISTS \"" + database + "\" WITH (FORCE)");
    }

    static void execute(String url, String sql) throws SQLException {
        try (Connection c = connect(url); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static Connection connect(String url) throws SQLException {
        DriverManager.setLoginTimeout(5);
        return DriverManager.getConnection(url, USER, PASSWORD);
    }

    private static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }
}
