package org.ecocorridor.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.Files;
import org.ecocorridor.store.sql.SqlDialect;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens a {@link SpatialStore}: a HikariCP pool on PostGIS or H2GIS, the database prepared
 * (PostGIS extension or H2GIS functions) and Flyway migrations applied.
 *
 * <p>Thread-safe (stateless).
 */
public final class SpatialStores {
    private static final Logger LOG = LoggerFactory.getLogger(SpatialStores.class);
    /** Connections per pool: enough for a few concurrent requests plus one long import or job. */
    static final int MAX_POOL_SIZE = 10;

    private SpatialStores() {
    }

    /**
     * Opens the store named by a configuration and migrates it to the latest schema version. With
     * no JDBC URL the embedded H2GIS database {@code <dataDir>/ecocorridor.mv.db} is created when
     * missing.
     *
     * @throws StoreException when the database cannot be reached, PostGIS is missing (the message
     *                        says how to install it) or a migration fails; the pool is closed then
     */
    public static SpatialStore open(StoreConfig config) {
        SqlDialect dialect = config.isPostgis() ? SqlDialect.POSTGIS : SqlDialect.H2GIS;
        if (config.jdbcUrl() == null) {
            createDataDir(config);
        }
        HikariDataSource dataSource = new HikariDataSource(hikariConfig(config, dialect));
        try {
            DatabaseSetup.prepare(dataSource, dialect, config);
            DatabaseSetup.migrate(dataSource, dialect);
            LOG.info("Opened {} store at {}", dialect.name(), config.isPostgis() ? config.jdbcUrl()
                    : config.effectiveJdbcUrl());
            return new SpatialStore(config, dialect, dataSource);
        } catch (RuntimeException e) {
            dataSource.close();
            throw e;
        }
    }

    private static HikariConfig hikariConfig(StoreConfig config, SqlDialect dialect) {
        HikariConfig hc = new HikariConfig();
        hc.setPoolName("ecocorridor-" + dialect.name());
        hc.setJdbcUrl(config.effectiveJdbcUrl());
        hc.setMaximumPoolSize(MAX_POOL_SIZE);
        if (dialect == SqlDialect.POSTGIS) {
            hc.setUsername(config.user());
            hc.setPassword(config.password());
            // Multi-row INSERTs from JDBC batches: about 3x faster imports.
            hc.addDataSourceProperty("reWriteBatchedInserts", "true");
        } else {
            hc.setUsername(config.user() == null ? "sa" : config.user());
            hc.setPassword(config.password() == null ? "" : config.password());
        }
        return hc;
    }

    private static void createDataDir(StoreConfig config) {
        try {
            Files.createDirectories(config.dataDir());
        } catch (IOException e) {
            throw new StoreException("Cannot create the data directory " + config.dataDir().toAbsolutePath()
                    + " of the embedded store (set " + StoreConfig.ENV_DATA_DIR + " to a writable folder): "
                    + e.getMessage(), e);
        }
    }
}
