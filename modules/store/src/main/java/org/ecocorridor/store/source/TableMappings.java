package org.ecocorridor.store.source;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.ecocorridor.core.feature.AttributeDescriptor;
import org.ecocorridor.core.feature.AttributeType;
import org.ecocorridor.core.feature.FeatureSchema;
import org.ecocorridor.core.source.FeatureType;
import org.ecocorridor.store.catalog.CatalogEntry;
import org.ecocorridor.store.catalog.LayerStorage;
import org.ecocorridor.store.sql.ColumnInfo;
import org.ecocorridor.store.sql.Identifiers;
import org.ecocorridor.store.sql.SchemaInspector;

/**
 * Builds {@link TableMapping}s from catalog entries and JDBC metadata: the attributes are the
 * columns other than id and geometry whose type maps to an attribute type (as
 * {@code LayerFeatureReader} does), in column order.
 *
 * <p>Thread-safe (stateless).
 */
final class TableMappings {
    private TableMappings() {
    }

    static TableMapping of(Connection c, CatalogEntry entry) throws SQLException {
        return of(entry, SchemaInspector.columns(c, entry.storage().sourceTable()));
    }

    /** The mapping of {@code entry} whose table has the columns {@code all} (e.g. from a {@link ColumnCache}). */
    static TableMapping of(CatalogEntry entry, List<ColumnInfo> all) {
        LayerStorage s = entry.storage();
        List<ColumnInfo> attributes = new ArrayList<>();
        AttributeType idType = AttributeType.STRING;
        for (ColumnInfo col : all) {
            if (col.name().equals(s.idColumn())) {
                idType = col.attributeType().orElse(AttributeType.STRING);
            } else if (!col.name().equals(s.geometryColumn()) && col.attributeType().isPresent()
                    && Identifiers.isValid(col.name())) {
                attributes.add(col);
            }
        }
        List<AttributeDescriptor> descriptors = attributes.stream()
                .map(col -> new AttributeDescriptor(col.name(), col.attributeType().orElseThrow(), col.nullable()))
                .toList();
        FeatureSchema schema = new FeatureSchema(s.geometryKind(), s.srid(), descriptors);
        return new TableMapping(new FeatureType(entry.info(), schema, s.geometryColumn()), s.sourceTable(),
                s.idColumn(), idType, attributes);
    }
}
