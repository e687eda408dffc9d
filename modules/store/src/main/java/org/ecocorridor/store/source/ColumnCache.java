package org.ecocorridor.store.source;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ecocorridor.store.catalog.CatalogEntry;
import org.ecocorridor.store.sql.ColumnInfo;
import org.ecocorridor.store.sql.SchemaInspector;

/**
 * The JDBC column metadata of layer tables, kept per (table, catalog {@code updatedAt}). On PostgreSQL
 * {@link SchemaInspector#columns} costs two catalog queries ({@code getColumns} plus
 * {@code current_schema()}), and a WFS GetFeature needs the mapping three times (type check, count,
 * cursor): profiled under {@code scripts/bench/wfs}, about a third of the database wait of a small
 * BBOX request. A layer's {@code updatedAt} changes with any change of its data or definition
 * ({@code LayerInfo}), so a new key replaces a stale entry; entries without a time are not kept.
 * Bounded to {@value #MAX_ENTRIES} tables, least recently used first out.
 *
 * <p>Thread-safe.
 */
final class ColumnCache {
    static final int MAX_ENTRIES = 256;

    private record Key(String table, Instant updatedAt) {
    }

    private final Map<Key, List<ColumnInfo>> entries = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, List<ColumnInfo>> eldest) {
            return size() > MAX_ENTRIES;
        }
    };

    /** The columns of {@code entry}'s table, read through {@code c} unless known for its current version. */
    List<ColumnInfo> columns(Connection c, CatalogEntry entry) throws SQLException {
        String table = entry.storage().sourceTable();
        Instant updatedAt = entry.info().updatedAt();
        if (updatedAt == null) {
            return SchemaInspector.columns(c, table);
        }
        Key key = new Key(table, updatedAt);
        synchronized (entries) {
            List<ColumnInfo> known = entries.get(key);
            if (known != null) {
                return known;
            }
        }
        List<ColumnInfo> read = SchemaInspector.columns(c, table);
        synchronized (entries) {
            entries.keySet().removeIf(k -> k.table().equals(table)); // older versions of the same table
            entries.put(key, read);
        }
        return read;
    }
}
