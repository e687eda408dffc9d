package org.ecocorridor.store.sql;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Tables, views, columns and primary keys of the connection's current schema, from JDBC metadata.
 * Names are matched exactly: the LIKE wildcards {@code _} and {@code %} in a name are escaped, so
 * {@code layer_a} does not also match {@code layerXa}.
 *
 * <p>Thread-safe (stateless).
 */
public final class SchemaInspector {
    private SchemaInspector() {
    }

    /** Whether a table or view of that name exists in the current schema. */
    public static boolean exists(Connection connection, String name) throws SQLException {
        DatabaseMetaData md = connection.getMetaData();
        try (ResultSet rs = md.getTables(connection.getCatalog(), connection.getSchema(), escape(md, name), null)) {
            while (rs.next()) {
                if (name.equals(rs.getString("TABLE_NAME"))) {
                    return true;
                }
            }
            return false;
        }
    }

    /** The columns of a table or view in declaration order; empty when it does not exist. */
    public static List<ColumnInfo> columns(Connection connection, String table) throws SQLException {
        DatabaseMetaData md = connection.getMetaData();
        Map<Integer, ColumnInfo> byPosition = new TreeMap<>();
        try (ResultSet rs = md.getColumns(connection.getCatalog(), connection.getSchema(), escape(md, table), null)) {
            while (rs.next()) {
                if (!table.equals(rs.getString("TABLE_NAME"))) {
                    continue;
                }
                byPosition.put(rs.getInt("ORDINAL_POSITION"), new ColumnInfo(rs.getString("COLUMN_NAME"),
                        rs.getInt("DATA_TYPE"), rs.getString("TYPE_NAME"),
                        rs.getInt("NULLABLE") != DatabaseMetaData.columnNoNulls));
            }
        }
        return List.copyOf(byPosition.values());
    }

    /** The primary-key columns of a table in key order; empty for views and tables without a key. */
    public static List<String> primaryKey(Connection connection, String table) throws SQLException {
        Map<Integer, String> bySequence = new TreeMap<>();
        try (ResultSet rs = connection.getMetaData().getPrimaryKeys(connection.getCatalog(),
                connection.getSchema(), table)) {
            while (rs.next()) {
                bySequence.put(rs.getInt("KEY_SEQ"), rs.getString("COLUMN_NAME"));
            }
        }
        return new ArrayList<>(bySequence.values());
    }

    private static String escape(DatabaseMetaData md, String name) throws SQLException {
        String esc = md.getSearchStringEscape();
        return name.replace(esc, esc + esc).replace("_", esc + "_").replace("%", esc + "%");
    }
}
