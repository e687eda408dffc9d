package org.ecocorridor.store.io.shapefile;

import org.ecocorridor.core.feature.GeometryKind;

/**
 * Shape types of the ESRI Shapefile Technical Description (1998), p. 4, with their integer codes.
 * The Z and M variants carry extra ordinates that this reader skips. Immutable.
 */
public enum ShapeType {
    NULL(0), POINT(1), POLYLINE(3), POLYGON(5), MULTIPOINT(8),
    POINT_Z(11), POLYLINE_Z(13), POLYGON_Z(15), MULTIPOINT_Z(18),
    POINT_M(21), POLYLINE_M(23), POLYGON_M(25), MULTIPOINT_M(28),
    MULTIPATCH(31);

    private final int code;

    ShapeType(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    /** The type of an integer code; {@link ShapefileFormatException} for an unknown code. */
    public static ShapeType of(int code) throws ShapefileFormatException {
        for (ShapeType t : values()) {
            if (t.code == code) {
                return t;
            }
        }
        throw new ShapefileFormatException(0, "unknown shape type " + code);
    }

    /** The 2D type this one reduces to when Z and M are dropped ({@code POLYGON_Z} gives {@code POLYGON}). */
    public ShapeType base() {
        return switch (this) {
            case POINT_Z, POINT_M -> POINT;
            case POLYLINE_Z, POLYLINE_M -> POLYLINE;
            case POLYGON_Z, POLYGON_M -> POLYGON;
            case MULTIPOINT_Z, MULTIPOINT_M -> MULTIPOINT;
            default -> this;
        };
    }

    /**
     * The layer geometry kind of a file of this type. PolyLine and Polygon records may hold several
     * parts or shells, so their layers are multi kinds; a null-shape file is {@code GEOMETRY}.
     */
    public GeometryKind layerKind() {
        return switch (base()) {
            case POINT -> GeometryKind.POINT;
            case MULTIPOINT -> GeometryKind.MULTIPOINT;
            case POLYLINE -> GeometryKind.MULTILINESTRING;
            case POLYGON -> GeometryKind.MULTIPOLYGON;
            default -> GeometryKind.GEOMETRY;
        };
    }
}
