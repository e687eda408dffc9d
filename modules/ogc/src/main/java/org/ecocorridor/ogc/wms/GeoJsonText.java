package org.ecocorridor.ogc.wms;

import java.util.Locale;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryCollection;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.MultiLineString;
import org.locationtech.jts.geom.MultiPoint;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * Small GeoJSON (RFC 7946) text building for GetFeatureInfo answers: geometries with (lon, lat)
 * positions, property values as JSON numbers, booleans, strings (dates in ISO 8601) or null, and
 * JSON string escaping (RFC 8259 §7).
 *
 * <p>Thread-safe (stateless).
 */
final class GeoJsonText {
    private GeoJsonText() {
    }

    static void geometry(StringBuilder sb, Geometry g) {
        if (g == null || g.isEmpty()) {
            sb.append("null");
            return;
        }
        if (g instanceof GeometryCollection gc && !(g instanceof MultiPoint || g instanceof MultiLineString
                || g instanceof MultiPolygon)) {
            sb.append("{\"type\":\"GeometryCollection\",\"geometries\":[");
            for (int i = 0; i < gc.getNumGeometries(); i++) {
                if (i > 0) {
                    sb.append(',');
                }
                geometry(sb, gc.getGeometryN(i));
            }
            sb.append("]}");
            return;
        }
        sb.append("{\"type\":\"").append(g.getGeometryType()).append("\",\"coordinates\":");
        coordinates(sb, g);
        sb.append('}');
    }

    private static void coordinates(StringBuilder sb, Geometry g) {
        if (g instanceof Point p) {
            position(sb, p.getCoordinate());
        } else if (g instanceof LineString l) {
            positions(sb, l.getCoordinates());
        } else if (g instanceof Polygon p) {
            sb.append('[');
            positions(sb, p.getExteriorRing().getCoordinates());
            for (int i = 0; i < p.getNumInteriorRing(); i++) {
                sb.append(',');
                positions(sb, p.getInteriorRingN(i).getCoordinates());
            }
            sb.append(']');
        } else {
            sb.append('[');
            for (int i = 0; i < g.getNumGeometries(); i++) {
                if (i > 0) {
                    sb.append(',');
                }
                coordinates(sb, g.getGeometryN(i));
            }
            sb.append(']');
        }
    }

    private static void positions(StringBuilder sb, Coordinate[] cs) {
        sb.append('[');
        for (int i = 0; i < cs.length; i++) {
            if (i > 0) {
                sb.append(',');
            }
            position(sb, cs[i]);
        }
        sb.append(']');
    }

    private static void position(StringBuilder sb, Coordinate c) {
        sb.append('[').append(CapabilitiesModel.number(c.getX())).append(',')
                .append(CapabilitiesModel.number(c.getY())).append(']');
    }

    static void properties(StringBuilder sb, Map<String, Object> values) {
        sb.append('{');
        boolean first = true;
        for (Map.Entry<String, Object> e : values.entrySet()) {
            if (!first) {
                sb.append(',');
            }
            first = false;
            string(sb, e.getKey());
            sb.append(':');
            value(sb, e.getValue());
        }
        sb.append('}');
    }

    static void value(StringBuilder sb, Object v) {
        if (v == null) {
            sb.append("null");
        } else if (v instanceof Boolean b) {
            sb.append(b);
        } else if (v instanceof Number n && !Double.isFinite(n.doubleValue())) {
            sb.append("null");
        } else if (v instanceof Number n) {
            sb.append(n instanceof Float f ? Float.toString(f) : n.toString());
        } else {
            string(sb, v.toString());
        }
    }

    static void string(StringBuilder sb, String s) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        sb.append('"');
    }
}
