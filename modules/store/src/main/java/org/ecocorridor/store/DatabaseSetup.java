package org.ecocorridor.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.ecocorridor.store.sql.SqlDialect;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.h2gis.functions.factory.H2GISFunctions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes a fresh database usable: the PostGIS extension on PostgreSQL, the H2GIS functions on H2
 * (registered once per database: they are persistent aliases), then the Flyway migrations of the
 * dialect.
 *
 * <p>Thread-safe (stateless).
 */
final class DatabaseSetup {
    private static final Logger LOG = LoggerFactory.getLogger(DatabaseSetup.class);

    private DatabaseSetup() {
    }

    static void prepare(DataSource dataSource, SqlDialect dialect, StoreConfig config) {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            if (dialect == SqlDialect.POSTGIS) {
                ensurePostgis(s, config);
            } else if (!h2gisLoaded(s)) {
                LOG.info("Registering H2GIS functions in the embedded database (first start)");
                H2GISFunctions.load(c);
            }
        } catch (SQLException e) {
            throw new StoreException("Cannot prepare the " + dialect.name() + " database " + describe(config)
                    + ": " + e.getMessage(), e);
        }
    }

    private static boolean h2gisLoaded(Statement s) throws SQLException {
        try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM information_schema.routines"
                + " WHERE LOWER(routine_name) = 'st_geomfromwkb'")) {
            return rs.next() && rs.getLong(1) > 0;
        }
    }

    private static void ensurePostgis(Statement s, StoreConfig config) throws SQLException {
        String installed;
        try (ResultSet rs = s.executeQuery(
                "SELECT installed_version FROM pg_available_extensions WHERE name = 'postgis'")) {
            if (!rs.next()) {
                throw new StoreException("PostGIS is not installed on the PostgreSQL server of " + describe(config)
                        + ". Install it on that server, e.g. on Debian/Ubuntu 'sudo apt-get install postgresql-"
                        + majorVersion(s) + "-postgis-3' (postgresql-15-postgis-3 for PostgreSQL 15), then restart:"
                        + " Ecocorridor runs CREATE EXTENSION postgis itself.");
            }
            installed = rs.getString(1);
        }
        if (installed == null) {
            try {
                s.execute("CREATE EXTENSION IF NOT EXISTS postgis");
                LOG.info("Created the PostGIS extension in {}", describe(config));
            } catch (SQLException e) {
                throw new StoreException("PostGIS is available but the extension could not be created in "
                        + describe(config) + " as user " + config.user() + " (" + e.getMessage()
                        + "). Ask a superuser to run: CREATE EXTENSION postgis;", e);
            }
        }
    }

    private static String majorVersion(Statement s) {
        try (ResultSet rs = s.executeQuery("SHOW server_version_num")) {
            return rs.next() ? String.valueOf(Integer.parseInt(rs.getString(1)) / 10_000) : "15";
        } catch (SQLException | NumberFormatException e) {
            return "15";
        }
    }

    static void migrate(DataSource dataSource, SqlDialect dialect) {
        try {
            var result = Flyway.configure(DatabaseSetup.class.getClassLoader())
                    .dataSource(dataSource)
                    .locations(dialect.migrationLocation())
                    // H2GIS and PostGIS create their own tables (spatial_ref_sys...) in the schema first.
                    .baselineOnMigrate(true)
                    .baselineVersion("0")
                    .load()
                    .migrate();
            if (result.migrationsExecuted > 0) {
                LOG.info("Applied {} migration(s); schema now at version {}", result.migrationsExecuted,
                        result.targetSchemaVersion);
            }
        } catch (FlywayException e) {
            throw new StoreException("Database migration (" + dialect.migrationLocation() + ") failed: "
                    + e.getMessage(), e);
        }
    }

    private static String describe(StoreConfig config) {
        return config.isPostgis() ? config.jdbcUrl() : config.effectiveJdbcUrl();
    }
}
