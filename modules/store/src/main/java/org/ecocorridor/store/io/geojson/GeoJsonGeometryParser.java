package org.ecocorridor.store.io.geojson;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.exc.StreamReadException;

/**
 * Reads one RFC 7946 geometry object from a Jackson 3 streaming {@link JsonParser} into a JTS
 * geometry, without a tree model. Written here because jts-io-common's {@code GeoJsonReader} works
 * on a whole json-simple document.
 *
 * <h2>Rules</h2>
 * <ul>
 *   <li>Members may come in any order ({@code coordinates} before {@code type} is legal JSON), so
 *       coordinates are first read into nested arrays of positions, then built.</li>
 *   <li>Positions keep x and y (longitude, latitude in RFC 7946 data); a third or fourth number
 *       (elevation, measure) is read and dropped: Ecocorridor stores 2D.</li>
 *   <li>Polygon rings that are not closed are closed by repeating the first position (RFC 7946
 *       §3.1.6 requires closure; GDAL closes such rings as well). A ring needs at least four
 *       positions once closed. Ring orientation is not checked (RFC 7946 says parsers should not
 *       reject rings that break the right-hand rule).</li>
 *   <li>Unknown members (e.g. {@code bbox}, foreign members) are skipped.</li>
 * </ul>
 * Malformed input raises {@link StreamReadException}, which carries the parser's location.
 *
 * <p>Immutable and thread-safe (the parser passed in is not).
 */
public final class GeoJsonGeometryParser {
    private final GeometryFactory factory;

    public GeoJsonGeometryParser(GeometryFactory factory) {
        this.factory = Objects.requireNonNull(factory, "factory");
    }

    /**
     * Parses the geometry whose {@code START_OBJECT} (or {@code null}) is the parser's current
     * token. On return the current token is the matching {@code END_OBJECT} (or the null).
     *
     * @return the geometry, or null for a JSON null
     * @throws StreamReadException for a malformed geometry object
     */
    public Geometry parse(JsonParser p) {
        if (p.currentToken() == JsonToken.VALUE_NULL) {
            return null;
        }
        if (p.currentToken() != JsonToken.START_OBJECT) {
            throw new StreamReadException(p, "Expected a geometry object, got " + p.currentToken());
        }
        String type = null;
        Object coordinates = null;
        List<Geometry> members = null;
        while (p.nextToken() == JsonToken.PROPERTY_NAME) {
            String name = p.currentName();
            JsonToken value = p.nextToken();
            switch (name) {
                case "type" -> {
                    if (value != JsonToken.VALUE_STRING) {
                        throw new StreamReadException(p, "Geometry \"type\" must be a string, got " + value);
                    }
                    type = p.getString();
                }
                case "coordinates" -> {
                    if (value != JsonToken.START_ARRAY) {
                        throw new StreamReadException(p, "Geometry \"coordinates\" must be an array, got " + value);
                    }
                    coordinates = readArray(p);
                }
                case "geometries" -> members = readMembers(p);
                default -> p.skipChildren();
            }
        }
        if (type == null) {
            throw new StreamReadException(p, "Geometry object without \"type\"");
        }
        try {
            return build(type, coordinates, members);
        } catch (IllegalArgumentException | ClassCastException e) {
            throw new StreamReadException(p, "Invalid " + type + " coordinates: " + e.getMessage(), e);
        }
    }

