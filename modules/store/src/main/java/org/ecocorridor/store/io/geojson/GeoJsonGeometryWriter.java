package org.ecocorridor.store.io.geojson;

import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryCollection;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.MultiLineString;
import org.locationtech.jts.geom.MultiPoint;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import tools.jackson.core.JsonGenerator;

/**
 * Writes JTS geometries as RFC 7946 GeoJSON geometry objects on a Jackson 3 streaming
 * {@link JsonGenerator}, one token at a time (no tree model, no intermediate strings).
 *
 * <h2>Encoding</h2>
 * <ul>
 *   <li>Positions are {@code [x, y]}: longitude, latitude for EPSG:4326 data (RFC 7946 §3.1.1).
 *       Z and M are not written: Ecocorridor stores 2D geometries.</li>
 *   <li>Ordinates are rounded to {@code decimals} places, half up
 *       ({@code Math.round(v·10^d) / 10^d}). RFC 7946 §11.2 recommends 6 decimals for degrees
 *       (about 11 cm); {@link #forDegrees()} keeps 7 (about 1.1 cm at the equator, since one degree
 *       of latitude is about 111.3 km). {@link #FULL_PRECISION} writes the shortest decimal that
 *       round-trips the double (Java's {@code Double.toString}).</li>
 *   <li>Polygon rings follow the right-hand rule of RFC 7946 §3.1.6: exterior rings
 *       counter-clockwise, holes clockwise; rings stored the other way are written reversed.</li>
 *   <li>Empty geometries have an empty {@code coordinates} (or {@code geometries}) array, which
 *       RFC 7946 §3.1 lets readers treat as null.</li>
 * </ul>
 *
 * <p>Immutable and thread-safe (the generator passed in is not, of course).
 */
public final class GeoJsonGeometryWriter {
    /** Marker for "do not round": write every double exactly. */
    public static final int FULL_PRECISION = -1;
    /** Decimal places for degrees: 1e-7° ≈ 1.1 cm of latitude. */
    public static final int DEGREE_DECIMALS = 7;

    private final int decimals;
    private final double scale;

    /**
     * @param decimals decimal places kept (0 to 15), or {@link #FULL_PRECISION}
     */
    public GeoJsonGeometryWriter(int decimals) {
        if (decimals != FULL_PRECISION && (decimals < 0 || decimals > 15)) {
            throw new IllegalArgumentException("decimals must be 0..15 or FULL_PRECISION (-1), got " + decimals);
        }
        this.decimals = decimals;
        this.scale = decimals == FULL_PRECISION ? 1 : Math.pow(10, decimals);
    }

    /** A writer for longitude/latitude data with {@link #DEGREE_DECIMALS} decimals. */
    public static GeoJsonGeometryWriter forDegrees() {
        return new GeoJsonGeometryWriter(DEGREE_DECIMALS);
    }

    public int decimals() {
        return decimals;
    }

    /**
     * Writes {@code geometry} as a GeoJSON geometry object, or JSON {@code null} when it is null.
     * The generator must be where a value is expected (after a property name or inside an array).
     */
    public void write(Geometry geometry, JsonGenerator out) {
        if (geometry == null) {
            out.writeNull();
            return;
        }
        out.writeStartObject();
        out.writeStringProperty("type", typeName(geometry));
        if (geometry.getClass() == GeometryCollection.class) {
            out.writeName("geometries");
            out.writeStartArray();
            for (int i = 0; i < geometry.getNumGeometries(); i++) {
                write(geometry.getGeometryN(i), out);
            }
            out.writeEndArray();
        } else {
            out.writeName("coordinates");
            writeCoordinates(geometry, out);
        }
        out.writeEndObject();
    }

    /** The RFC 7946 type name: {@code Point}, …, {@code GeometryCollection}. */
    static String typeName(Geometry geometry) {
        if (geometry instanceof Point) {
            return "Point";
        } else if (geometry instanceof LineString) { // includes LinearRing
            return "LineString";
        } else if (geometry instanceof Polygon) {
            return "Polygon";
        } else if (geometry instanceof MultiPoint) {
            return "MultiPoint";
        } else if (geometry instanceof MultiLineString) {
            return "MultiLineString";
        } else if (geometry instanceof MultiPolygon) {
            return "MultiPolygon";
        }
        return "GeometryCollection";
    }

    private void writeCoordinates(Geometry geometry, JsonGenerator out) {
        if (geometry instanceof Point point) {
            if (point.isEmpty()) {
                out.writeStartArray();
                out.writeEndArray();
            } else {
                writePosition(point.getCoordinateSequence(), 0, out);
            }
        } else if (geometry instanceof LineString line) {
            writeSequence(line.getCoordinateSequence(), false, out);
        } else if (geometry instanceof Polygon polygon) {
            writePolygon(polygon, out);
        } else {
            out.writeStartArray();
            for (int i = 0; i < geometry.getNumGeometries(); i++) {
                writeCoordinates(geometry.getGeometryN(i), out);
            }
            out.writeEndArray();
        }
    }

    private void writePolygon(Polygon polygon, JsonGenerator out) {
        out.writeStartArray();
        if (!polygon.isEmpty()) {
            writeRing(polygon.getExteriorRing(), true, out);
            for (int i = 0; i < polygon.getNumInteriorRing(); i++) {
                writeRing(polygon.getInteriorRingN(i), false, out);
            }
        }
        out.writeEndArray();
    }

    private void writeRing(LinearRing ring, boolean exterior, JsonGenerator out) {
        CoordinateSequence seq = ring.getCoordinateSequence();
        boolean ccw = seq.size() >= 4 && Orientation.isCCW(seq);
        writeSequence(seq, ccw != exterior, out);
    }

    private void writeSequence(CoordinateSequence seq, boolean reversed, JsonGenerator out) {
        out.writeStartArray();
        int n = seq.size();
        for (int i = 0; i < n; i++) {
            writePosition(seq, reversed ? n - 1 - i : i, out);
        }
        out.writeEndArray();
    }

    private void writePosition(CoordinateSequence seq, int index, JsonGenerator out) {
        out.writeStartArray();
        out.writeNumber(round(seq.getX(index)));
        out.writeNumber(round(seq.getY(index)));
        out.writeEndArray();
    }

    /**
     * Rounds to {@code decimals} places. {@code Math.round(v·10^d)} is an exact integer below 2^53
     * for |v| < 9·10^8 at d = 7, and dividing it by the exact power of ten gives the double nearest
     * to the decimal value, whose shortest representation has at most d decimals.
     */
    private double round(double value) {
        if (decimals == FULL_PRECISION || Double.isNaN(value) || Double.isInfinite(value)) {
            return value;
        }
        double scaled = value * scale;
        if (Math.abs(scaled) >= 9e15) {
            return value;
        }
        return Math.round(scaled) / scale;
    }
}
