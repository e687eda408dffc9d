package org.ecocorridor.store.ingest;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.ecocorridor.core.catalog.LayerInfo;
import org.ecocorridor.core.catalog.LayerKind;
import org.ecocorridor.core.feature.FeatureCursor;
import org.ecocorridor.core.feature.FeatureCursors;
import org.ecocorridor.store.StoreException;
import org.ecocorridor.store.catalog.CatalogEntry;
import org.ecocorridor.store.catalog.LayerCatalog;
import org.ecocorridor.store.catalog.LayerStorage;
import org.ecocorridor.store.raster.RasterStore;
import org.ecocorridor.store.sql.Identifiers;
import org.ecocorridor.store.sql.JdbcValues;
import org.ecocorridor.store.sql.SqlDialect;
import org.ecocorridor.store.sql.Transactions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes the outputs of an analysis run as catalog layers named {@code run_<id>_<suffix>}, all or
 * nothing: every table, raster and catalog row of the run appears together or not at all.
 *
 * <p>On PostgreSQL everything happens in one transaction. H2 commits each DDL statement, so there a
 * failure is compensated: every table, raster and catalog row created for the run is removed again
 * ({@link #deleteRun}) before the exception propagates. Readers may briefly see a partial run on H2
 * while it is being written; they never see one after a failure.
 *
 * <p>Thread-safe (stateless over a pooled data source).
 */
public final class RunPublisher {
    private static final Logger LOG = LoggerFactory.getLogger(RunPublisher.class);
    private final DataSource dataSource;
    private final SqlDialect dialect;
    private final LayerCatalog catalog;
    private final RasterStore rasters;

    public RunPublisher(DataSource dataSource, SqlDialect dialect, LayerCatalog catalog, RasterStore rasters) {
        this.dataSource = dataSource;
        this.dialect = dialect;
        this.catalog = catalog;
        this.rasters = rasters;
    }

    /** The layer name of a run's output: {@code run_<runId>_<suffix>}. */
    public static String layerName(long runId, String suffix) {
        if (runId <= 0) {
            throw new IllegalArgumentException("Run id must be positive, got " + runId);
        }
        return "run_" + runId + "_" + suffix;
    }

    /**
     * Writes and registers every output of a run.
     *
     * @param owner     the user who ran it, or null
     * @param sensitive whether the layers are hidden from anonymous users
     * @return the catalog entries, in the order of {@code layers}
     * @throws StoreException for database failures (nothing of the run is left behind)
     */
    public List<CatalogEntry> publish(long runId, String owner, boolean sensitive, List<ResultLayer> layers) {
        return publish(runId, owner, sensitive, false, layers);
    }

    /**
     * Writes and registers every output of a run.
     *
     * @param owner     the user who ran it, or null
     * @param sensitive whether the layers are hidden from anonymous users
     * @param ownerOnly whether only the owner (and admins) may see the layers: a private run, until
     *                  {@link #setOwnerOnly published}
     * @return the catalog entries, in the order of {@code layers}
     * @throws StoreException for database failures (nothing of the run is left behind)
     * @throws IllegalArgumentException when {@code ownerOnly} without an owner
     */
    public List<CatalogEntry> publish(long runId, String owner, boolean sensitive, boolean ownerOnly,
            List<ResultLayer> layers) {
        if (ownerOnly && owner == null) {
            throw new IllegalArgumentException("Run " + runId + " cannot be private without an owner");
        }
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                List<CatalogEntry> entries = new ArrayList<>();
                for (ResultLayer layer : layers) {
                    entries.add(write(c, runId, owner, sensitive, ownerOnly, layer));
                }
                c.commit();
                LOG.info("Published run {}: {} layers", runId, entries.size());
                return entries;
            } catch (SQLException | RuntimeException e) {
                Transactions.rollbackQuietly(c, e);
                if (!dialect.transactionalDdl()) {
                    c.setAutoCommit(true);
                    removeQuietly(runId, layers, e);
                }
                throw e instanceof SQLException sql
                        ? new StoreException("Publishing run " + runId + " failed: " + sql.getMessage(), sql)
                        : (RuntimeException) e;
            } finally {
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StoreException("Publishing run " + runId + " failed: " + e.getMessage(), e);
        }
    }

    private CatalogEntry write(Connection c, long runId, String owner, boolean sensitive, boolean ownerOnly,
            ResultLayer layer) throws SQLException {
        String name = layer.layerName(runId);
        if (layer.grid() != null) {
            rasters.save(c, name, layer.title(), layer.parametersJson(), layer.grid());
            return catalog.upsert(c, new CatalogEntry(info(layer, name, LayerKind.RASTER, sensitive, owner, ownerOnly),
                    LayerStorage.raster(name), owner, runId, null));
        }
        FeatureTableWriter writer = new FeatureTableWriter(dialect, layer.schema());
        writer.createTable(c, name);
        try (FeatureCursor cursor = FeatureCursors.of(layer.schema(), layer.features())) {
            writer.insertAll(c, name, cursor, LayerImporter.BATCH_SIZE, conn -> { }, n -> { });
        }
        writer.createSpatialIndex(c, name, name + "_gix");
        LayerStorage storage = new LayerStorage(name, FeatureTableWriter.ID_COLUMN, FeatureTableWriter.GEOMETRY_COLUMN,
                null, FeatureTableWriter.SRID, null, null);
        return catalog.upsert(c, new CatalogEntry(info(layer, name, LayerKind.VECTOR, sensitive, owner, ownerOnly), storage, owner,
                runId, null));
    }

    private static LayerInfo info(ResultLayer layer, String name, LayerKind kind, boolean sensitive, String owner,
            boolean ownerOnly) {
        return new LayerInfo(name, layer.title(), layer.abstractText(), List.of("analysis result"), kind,
                layer.style(), null, null, 0, sensitive, false, Instant.now(), owner, ownerOnly);
    }

    /**
     * Makes a run's layers private to their owner or visible to all (publication); advances their
     * {@code updated_at} so that caches and ETags change with the visibility.
     *
     * @return the number of layers changed
     */
    public int setOwnerOnly(long runId, boolean ownerOnly) {
        return Transactions.withConnection(dataSource, "Changing visibility of run " + runId, c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE layers SET owner_only = ?, updated_at = ? WHERE run_id = ? AND owner IS NOT NULL")) {
                ps.setBoolean(1, ownerOnly);
                JdbcValues.bindInstant(ps, 2, Instant.now());
                ps.setLong(3, runId);
                return ps.executeUpdate();
            }
        });
    }

    /**
     * Deletes every layer of a run: catalog rows, tables and rasters.
     *
     * @return the number of layers removed
     */
    public int deleteRun(long runId) {
        List<CatalogEntry> entries = catalog.list().stream()
                .filter(e -> e.runId() != null && e.runId() == runId).toList();
        Transactions.inTransaction(dataSource, "Deleting run " + runId, c -> {
            for (CatalogEntry e : entries) {
                catalog.delete(c, e.name());
                if (e.storage().rasterName() != null) {
                    deleteRaster(c, e.storage().rasterName());
                } else {
                    execute(c, "DROP TABLE IF EXISTS " + Identifiers.quote(e.storage().sourceTable()));
                }
            }
            return null;
        });
        return entries.size();
    }

    /** After a failed publish on H2: drop whatever of the run was created (by name, catalogued or not). */
    private void removeQuietly(long runId, List<ResultLayer> layers, Exception failure) {
        try {
            deleteRun(runId);
            Transactions.inTransaction(dataSource, "Cleaning up run " + runId, c -> {
                for (ResultLayer l : layers) {
                    String name = l.layerName(runId);
                    if (l.grid() != null) {
                        deleteRaster(c, name);
                    } else {
                        execute(c, "DROP TABLE IF EXISTS " + Identifiers.quote(name));
                    }
                }
                return null;
            });
        } catch (RuntimeException e) {
            failure.addSuppressed(e);
        }
    }

    private static void deleteRaster(Connection c, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "DELETE FROM raster_tiles WHERE raster_id IN (SELECT id FROM rasters WHERE name = ?)")) {
            ps.setString(1, name);
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM rasters WHERE name = ?")) {
            ps.setString(1, name);
            ps.executeUpdate();
        }
    }

    private static void execute(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    /** Whether any layer of the run is catalogued (for tests and run deletion). */
    public boolean hasLayers(long runId) {
        return Transactions.withConnection(dataSource, "Reading run " + runId + " layers", c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM layers WHERE run_id = ?")) {
                ps.setLong(1, runId);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getLong(1) > 0;
                }
            }
        });
    }
}