    private List<Geometry> readMembers(JsonParser p) {
        if (p.currentToken() != JsonToken.START_ARRAY) {
            throw new StreamReadException(p, "\"geometries\" must be an array, got " + p.currentToken());
        }
        List<Geometry> members = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
            Geometry member = parse(p);
            if (member == null) {
                throw new StreamReadException(p, "null inside \"geometries\"");
            }
            members.add(member);
        }
        return members;
    }

    /** A position as double[2], or a list of nested arrays; current token is START_ARRAY. */
    private static Object readArray(JsonParser p) {
        JsonToken t = p.nextToken();
        if (t != null && t.isNumeric()) {
            double[] xy = new double[2];
            int n = 0;
            while (t != JsonToken.END_ARRAY) {
                if (t == null || !t.isNumeric()) {
                    throw new StreamReadException(p, "Position holds a non-number: " + t);
                }
                if (n < 2) {
                    xy[n] = p.getDoubleValue();
                }
                n++;
                t = p.nextToken();
            }
            if (n < 2) {
                throw new StreamReadException(p, "Position needs at least 2 numbers, got " + n);
            }
            return xy;
        }
        List<Object> list = new ArrayList<>();
        while (t != JsonToken.END_ARRAY) {
            if (t != JsonToken.START_ARRAY) {
                throw new StreamReadException(p, "Expected an array of coordinates, got " + t);
            }
            list.add(readArray(p));
            t = p.nextToken();
        }
        return list;
    }

    private Geometry build(String type, Object coordinates, List<Geometry> members) {
        if (type.equals("GeometryCollection")) {
            if (members == null) {
                throw new IllegalArgumentException("GeometryCollection without \"geometries\"");
            }
            return factory.createGeometryCollection(members.toArray(Geometry[]::new));
        }
        if (coordinates == null) {
            throw new IllegalArgumentException("missing \"coordinates\"");
        }
        return switch (type) {
            case "Point" -> point(coordinates);
            case "MultiPoint" -> factory.createMultiPoint(
                    list(coordinates).stream().map(this::point).toArray(Point[]::new));
            case "LineString" -> factory.createLineString(positions(coordinates));
            case "MultiLineString" -> factory.createMultiLineString(list(coordinates).stream()
                    .map(c -> factory.createLineString(positions(c))).toArray(LineString[]::new));
            case "Polygon" -> polygon(coordinates);
            case "MultiPolygon" -> factory.createMultiPolygon(
                    list(coordinates).stream().map(this::polygon).toArray(Polygon[]::new));
            default -> throw new IllegalArgumentException("unknown geometry type \"" + type + "\"");
        };
    }

    private Point point(Object coordinates) {
        if (coordinates instanceof List<?> l && l.isEmpty()) {
            return factory.createPoint();
        }
        double[] xy = position(coordinates);
        return factory.createPoint(new Coordinate(xy[0], xy[1]));
    }

    private Polygon polygon(Object coordinates) {
        List<?> rings = list(coordinates);
        if (rings.isEmpty()) {
            return factory.createPolygon();
        }
        LinearRing shell = ring(rings.get(0));
        LinearRing[] holes = new LinearRing[rings.size() - 1];
        for (int i = 1; i < rings.size(); i++) {
            holes[i - 1] = ring(rings.get(i));
        }
        return factory.createPolygon(shell, holes);
    }

    private LinearRing ring(Object coordinates) {
        Coordinate[] c = positions(coordinates);
        if (c.length > 0 && !c[0].equals2D(c[c.length - 1])) {
            Coordinate[] closed = java.util.Arrays.copyOf(c, c.length + 1);
            closed[c.length] = c[0].copy();
            c = closed;
        }
        if (c.length < 4) {
            throw new IllegalArgumentException("a polygon ring needs at least 4 positions once closed, got "
                    + c.length);
        }
        return factory.createLinearRing(c);
    }

    private static Coordinate[] positions(Object coordinates) {
        List<?> list = list(coordinates);
        Coordinate[] out = new Coordinate[list.size()];
        for (int i = 0; i < out.length; i++) {
            double[] xy = position(list.get(i));
            out[i] = new Coordinate(xy[0], xy[1]);
        }
        return out;
    }

    private static double[] position(Object o) {
        if (o instanceof double[] xy) {
            return xy;
        }
        throw new IllegalArgumentException("expected a position [x, y], got an array of arrays");
    }

    private static List<?> list(Object o) {
        if (o instanceof List<?> l) {
            return l;
        }
        throw new IllegalArgumentException("expected an array of positions or arrays, got a single position");
    }
}
