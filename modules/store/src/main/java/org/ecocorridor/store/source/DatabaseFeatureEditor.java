package org.ecocorridor.store.source;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.ecocorridor.core.catalog.LayerKind;
import org.ecocorridor.core.feature.AttributeDescriptor;
import org.ecocorridor.core.feature.Feature;
import org.ecocorridor.core.filter.FilterBinder;
import org.ecocorridor.core.filter.InvalidFilterException;
import org.ecocorridor.core.filter.InvalidFilterException.Reason;
import org.ecocorridor.core.filter.LiteralValues;
import org.ecocorridor.core.source.FeatureEdit;
import org.ecocorridor.core.source.FeatureEditor;
import org.ecocorridor.core.source.TransactionResult;
import org.ecocorridor.store.StoreException;
import org.ecocorridor.store.catalog.CatalogEntry;
import org.ecocorridor.store.catalog.LayerCatalog;
import org.ecocorridor.store.sql.Identifiers;
import org.ecocorridor.store.sql.Transactions;
import org.locationtech.jts.geom.Geometry;

/**
 * {@link FeatureEditor} on PostGIS or H2GIS: every edit of a transaction runs in one database
 * transaction (rolled back on the first failure), then the catalog entries of the edited layers
 * are refreshed (bbox, count, updatedAt) in the same transaction. Only layers marked editable can
 * be edited; a layer over a view {@code <table>_v} (the {@code survey_counts} layer) writes its base
 * table as {@link WriteTarget} explains. Values are converted with {@code LiteralValues} and bound as parameters; filters go
 * through {@link FilterSql}; geometries are transformed to the storage CRS and promoted to the
 * column's multi type when needed ({@link EditGeometries}).
 *
 * <p>Integrity violations (SQLSTATE class 23: NOT NULL, CHECK, foreign keys) become
 * {@link IllegalArgumentException}s naming the constraint; other database failures are
 * {@link StoreException}s.
 *
 * <p>Thread-safe.
 */
public final class DatabaseFeatureEditor implements FeatureEditor {
    private final DataSource dataSource;
    private final LayerCatalog catalog;

    public DatabaseFeatureEditor(DataSource dataSource, LayerCatalog catalog) {
        this.dataSource = dataSource;
        this.catalog = catalog;
    }

    @Override
    public TransactionResult apply(List<FeatureEdit> edits) {
        try {
            return Transactions.inTransaction(dataSource, "Applying a feature transaction", c -> run(c, edits));
        } catch (StoreException e) {
            if (e.getCause() instanceof SQLException sql && sql.getSQLState() != null
                    && sql.getSQLState().startsWith("23")) {
                throw new IllegalArgumentException("The transaction violates a data constraint and was rolled back: "
                        + sql.getMessage(), e);
            }
            throw e;
        }
    }

    private TransactionResult run(Connection c, List<FeatureEdit> edits) throws SQLException {
        List<TransactionResult.InsertedId> inserted = new ArrayList<>();
        long updated = 0;
        long replaced = 0;
        long deleted = 0;
        Set<String> touched = new LinkedHashSet<>();
        for (FeatureEdit edit : edits) {
            WriteTarget table = editable(c, edit.typeName());
            touched.add(edit.typeName());
            if (edit instanceof FeatureEdit.Insert ins) {
                for (Feature f : ins.features()) {
                    inserted.add(new TransactionResult.InsertedId(edit.typeName(), insert(c, table, f)));
                }
            } else if (edit instanceof FeatureEdit.Update up) {
                updated += update(c, table, up.values(), up.filter());
            } else if (edit instanceof FeatureEdit.Replace rep) {
                Map<String, Object> all = new LinkedHashMap<>();
                for (AttributeDescriptor a : table.view().type().schema().attributes()) {
                    if (table.stores(a.name()) && !(a.name().equals(WriteTarget.SITE_ID)
                            && rep.replacement().get(WriteTarget.SITE_CODE) != null)) {
                        all.put(a.name(), rep.replacement().get(a.name()));
                    }
                }
                if (table.writesGeometry()) {
                    all.put(table.view().geometryColumn(), rep.replacement().geometry());
                }
                replaced += update(c, table, all, rep.filter());
            } else if (edit instanceof FeatureEdit.Delete del) {
                SqlBuilder sql = new SqlBuilder().append("DELETE FROM ").append(Identifiers.quote(table.table()))
                        .append(" WHERE ");
                where(table, del.filter(), sql);
                try (PreparedStatement ps = c.prepareStatement(sql.sql())) {
                    sql.bind(ps, 1);
                    deleted += ps.executeUpdate();
                }
            }
        }
        for (String layer : touched) {
            catalog.refresh(c, layer);
        }
        return new TransactionResult(inserted, updated, replaced, deleted);
    }

    private WriteTarget editable(Connection c, String name) throws SQLException {
        CatalogEntry entry = Identifiers.isValid(name) ? catalog.get(c, name).orElse(null) : null;
        if (entry == null || entry.info().kind() != LayerKind.VECTOR) {
            throw new IllegalArgumentException("No feature type named \"" + name + "\"");
        }
        if (!entry.info().editable()) {
            throw new IllegalArgumentException("Feature type \"" + name + "\" is read-only");
        }
        WriteTarget target = WriteTarget.of(c, TableMappings.of(c, entry));
        if (target == null) {
            throw new IllegalArgumentException("Feature type \"" + name + "\" is published from the view "
                    + entry.storage().sourceTable() + ", which has no base table to write");
        }
        return target;
    }

