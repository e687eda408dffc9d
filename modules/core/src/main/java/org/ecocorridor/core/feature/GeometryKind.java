package org.ecocorridor.core.feature;

import java.util.Locale;
import org.locationtech.jts.geom.Geometry;

/**
 * OGC simple-feature geometry types, as declared for a layer. {@link #GEOMETRY} means mixed.
 * Immutable.
 */
public enum GeometryKind {
    POINT, LINESTRING, POLYGON, MULTIPOINT, MULTILINESTRING, MULTIPOLYGON, GEOMETRY;

    /** The OGC name, e.g. {@code MultiPolygon}. */
    public String ogcName() {
        return switch (this) {
            case POINT -> "Point";
            case LINESTRING -> "LineString";
            case POLYGON -> "Polygon";
            case MULTIPOINT -> "MultiPoint";
            case MULTILINESTRING -> "MultiLineString";
            case MULTIPOLYGON -> "MultiPolygon";
            case GEOMETRY -> "Geometry";
        };
    }

    /** Parses an OGC or SQL type name, case-insensitively ({@code ST_MultiPolygon}, {@code MULTIPOLYGON}). */
    public static GeometryKind of(String name) {
        String n = name.toUpperCase(Locale.ROOT).replace("ST_", "").replace(" ", "");
        return switch (n) {
            case "GEOMETRYCOLLECTION" -> GEOMETRY;
            default -> GeometryKind.valueOf(n);
        };
    }

    /** The kind of a geometry value. */
    public static GeometryKind of(Geometry geometry) {
        return of(geometry.getGeometryType());
    }

    /** Whether a value of kind {@code other} may be stored in a layer of this kind, after promotion to multi. */
    public boolean accepts(GeometryKind other) {
        return this == GEOMETRY || this == other || this == promoted(other);
    }

    /** The multi kind a single kind promotes to; other kinds unchanged. */
    public static GeometryKind promoted(GeometryKind kind) {
        return switch (kind) {
            case POINT -> MULTIPOINT;
            case LINESTRING -> MULTILINESTRING;
            case POLYGON -> MULTIPOLYGON;
            default -> kind;
        };
    }
}
