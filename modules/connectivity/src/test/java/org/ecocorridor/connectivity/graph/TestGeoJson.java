package org.ecocorridor.connectivity.graph;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * A test-only reader of GeoJSON FeatureCollections (RFC 7946): a small recursive-descent JSON parser
 * and the six geometry types. Enough for the reference and demo files; not a production codec.
 */
public final class TestGeoJson {
    private static final GeometryFactory GF = new GeometryFactory();

    /** One feature: its properties (String, Double, Boolean, null, List, Map) and geometry. */
    public record Feature(Map<String, Object> properties, Geometry geometry) {
        public String string(String key) {
            Object v = properties.get(key);
            return v == null ? null : v.toString();
        }

        /** A numeric property, NaN when absent, null or not a number (e.g. ""). */
        public double number(String key) {
            return properties.get(key) instanceof Double d ? d : Double.NaN;
        }
    }

    private final String text;
    private int pos;

    private TestGeoJson(String text) {
        this.text = text;
    }

    public static List<Feature> read(Path file) throws IOException {
        Object root = new TestGeoJson(Files.readString(file, StandardCharsets.UTF_8)).value();
        List<Feature> features = new ArrayList<>();
        for (Object o : (List<?>) ((Map<?, ?>) root).get("features")) {
            Map<?, ?> f = (Map<?, ?>) o;
            @SuppressWarnings("unchecked")
            Map<String, Object> props = (Map<String, Object>) f.get("properties");
            features.add(new Feature(props == null ? Map.of() : props, geometry((Map<?, ?>) f.get("geometry"))));
        }
        return features;
    }

    private static Geometry geometry(Map<?, ?> g) {
        List<?> c = (List<?>) g.get("coordinates");
        return switch ((String) g.get("type")) {
            case "Point" -> point(c);
            case "MultiPoint" -> GF.createMultiPoint(c.stream().map(p -> point((List<?>) p)).toArray(Point[]::new));
            case "LineString" -> line(c);
            case "MultiLineString" -> GF.createMultiLineString(
                    c.stream().map(l -> line((List<?>) l)).toArray(LineString[]::new));
            case "Polygon" -> polygon(c);
            case "MultiPolygon" -> GF.createMultiPolygon(c.stream().map(p -> polygon((List<?>) p)).toArray(Polygon[]::new));
            default -> throw new IllegalArgumentException("Unsupported geometry " + g.get("type"));
        };
    }

    private static Point point(List<?> c) {
        return GF.createPoint(coordinate(c));
    }

    private static LineString line(List<?> c) {
        return GF.createLineString(c.stream().map(p -> coordinate((List<?>) p)).toArray(Coordinate[]::new));
    }

    private static Polygon polygon(List<?> rings) {
        LinearRing shell = ring((List<?>) rings.get(0));
        LinearRing[] holes = rings.stream().skip(1).map(r -> ring((List<?>) r)).toArray(LinearRing[]::new);
        return GF.createPolygon(shell, holes);
    }

    private static LinearRing ring(List<?> c) {
        return GF.createLinearRing(c.stream().map(p -> coordinate((List<?>) p)).toArray(Coordinate[]::new));
    }

    private static Coordinate coordinate(List<?> c) {
        return new Coordinate((Double) c.get(0), (Double) c.get(1));
    }

    private Object value() {
        skipSpace();
        char ch = text.charAt(pos);
        switch (ch) {
            case '{':
                return object();
            case '[':
                return array();
            case '"':
                return string();
            case 't':
                pos += 4;
                return Boolean.TRUE;
            case 'f':
                pos += 5;
                return Boolean.FALSE;
            case 'n':
                pos += 4;
                return null;
            default:
                return number();
        }
    }

    private Map<String, Object> object() {
        Map<String, Object> map = new LinkedHashMap<>();
        pos++;
        skipSpace();
        if (text.charAt(pos) == '}') {
            pos++;
            return map;
        }
        while (true) {
            skipSpace();
            String key = string();
            skipSpace();
            pos++; // ':'
            map.put(key, value());
            skipSpace();
            if (text.charAt(pos++) == '}') {
                return map;
            }
        }
    }

    private List<Object> array() {
        List<Object> list = new ArrayList<>();
        pos++;
        skipSpace();
        if (text.charAt(pos) == ']') {
            pos++;
            return list;
        }
        while (true) {
            list.add(value());
            skipSpace();
            if (text.charAt(pos++) == ']') {
                return list;
            }
        }
    }

    private String string() {
        StringBuilder sb = new StringBuilder();
        pos++; // opening quote
        while (true) {
            char ch = text.charAt(pos++);
            if (ch == '"') {
                return sb.toString();
            }
            if (ch != '\\') {
                sb.append(ch);
                continue;
            }
            char e = text.charAt(pos++);
            switch (e) {
                case 'n' -> sb.append('\n');
                case 't' -> sb.append('\t');
                case 'r' -> sb.append('\r');
                case 'b' -> sb.append('\b');
                case 'f' -> sb.append('\f');
                case 'u' -> {
                    sb.append((char) Integer.parseInt(text.substring(pos, pos + 4), 16));
                    pos += 4;
                }
                default -> sb.append(e);
            }
        }
    }

    private Double number() {
        int start = pos;
        while (pos < text.length() && "+-0123456789.eE".indexOf(text.charAt(pos)) >= 0) {
            pos++;
        }
        return Double.valueOf(text.substring(start, pos));
    }

    private void skipSpace() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
    }
}
