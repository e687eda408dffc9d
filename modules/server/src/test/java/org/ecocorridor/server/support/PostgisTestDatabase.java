package org.ecocorridor.server.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Assumptions;

/**
 * A fresh PostgreSQL database for one test class, on the server named by
 * {@code ECOCORRIDOR_TEST_DB_URL} (default {@code jdbc:postgresql://127.0.0.1:5432/ecocorridor_test})
 * as {@code ECOCORRIDOR_TEST_DB_USER} (default {@code postgres}). When the server cannot be reached
 * the test is skipped, except with {@code CI=true}, where it fails: CI must test PostGIS.
 */
public final class PostgisTestDatabase {
    private PostgisTestDatabase() {
    }

    /** The base URL of the test server, without the database name. */
    private static String serverUrl() {
        String url = System.getenv().getOrDefault("ECOCORRIDOR_TEST_DB_URL",
                "jdbc:postgresql://127.0.0.1:5432/ecocorridor_test");
        return url.substring(0, url.lastIndexOf('/') + 1);
    }

    public static String user() {
        return System.getenv().getOrDefault("ECOCORRIDOR_TEST_DB_USER", "postgres");
    }

    public static String password() {
        return System.getenv().getOrDefault("ECOCORRIDOR_TEST_DB_PASSWORD", "");
    }

    /**
     * Drops and recreates database {@code name} plus {@code ECOCORRIDOR_TEST_DB_SUFFIX} (default empty:
     * lets several checkouts test against one server at once); returns its JDBC URL.
     */
    public static String recreate(String baseName) {
        String name = baseName + System.getenv().getOrDefault("ECOCORRIDOR_TEST_DB_SUFFIX", "");
        try (Connection c = DriverManager.getConnection(serverUrl() + "postgres", user(), password());
                Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            s.execute("CREATE DATABASE " + name);
            return serverUrl() + name;
        } catch (SQLException e) {
            String why = "PostgreSQL/PostGIS not reachable at " + serverUrl() + " (" + e.getMessage()
                    + "); run scripts/test, which provisions it";
            if ("true".equals(System.getenv("CI"))) {
                throw new IllegalStateException(why, e);
            }
            Assumptions.abort(why);
            return null;
        }
    }
}
