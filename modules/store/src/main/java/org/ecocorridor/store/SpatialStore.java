package org.ecocorridor.store;

import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.ecocorridor.store.analysis.AnalysisInputs;
import org.ecocorridor.store.catalog.LayerCatalog;
import org.ecocorridor.store.feature.LayerFeatureReader;
import org.ecocorridor.store.ingest.LayerImporter;
import org.ecocorridor.store.ingest.RunPublisher;
import org.ecocorridor.store.raster.RasterStore;
import org.ecocorridor.store.run.AnalysisRunStore;
import org.ecocorridor.store.run.JobQueue;
import org.ecocorridor.store.security.UserStore;
import org.ecocorridor.store.sql.SqlDialect;
import org.ecocorridor.store.sql.SqlWork;
import org.ecocorridor.store.sql.Transactions;

/**
 * An open, migrated store (PostGIS or embedded H2GIS) and its data-access objects. Obtain one from
 * {@link SpatialStores#open(StoreConfig)}; close it to release the connection pool (and, for the
 * embedded store, the database file lock).
 *
 * <p>Thread-safe: the pool and every accessor are shared by all threads.
 */
public final class SpatialStore implements AutoCloseable {
    private final StoreConfig config;
    private final SqlDialect dialect;
    private final HikariDataSource dataSource;
    private final LayerCatalog catalog;
    private final LayerFeatureReader features;
    private final LayerImporter importer;
    private final RasterStore rasters;
    private final UserStore users;
    private final AnalysisRunStore runs;
    private final JobQueue jobs;
    private final RunPublisher publisher;
    private final AnalysisInputs analysisInputs;

    SpatialStore(StoreConfig config, SqlDialect dialect, HikariDataSource dataSource) {
        this.config = config;
        this.dialect = dialect;
        this.dataSource = dataSource;
        this.catalog = new LayerCatalog(dataSource, dialect);
        this.features = new LayerFeatureReader(dataSource, dialect, catalog);
        this.importer = new LayerImporter(dataSource, dialect, catalog);
        this.rasters = new RasterStore(dataSource, catalog);
        this.users = new UserStore(dataSource);
        this.runs = new AnalysisRunStore(dataSource);
        this.jobs = new JobQueue(dataSource, dialect);
        this.publisher = new RunPublisher(dataSource, dialect, catalog, rasters);
        this.analysisInputs = new AnalysisInputs(dataSource);
    }

    public StoreConfig config() {
        return config;
    }

    /** {@link SqlDialect#POSTGIS} or {@link SqlDialect#H2GIS}. */
    public SqlDialect dialect() {
        return dialect;
    }

    /** The pooled data source (for Spring's health checks or a {@code JdbcTemplate}). */
    public DataSource dataSource() {
        return dataSource;
    }

    /** The layer catalog. */
    public LayerCatalog catalog() {
        return catalog;
    }

    /** Streaming read access to the features of vector layers. */
    public LayerFeatureReader features() {
        return features;
    }

    /** Imports feature streams as new or replacement layers. */
    public LayerImporter importer() {
        return importer;
    }

    /** Tiled raster storage. */
    public RasterStore rasters() {
        return rasters;
    }

    /** Users, password hashes and roles. */
    public UserStore users() {
        return users;
    }

    /** Analysis run records. */
    public AnalysisRunStore runs() {
        return runs;
    }

    /** The durable job queue (claiming, heartbeats, cancellation) on the analysis run records. */
    public JobQueue jobs() {
        return jobs;
    }

    /** Publishes analysis outputs as {@code run_<id>_*} layers, all or nothing. */
    public RunPublisher publisher() {
        return publisher;
    }

    /** Species resistance tables, habitat patches, infrastructure and countries for analyses. */
    public AnalysisInputs analysisInputs() {
        return analysisInputs;
    }

    /**
     * Runs work in one transaction: commit on success, rollback on any exception.
     *
     * @param context what the work does, for the {@link StoreException} message
     */
    public <T> T inTransaction(String context, SqlWork<T> work) {
        return Transactions.inTransaction(dataSource, context, work);
    }

    @Override
    public void close() {
        dataSource.close();
    }
}
