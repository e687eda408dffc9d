package org.ecocorridor.store.source;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashSet;
import java.util.Set;
import org.ecocorridor.store.sql.ColumnInfo;
import org.ecocorridor.store.sql.SchemaInspector;

/**
 * Where the edits of a feature type are written. A layer over a table writes that table. A layer
 * over a view {@code <table>_v} (data-model.md, "Published views") writes the base table
 * {@code <table>}: only the columns the table has are written, {@code site_code} is resolved to
 * {@code site_id} through {@code flyway_sites.site_code}, the geometry is ignored when the table has
 * none (a survey count takes its site's point), and filters are evaluated on the view
 * ({@code id IN (SELECT id FROM <view> WHERE ...)}). Immutable.
 *
 * @param view        mapping of the published table or view (filters, schema)
 * @param table       table written
 * @param idColumn    primary key of the written table
 * @param columns     columns of the written table
 * @param throughView whether edits go through a view to its base table
 */
record WriteTarget(TableMapping view, String table, String idColumn, Set<String> columns, boolean throughView) {
    /** The site reference resolved by code, as in the demo loader. */
    static final String SITE_CODE = "site_code";
    static final String SITE_ID = "site_id";

    WriteTarget {
        columns = Set.copyOf(columns);
    }

    /** The write target of a mapping, or null when the layer cannot be written (a view without base table). */
    static WriteTarget of(Connection c, TableMapping mapping) throws SQLException {
        String source = mapping.table();
        if (!SchemaInspector.primaryKey(c, source).isEmpty()) {
            return new WriteTarget(mapping, source, mapping.idColumn(), columnNames(c, source), false);
        }
        if (source.endsWith("_v")) {
            String base = source.substring(0, source.length() - 2);
            var key = SchemaInspector.primaryKey(c, base);
            if (key.size() == 1 && key.get(0).equals(mapping.idColumn())) {
                return new WriteTarget(mapping, base, key.get(0), columnNames(c, base), true);
            }
        }
        return null;
    }

    boolean writesGeometry() {
        return columns.contains(view.geometryColumn());
    }

    /** Whether a property given by the client is stored (directly, or site_code as site_id). */
    boolean stores(String property) {
        return columns.contains(property) || (throughView && property.equals(SITE_CODE) && columns.contains(SITE_ID));
    }

    private static Set<String> columnNames(Connection c, String table) throws SQLException {
        Set<String> names = new LinkedHashSet<>();
        for (ColumnInfo col : SchemaInspector.columns(c, table)) {
            names.add(col.name());
        }
        return names;
    }
}
