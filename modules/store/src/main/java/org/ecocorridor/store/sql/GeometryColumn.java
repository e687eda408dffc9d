package org.ecocorridor.store.sql;

import java.util.Objects;
import org.ecocorridor.core.feature.GeometryKind;

/**
 * The declared type of a geometry column. Immutable.
 *
 * @param name column name
 * @param kind declared geometry type ({@link GeometryKind#GEOMETRY} when unconstrained)
 * @param srid declared EPSG code, 0 when unconstrained
 */
public record GeometryColumn(String name, GeometryKind kind, int srid) {
    public GeometryColumn {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
    }
}
