package org.ecocorridor.store.ingest;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.LongConsumer;
import javax.sql.DataSource;
import org.ecocorridor.core.catalog.LayerInfo;
import org.ecocorridor.core.catalog.LayerKind;
import org.ecocorridor.core.feature.FeatureCursor;
import org.ecocorridor.store.StoreException;
import org.ecocorridor.store.catalog.CatalogEntry;
import org.ecocorridor.store.catalog.LayerCatalog;
import org.ecocorridor.store.catalog.LayerStorage;
import org.ecocorridor.store.sql.Identifiers;
import org.ecocorridor.store.sql.SchemaInspector;
import org.ecocorridor.store.sql.SqlDialect;
import org.ecocorridor.store.sql.Transactions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes a stream of features as a layer: all or nothing. The features go into a new table
 * {@code import_<random>} (batches of {@value #BATCH_SIZE} rows, never a list of all features),
 * which then replaces {@code layer_<name>} and is registered in the catalog.
 *
 * <p><b>PostGIS</b>: everything, DDL included, is one transaction; any failure (a bad value from
 * the cursor, a constraint, the catalog) rolls it back and the store is unchanged.
 * <b>H2GIS</b>: H2 commits on every DDL statement, so the same guarantee is kept by compensation:
 * rows are committed per batch into the private new table, the swap renames the old table aside
 * ({@code layer_<name>} → {@code import_<random>_old}) before renaming the new one in, and any
 * failure drops the new table and renames the old one back. Only a crash of the JVM in the
 * middle of the swap (milliseconds) can leave an {@code import_*} table behind.
 *
 * <p>Features must be in EPSG:4326, longitude first (schema srid 4326, or 0 taken as 4326):
 * readers reproject. The table's geometry column has the schema's kind; single geometries are
 * promoted to multi for multi kinds ({@link GeometryConformance}).
 *
 * <p>The exception of a failing cursor propagates unchanged after the rollback. A progress
 * callback receives the number of features written after each batch; throwing from it aborts the
 * import (for cancellation).
 *
 * <p>Thread-safe; imports of the same name at the same time are not coordinated (the last wins, or
 * one fails).
 */
public final class LayerImporter {
    /** Rows per JDBC batch. */
    public static final int BATCH_SIZE = 1_000;
    /** Prefix of imported layers' tables. */
    public static final String TABLE_PREFIX = "layer_";
    /** Longest importable layer name, so that {@code layer_<name>} fits PostgreSQL's 63 characters. */
    public static final int MAX_NAME_LENGTH = Identifiers.MAX_LENGTH - 6;

    private static final Logger LOG = LoggerFactory.getLogger(LayerImporter.class);

    private final DataSource dataSource;
    private final SqlDialect dialect;
    private final LayerCatalog catalog;

    public LayerImporter(DataSource dataSource, SqlDialect dialect, LayerCatalog catalog) {
        this.dataSource = dataSource;
        this.dialect = dialect;
        this.catalog = catalog;
    }

    /** Imports without progress reports. See {@link #importLayer(LayerImport, FeatureCursor, LongConsumer)}. */
    public ImportResult importLayer(LayerImport request, FeatureCursor cursor) {
        return importLayer(request, cursor, written -> { });
    }

    /**
     * Imports all features of a cursor (which the caller still closes) as layer {@code request.name()},
     * replacing an earlier import of that name atomically.
     *
     * @param progress receives the number of features written so far after each batch
     * @throws IllegalArgumentException for a bad schema or value (naming the feature number), or when
     *                                  the name belongs to a layer that was not imported
     * @throws StoreException           for database failures
     */
    public ImportResult importLayer(LayerImport request, FeatureCursor cursor, LongConsumer progress) {
        FeatureTableWriter writer = new FeatureTableWriter(dialect, cursor.schema());
        String token = "import_" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong());
        try (Connection c = dataSource.getConnection()) {
            Optional<CatalogEntry> existing = catalog.get(c, request.name());
            existing.ifPresent(e -> requireImported(e, request));
            ImportResult result = dialect.transactionalDdl()
                    ? inOneTransaction(c, request, cursor, progress, writer, token)
                    : withCompensation(c, request, cursor, progress, writer, token);
            LOG.info("Imported {} features into layer {}{}", result.featuresWritten(), request.name(),
                    result.replaced() ? " (replaced)" : "");
            return result;
        } catch (SQLException e) {
            throw new StoreException("Importing layer " + request.name() + " failed: " + e.getMessage(), e);
        }
    }

    /**
     * Deletes an imported vector layer: its catalog entry and its {@code layer_<name>} table, in one
     * transaction where the database allows (on H2 the catalog row goes first, then the table).
     *
     * @return false when no layer has that name
     * @throws IllegalStateException when the layer was not imported (demo or analysis layers stay)
     */
    public boolean deleteLayer(String name) {
        try (Connection c = dataSource.getConnection()) {
            Optional<CatalogEntry> existing = catalog.get(c, name);
            if (existing.isEmpty()) {
                return false;
            }
            String table = TABLE_PREFIX + name;
            if (existing.get().info().kind() != LayerKind.VECTOR || !table.equals(existing.get().storage().sourceTable())) {
                throw new IllegalStateException("Layer \"" + name + "\" was not imported and cannot be deleted here");
            }
            c.setAutoCommit(false);
            try {
                catalog.delete(c, name);
                execute(c, "DROP TABLE IF EXISTS " + Identifiers.quote(table));
                c.commit();
            } catch (SQLException | RuntimeException e) {
                Transactions.rollbackQuietly(c, e);
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
            LOG.info("Deleted layer {}", name);
            return true;
        } catch (SQLException e) {
            throw new StoreException("Deleting layer " + name + " failed: " + e.getMessage(), e);
        }
    }

    private ImportResult inOneTransaction(Connection c, LayerImport request, FeatureCursor cursor,
            LongConsumer progress, FeatureTableWriter writer, String token) throws SQLException {
        c.setAutoCommit(false);
        try {
            writer.createTable(c, token);
            long written = writer.insertAll(c, token, cursor, BATCH_SIZE, conn -> { }, progress);
            writer.createSpatialIndex(c, token, token + "_gix");
            boolean replaced = SchemaInspector.exists(c, request.tableName());
            if (replaced) {
                execute(c, "DROP TABLE " + Identifiers.quote(request.tableName()));
            }
            rename(c, token, request.tableName());
            CatalogEntry entry = catalog.upsert(c, entry(request));
            c.commit();
            return new ImportResult(entry, written, replaced);
        } catch (SQLException | RuntimeException | Error e) {
            Transactions.rollbackQuietly(c, e);
            throw e;
        } finally {
            c.setAutoCommit(true);
        }
    }

    private ImportResult withCompensation(Connection c, LayerImport request, FeatureCursor cursor,
            LongConsumer progress, FeatureTableWriter writer, String token) throws SQLException {
        String aside = token + "_old";
        boolean created = false;
        boolean movedAside = false;
        boolean swapped = false;
        try {
            writer.createTable(c, token);
            created = true;
            c.setAutoCommit(false);
            long written = writer.insertAll(c, token, cursor, BATCH_SIZE, Connection::commit, progress);
            c.setAutoCommit(true);
            writer.createSpatialIndex(c, token, token + "_gix");
            if (SchemaInspector.exists(c, request.tableName())) {
                rename(c, request.tableName(), aside);
                movedAside = true;
            }
            rename(c, token, request.tableName());
            swapped = true;
            CatalogEntry entry = catalog.upsert(c, entry(request));
            if (movedAside) {
                dropAside(c, aside);
            }
            return new ImportResult(entry, written, movedAside);
        } catch (SQLException | RuntimeException | Error e) {
            compensate(c, request.tableName(), token, aside, created, movedAside, swapped, e);
            throw e;
        }
    }

    private static void compensate(Connection c, String table, String token, String aside, boolean created,
            boolean movedAside, boolean swapped, Throwable failure) {
        try {
            if (!c.getAutoCommit()) {
                c.rollback();
                c.setAutoCommit(true);
            }
            if (created) {
                execute(c, "DROP TABLE IF EXISTS " + Identifiers.quote(swapped ? table : token));
            }
            if (movedAside) {
                rename(c, aside, table);
            }
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
    }

    private static void dropAside(Connection c, String aside) {
        try {
            execute(c, "DROP TABLE " + Identifiers.quote(aside));
        } catch (SQLException e) {
            LOG.warn("Replaced layer table kept as {}: dropping it failed ({}); drop it by hand", aside,
                    e.getMessage());
        }
    }

    private static void requireImported(CatalogEntry existing, LayerImport request) {
        if (existing.info().kind() != LayerKind.VECTOR
                || !request.tableName().equals(existing.storage().sourceTable())) {
            throw new IllegalArgumentException("Layer \"" + request.name()
                    + "\" exists and was not imported (its data is in "
                    + (existing.storage().sourceTable() != null ? existing.storage().sourceTable()
                            : "raster " + existing.storage().rasterName())
                    + "): choose another name");
        }
    }

    private static CatalogEntry entry(LayerImport r) {
        LayerInfo info = new LayerInfo(r.name(), r.title(), r.abstractText(), r.keywords(), LayerKind.VECTOR,
                r.defaultStyle(), null, null, 0, r.sensitive(), r.editable(), null);
        LayerStorage storage = new LayerStorage(r.tableName(), FeatureTableWriter.ID_COLUMN,
                FeatureTableWriter.GEOMETRY_COLUMN, null, FeatureTableWriter.SRID, null, null);
        return new CatalogEntry(info, storage, r.owner(), r.runId(), null);
    }

    private static void rename(Connection c, String from, String to) throws SQLException {
        execute(c, "ALTER TABLE " + Identifiers.quote(from) + " RENAME TO " + Identifiers.quote(to));
    }

    private static void execute(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