    private static String insert(Connection c, WriteTarget target, Feature f) throws SQLException {
        TableMapping view = target.view();
        SqlBuilder columns = new SqlBuilder();
        SqlBuilder values = new SqlBuilder();
        for (Map.Entry<String, Object> e : f.attributes().entrySet()) {
            AttributeDescriptor a = attribute(view, e.getKey());
            if (!target.stores(a.name()) || e.getValue() == null) {
                continue; // columns of the view only (site_name, ...) are derived, not stored
            }
            String sep = columns.sql().isEmpty() ? "" : ", ";
            if (!target.columns().contains(a.name())) { // site_code through a view: store site_id
                columns.append(sep).append(Identifiers.quote(WriteTarget.SITE_ID));
                values.append(sep).append("(SELECT id FROM flyway_sites WHERE site_code = ")
                        .parameter(LiteralValues.convert(e.getValue(), a)).append(")");
                continue;
            }
            columns.append(sep).append(Identifiers.quote(a.name()));
            values.append(sep).parameter(LiteralValues.convert(e.getValue(), a));
        }
        if (f.geometry() != null && target.writesGeometry()) {
            String sep = columns.sql().isEmpty() ? "" : ", ";
            columns.append(sep).append(Identifiers.quote(view.geometryColumn()));
            values.append(sep).append("ST_GeomFromWKB(").parameter(EditGeometries.toStorageWkb(f.geometry(), view.type()))
                    .append(", " + view.srid() + ")");
        }
        String sql = "INSERT INTO " + Identifiers.quote(target.table()) + " (" + columns.sql() + ") VALUES ("
                + values.sql() + ")";
        try (PreparedStatement ps = c.prepareStatement(sql, new String[] {target.idColumn()})) {
            int next = columns.bind(ps, 1);
            values.bind(ps, next);
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                if (!keys.next()) {
                    throw new StoreException("No id generated for a new feature of " + view.type().name());
                }
                return keys.getString(1);
            }
        }
    }

    private static long update(Connection c, WriteTarget target, Map<String, Object> values,
            org.ecocorridor.core.filter.Filter filter) throws SQLException {
        TableMapping table = target.view();
        SqlBuilder sql = new SqlBuilder().append("UPDATE ").append(Identifiers.quote(target.table())).append(" SET ");
        boolean first = true;
        for (Map.Entry<String, Object> e : values.entrySet()) {
            if (!target.stores(e.getKey()) && !(e.getKey().equals(table.geometryColumn()) && target.writesGeometry())) {
                attribute(table, e.getKey()); // unknown properties are errors; derived ones are skipped
                continue;
            }
            sql.append(first ? "" : ", ");
            first = false;
            if (!target.columns().contains(e.getKey()) && e.getKey().equals(WriteTarget.SITE_CODE)) {
                sql.append(Identifiers.quote(WriteTarget.SITE_ID)).append(" = (SELECT id FROM flyway_sites WHERE site_code = ")
                        .parameter(String.valueOf(e.getValue())).append(")");
                continue;
            }
            if (e.getKey().equals(table.geometryColumn())) {
                sql.append(Identifiers.quote(e.getKey())).append(" = ");
                if (e.getValue() == null) {
                    sql.append("NULL");
                } else if (e.getValue() instanceof Geometry g) {
                    sql.append("ST_GeomFromWKB(").parameter(EditGeometries.toStorageWkb(g, table.type()))
                            .append(", " + table.srid() + ")");
                } else {
                    throw new InvalidFilterException(Reason.BAD_OPERAND, e.getKey(),
                            "Property \"" + e.getKey() + "\" needs a geometry value");
                }
                continue;
            }
            AttributeDescriptor a = attribute(table, e.getKey());
            sql.append(Identifiers.quote(a.name())).append(" = ");
            if (e.getValue() == null) {
                sql.append("NULL");
            } else {
                sql.parameter(LiteralValues.convert(e.getValue(), a));
            }
        }
        if (first) {
            return 0; // nothing stored changes
        }
        sql.append(" WHERE ");
        where(target, filter, sql);
        try (PreparedStatement ps = c.prepareStatement(sql.sql())) {
            sql.bind(ps, 1);
            return ps.executeUpdate();
        }
    }

    /** The rows of the written table selected by a filter on the published columns. */
    private static void where(WriteTarget target, org.ecocorridor.core.filter.Filter filter, SqlBuilder sql) {
        TableMapping view = target.view();
        if (target.throughView()) {
            sql.append(Identifiers.quote(target.idColumn())).append(" IN (SELECT ")
                    .append(Identifiers.quote(view.idColumn())).append(" FROM ").append(Identifiers.quote(view.table()))
                    .append(" WHERE ");
            new FilterSql(view).append(FilterBinder.bind(filter, view.type()), sql);
            sql.append(")");
        } else {
            new FilterSql(view).append(FilterBinder.bind(filter, view.type()), sql);
        }
    }

    private static AttributeDescriptor attribute(TableMapping table, String name) {
        return table.type().schema().attribute(name).orElseThrow(() -> new InvalidFilterException(
                Reason.UNKNOWN_PROPERTY, name, "Unknown property \"" + name + "\" for feature type " + table.type().name()));
    }
}
