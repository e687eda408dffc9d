package org.ecocorridor.core.filter;

/**
 * A feature filter: the one filter model that protocol parsers (FES 2.0, Filter 1.1, KVP BBOX and
 * RESOURCEID, later CQL2) produce and that stores translate to SQL with bound parameters.
 *
 * <p>Property names are plain attribute names of the feature type (no namespace prefix, no XPath);
 * a {@code null} geometry property means the type's default geometry. Literal values are either
 * text as the client sent it or already-typed Java values ({@code String}, {@code Long},
 * {@code Double}, {@code Boolean}, {@link java.time.LocalDate}, {@link java.time.Instant});
 * {@link FilterBinder} checks names and converts literals to the attribute types. Geometries carry
 * their EPSG code as SRID and are in (east, north) order, whatever the protocol's axis order was.
 *
 * <p>Implementations are immutable records.
 */
public sealed interface Filter permits Constant, And, Or, Not, Comparison, Between, Like, IsNull,
        SpatialPredicate, DistancePredicate, TemporalPredicate, ResourceIds {

    /** Selects every feature. */
    Filter INCLUDE = Constant.INCLUDE;
    /** Selects no feature. */
    Filter EXCLUDE = Constant.EXCLUDE;

    /** {@code a AND b}, simplified when either side is a constant. */
    static Filter and(Filter a, Filter b) {
        if (a == INCLUDE) {
            return b;
        }
        if (b == INCLUDE) {
            return a;
        }
        if (a == EXCLUDE || b == EXCLUDE) {
            return EXCLUDE;
        }
        return new And(java.util.List.of(a, b));
    }
}
