package org.ecocorridor.ogc.wfs;

import java.io.IOException;
import java.io.Writer;
import org.ecocorridor.core.feature.AttributeDescriptor;
import org.ecocorridor.core.feature.Feature;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryCollection;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.MultiLineString;
import org.locationtech.jts.geom.MultiPoint;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * Streams features as GeoJSON (RFC 7946): coordinates in (east, north) order of the output CRS
 * (longitude, latitude for EPSG:4326, whatever the srsName's axis order), numbers with
 * {@link Double#toString}, non-finite numbers as {@code null}, text escaped per RFC 8259 §7.
 * Feature ids are {@code <type>.<id>}, as in GML. Not thread-safe; one per document.
 */
final class GeoJsonWriter {
    private final Writer out;
    private boolean firstFeature = true;

    GeoJsonWriter(Writer out) {
        this.out = out;
    }

    void startCollection(long matched, long returned) throws IOException {
        out.write("{\"type\":\"FeatureCollection\",\"numberMatched\":" + matched + ",\"numberReturned\":" + returned
                + ",\"timeStamp\":\"" + GmlFeatureWriter.timeStamp() + "\",\"features\":[");
    }

    void endCollection(String next, String previous) throws IOException {
        out.write("],\"links\":[");
        boolean first = true;
        for (String[] link : new String[][] {{"next", next}, {"previous", previous}}) {
            if (link[1] != null) {
                out.write((first ? "" : ",") + "{\"rel\":\"" + link[0] + "\",\"type\":\"application/json\",\"href\":");
                string(link[1]);
                out.write('}');
                first = false;
            }
        }
        out.write("]}");
    }

    void feature(QuerySpec q, Feature f, Geometry g) throws IOException {
        if (!firstFeature) {
            out.write(',');
        }
        firstFeature = false;
        out.write("{\"type\":\"Feature\",\"id\":");
        string(q.type().name() + "." + f.id());
        out.write(",\"geometry\":");
        if (g == null || !FeatureStream.wantsGeometry(q)) {
            out.write("null");
        } else {
            geometry(g);
        }
        out.write(",\"properties\":{");
        boolean first = true;
        for (AttributeDescriptor a : q.type().schema().attributes()) {
            if (!f.attributes().containsKey(a.name())) {
                continue;
            }
            if (!first) {
                out.write(',');
            }
            first = false;
            string(a.name());
            out.write(':');
            value(f.get(a.name()));
        }
        out.write("}}");
    }

    private void value(Object v) throws IOException {
        if (v == null) {
            out.write("null");
        } else if (v instanceof Long || v instanceof Boolean) {
            out.write(v.toString());
        } else if (v instanceof Double d) {
            out.write(Double.isFinite(d) ? d.toString() : "null");
        } else {
            string(v.toString());
        }
    }

    private void geometry(Geometry g) throws IOException {
        if (g instanceof Point p) {
            out.write("{\"type\":\"Point\",\"coordinates\":");
            position(p.getCoordinateSequence(), 0);
        } else if (g instanceof LineString l) {
            out.write("{\"type\":\"LineString\",\"coordinates\":");
            positions(l.getCoordinateSequence());
        } else if (g instanceof Polygon p) {
            out.write("{\"type\":\"Polygon\",\"coordinates\":");
            rings(p);
        } else if (g instanceof MultiPoint mp) {
            out.write("{\"type\":\"MultiPoint\",\"coordinates\":[");
            for (int i = 0; i < mp.getNumGeometries(); i++) {
                out.write(i > 0 ? "," : "");
                position(((Point) mp.getGeometryN(i)).getCoordinateSequence(), 0);
            }
            out.write(']');
        } else if (g instanceof MultiLineString ml) {
            out.write("{\"type\":\"MultiLineString\",\"coordinates\":[");
            for (int i = 0; i < ml.getNumGeometries(); i++) {
                out.write(i > 0 ? "," : "");
                positions(((LineString) ml.getGeometryN(i)).getCoordinateSequence());
            }
            out.write(']');
        } else if (g instanceof MultiPolygon mp) {
            out.write("{\"type\":\"MultiPolygon\",\"coordinates\":[");
            for (int i = 0; i < mp.getNumGeometries(); i++) {
                out.write(i > 0 ? "," : "");
                rings((Polygon) mp.getGeometryN(i));
            }
            out.write(']');
        } else if (g instanceof GeometryCollection gc) {
            out.write("{\"type\":\"GeometryCollection\",\"geometries\":[");
            for (int i = 0; i < gc.getNumGeometries(); i++) {
                out.write(i > 0 ? "," : "");
                geometry(gc.getGeometryN(i));
            }
            out.write("]}");
            return;
        }
        out.write('}');
    }

    private void rings(Polygon p) throws IOException {
        out.write('[');
        positions(p.getExteriorRing().getCoordinateSequence());
        for (int i = 0; i < p.getNumInteriorRing(); i++) {
            out.write(',');
            positions(p.getInteriorRingN(i).getCoordinateSequence());
        }
        out.write(']');
    }

    private void positions(CoordinateSequence cs) throws IOException {
        out.write('[');
        for (int i = 0; i < cs.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            position(cs, i);
        }
        out.write(']');
    }

    private void position(CoordinateSequence cs, int i) throws IOException {
        out.write('[');
        out.write(Double.toString(cs.getX(i)));
        out.write(',');
        out.write(Double.toString(cs.getY(i)));
        out.write(']');
    }

    private void string(String s) throws IOException {
        out.write('"');
        if (!needsEscape(s)) {
            out.write(s); // the common case, one call: Writer.write(int) takes a lock per character
            out.write('"');
            return;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.write("\\\"");
                case '\\' -> out.write("\\\\");
                case '\n' -> out.write("\\n");
                case '\r' -> out.write("\\r");
                case '\t' -> out.write("\\t");
                default -> {
                    if (c < 0x20) {
                        out.write(String.format("\\u%04x", (int) c));
                    } else {
                        out.write(c);
                    }
                }
            }
        }
        out.write('"');
    }

    private static boolean needsEscape(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c == '"' || c == '\\') {
                return true;
            }
        }
        return false;
    }
}
