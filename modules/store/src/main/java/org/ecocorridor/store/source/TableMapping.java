package org.ecocorridor.store.source;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.ecocorridor.core.feature.AttributeType;
import org.ecocorridor.core.source.FeatureType;
import org.ecocorridor.store.sql.ColumnInfo;
import org.ecocorridor.store.sql.Identifiers;

/**
 * How a feature type maps onto its table or view: the feature type (schema without id and
 * geometry), the table, the id column and its attribute type, the geometry column, and the
 * column metadata of each attribute. Immutable.
 *
 * @param type       the published feature type
 * @param table      table or view name
 * @param idColumn   column holding the feature id
 * @param idType     attribute type of the id column (INTEGER or STRING in practice)
 * @param columns    attribute columns in schema order
 */
record TableMapping(FeatureType type, String table, String idColumn, AttributeType idType, List<ColumnInfo> columns) {
    TableMapping {
        Objects.requireNonNull(type, "type");
        Identifiers.require(table, "table");
        Identifiers.require(idColumn, "id column");
        Objects.requireNonNull(idType, "idType");
        columns = List.copyOf(columns);
    }

    String geometryColumn() {
        return type.geometryName();
    }

    int srid() {
        return type.schema().srid();
    }

    Optional<ColumnInfo> column(String name) {
        return columns.stream().filter(c -> c.name().equals(name)).findFirst();
    }

    Map<String, ColumnInfo> columnsByName() {
        return columns.stream().collect(Collectors.toMap(ColumnInfo::name, Function.identity()));
    }
}
