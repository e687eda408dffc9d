package org.ecocorridor.store.catalog;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.ecocorridor.core.catalog.LayerInfo;
import org.ecocorridor.store.sql.SqlDialect;
import org.ecocorridor.store.sql.Transactions;

/**
 * The {@code layers} table: the one list of published layers that every protocol reads.
 *
 * <p>Registering ({@link #upsert}) or refreshing a layer measures its data (bbox in CRS:84,
 * feature count, time extent; see {@link LayerStatistics}) and advances {@code updatedAt}, which
 * tile caches use as a key: it strictly increases on every change, by at least 1 µs.
 *
 * <p>Methods taking a {@link Connection} join the caller's transaction; the others run their own.
 *
 * <p>Thread-safe.
 */
public final class LayerCatalog {
    private final DataSource dataSource;
    private final SqlDialect dialect;

    public LayerCatalog(DataSource dataSource, SqlDialect dialect) {
        this.dataSource = dataSource;
        this.dialect = dialect;
    }

    /** All layers, by name. */
    public List<CatalogEntry> list() {
        return Transactions.withConnection(dataSource, "Listing layers", c -> {
            List<CatalogEntry> entries = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(CatalogRows.SELECT + " ORDER BY name");
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    entries.add(CatalogRows.read(rs));
                }
            }
            return entries;
        });
    }

    /** The layer of that name, if registered. */
    public Optional<CatalogEntry> get(String name) {
        return Transactions.withConnection(dataSource, "Reading layer " + name, c -> get(c, name));
    }

    /** As {@link #get(String)}, on the caller's connection. */
    public Optional<CatalogEntry> get(Connection c, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(CatalogRows.SELECT + " WHERE name = ?")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(CatalogRows.read(rs)) : Optional.empty();
            }
        }
    }

    /** Registers or redefines a layer without owner or run. See {@link #upsert(CatalogEntry)}. */
    public CatalogEntry upsert(LayerInfo info, LayerStorage storage) {
        return upsert(CatalogEntry.of(info, storage));
    }

    /**
     * Registers a layer, or replaces the definition of one of the same name (keeping its creation
     * time). Missing storage columns are detected, and bbox, feature count, time extent and
     * updatedAt are computed from the data: the values in {@code entry.info()} are ignored.
     *
     * @return the stored entry
     * @throws IllegalArgumentException when the source table, its columns or the raster do not exist
     */
    public CatalogEntry upsert(CatalogEntry entry) {
        return Transactions.inTransaction(dataSource, "Registering layer " + entry.name(), c -> upsert(c, entry));
    }

    /** As {@link #upsert(CatalogEntry)}, inside the caller's transaction. */
    public CatalogEntry upsert(Connection c, CatalogEntry entry) throws SQLException {
        LayerStatistics.Measured m = LayerStatistics.measure(c, dialect, entry.storage());
        Optional<CatalogEntry> previous = lockRow(c, entry.name());
        Instant updatedAt = nextUpdate(previous);
        LayerInfo i = entry.info();
        LayerInfo measured = new LayerInfo(i.name(), i.title(), i.abstractText(), i.keywords(), i.kind(),
                i.defaultStyle(), m.bbox(), m.timeExtent(), m.featureCount(), i.sensitive(), i.editable(), updatedAt,
                entry.owner() != null ? entry.owner() : i.owner(), i.ownerOnly());
        CatalogEntry stored = new CatalogEntry(measured, m.storage(), entry.owner(), entry.runId(),
                previous.map(CatalogEntry::createdAt).orElse(updatedAt));
        CatalogRows.write(c, stored, previous.isPresent());
        return stored;
    }

    /**
     * Measures a layer's data again and advances its updatedAt; call after the data changed (edits,
     * re-imports, a raster rewritten).
     *
     * @throws IllegalArgumentException when no layer has that name
     */
    public CatalogEntry refresh(String name) {
        return Transactions.inTransaction(dataSource, "Refreshing layer " + name, c -> refresh(c, name));
    }

    /** As {@link #refresh(String)}, inside the caller's transaction. */
    public CatalogEntry refresh(Connection c, String name) throws SQLException {
        CatalogEntry entry = get(c, name).orElseThrow(() ->
                new IllegalArgumentException("No layer named \"" + name + "\" in the catalog"));
        return upsert(c, entry);
    }

    /** Removes a catalog entry (not the data behind it). @return whether an entry was removed */
    public boolean delete(String name) {
        return Transactions.inTransaction(dataSource, "Deleting layer " + name, c -> delete(c, name));
    }

    /** As {@link #delete(String)}, inside the caller's transaction. */
    public boolean delete(Connection c, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM layers WHERE name = ?")) {
            ps.setString(1, name);
            return ps.executeUpdate() > 0;
        }
    }

    private Optional<CatalogEntry> lockRow(Connection c, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(CatalogRows.SELECT + " WHERE name = ? FOR UPDATE")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(CatalogRows.read(rs)) : Optional.empty();
            }
        }
    }

    /** Now (µs precision, as both databases store it), but always after the previous value. */
    private static Instant nextUpdate(Optional<CatalogEntry> previous) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        Instant before = previous.map(e -> e.info().updatedAt()).orElse(null);
        return before != null && !now.isAfter(before) ? before.plus(1, ChronoUnit.MICROS) : now;
    }
}
