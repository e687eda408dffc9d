package org.ecocorridor.ogc.gml;

import java.util.ArrayList;
import java.util.List;
import org.ecocorridor.ogc.exception.OgcException;
import org.ecocorridor.ogc.ows.CrsName;
import org.ecocorridor.ogc.ows.XmlElement;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * Reads GML 3.2 / 3.1.1 geometry literals (namespace-tolerant, by local name): Point, LineString,
 * LinearRing, Polygon (exterior/interior or 3.1.1 outer/innerBoundaryIs), Envelope and Box (as
 * their rectangle), Curve and Surface with one linear segment or patch, MultiPoint, MultiCurve,
 * MultiLineString, MultiSurface, MultiPolygon and MultiGeometry; coordinates from {@code pos},
 * {@code posList}, {@code coordinates} or {@code coord}.
 *
 * <p>The result carries the EPSG code of its {@code srsName} (inherited from enclosing elements,
 * else the default CRS) and is in (east, north) order: coordinates of a latitude-first CRS name
 * ({@link CrsName#northingFirst()}) are swapped here, except by an {@link #eastingFirst} reader.
 *
 * <p>Thread-safe (stateless apart from its immutable factory).
 */
public final class GmlGeometryReader {
    private static final GeometryFactory FACTORY = new GeometryFactory();
    private final CrsName defaultCrs;
    private final boolean honourAxisOrder;

    /** @param defaultCrs CRS of literals without srsName */
    public GmlGeometryReader(CrsName defaultCrs) {
        this(defaultCrs, true);
    }

    private GmlGeometryReader(CrsName defaultCrs, boolean honourAxisOrder) {
        this.defaultCrs = defaultCrs;
        this.honourAxisOrder = honourAxisOrder;
    }

    /**
     * A reader for GML 2 (WFS 1.0.0), which reads every literal as (x, y) = (east, north) whatever its
     * srsName: GML 2 has no axis-order rule and its writers put x first. QGIS 3.22 sends its WFS-T
     * edits as WFS 1.0.0 transactions with GML 2 {@code gml:coordinates} in longitude, latitude order
     * even when it labels them {@code urn:ogc:def:crs:EPSG::4326} (the srsName of its WFS 2.0 layer).
     */
    public static GmlGeometryReader eastingFirst(CrsName defaultCrs) {
        return new GmlGeometryReader(defaultCrs, false);
    }

    /**
     * Reads a geometry element.
     *
     * @throws OgcException InvalidParameterValue for an unknown element or bad coordinates
     */
    public Geometry read(XmlElement e) {
        CrsName crs = crs(e, defaultCrs);
        Geometry g = geometry(e, crs);
        g.setSRID(crs.epsg());
        return g;
    }

    private Geometry geometry(XmlElement e, CrsName outer) {
        CrsName crs = crs(e, outer);
        boolean swap = honourAxisOrder && crs.northingFirst();
        switch (e.localName()) {
            case "Point":
                return FACTORY.createPoint(single(coordinates(e, swap), e));
            case "LineString":
                return FACTORY.createLineString(coordinates(e, swap));
            case "LinearRing":
                return FACTORY.createLinearRing(coordinates(e, swap));
            case "Polygon":
                return polygon(e, crs);
            case "Envelope":
            case "Box":
                return envelope(e, swap);
            case "Curve":
                return FACTORY.createLineString(coordinates(only(only(e, "segments"), "LineStringSegment"), swap));
            case "Surface":
                return polygon(only(only(e, "patches"), "PolygonPatch"), crs);
            case "MultiPoint":
                return FACTORY.createMultiPoint(members(e, crs).stream().map(g -> (Point) g).toArray(Point[]::new));
            case "MultiCurve":
            case "MultiLineString":
                return FACTORY.createMultiLineString(members(e, crs).stream().map(g -> (LineString) g)
                        .toArray(LineString[]::new));
            case "MultiSurface":
            case "MultiPolygon":
                return FACTORY.createMultiPolygon(members(e, crs).stream().map(g -> (Polygon) g)
                        .toArray(Polygon[]::new));
            case "MultiGeometry":
                return FACTORY.createGeometryCollection(members(e, crs).toArray(Geometry[]::new));
            default:
                throw OgcException.invalidParameter(e.localName(), "Unsupported GML geometry " + e.localName());
        }
    }

    private Polygon polygon(XmlElement e, CrsName crs) {
        LinearRing shell = null;
        List<LinearRing> holes = new ArrayList<>();
        for (XmlElement c : e.children()) {
            if (c.is("exterior") || c.is("outerBoundaryIs")) {
                shell = ring(c, crs);
            } else if (c.is("interior") || c.is("innerBoundaryIs")) {
                holes.add(ring(c, crs));
            }
        }
        if (shell == null) {
            throw OgcException.invalidParameter("Polygon", "GML Polygon without exterior ring");
        }
        return FACTORY.createPolygon(shell, holes.toArray(LinearRing[]::new));
    }

    private LinearRing ring(XmlElement boundary, CrsName crs) {
        XmlElement r = boundary.children().isEmpty() ? null : boundary.children().get(0);
        if (r == null || !r.is("LinearRing")) {
            throw OgcException.invalidParameter("LinearRing", "Expected a gml:LinearRing in " + boundary.localName());
        }
        try {
            return FACTORY.createLinearRing(coordinates(r, honourAxisOrder && crs(r, crs).northingFirst()));
        } catch (IllegalArgumentException ex) {
            throw OgcException.invalidParameter("LinearRing", "Invalid ring: " + ex.getMessage());
        }
    }

    private Geometry envelope(XmlElement e, boolean swap) {
        Coordinate lower;
        Coordinate upper;
        if (e.child("lowerCorner").isPresent()) {
            lower = single(parse(e.child("lowerCorner").get().text(), swap, "lowerCorner"), e);
            upper = single(parse(e.child("upperCorner").map(XmlElement::text).orElse(""), swap, "upperCorner"), e);
        } else {
            Coordinate[] cs = coordinates(e, swap);
            if (cs.length != 2) {
                throw OgcException.invalidParameter(e.localName(), "An envelope needs two corners");
            }
            lower = cs[0];
            upper = cs[1];
        }
        return FACTORY.toGeometry(new Envelope(lower, upper));
    }

    private List<Geometry> members(XmlElement e, CrsName crs) {
        List<Geometry> out = new ArrayList<>();
        for (XmlElement m : e.children()) {
            if (m.localName().endsWith("Members")) {
                for (XmlElement g : m.children()) {
                    out.add(geometry(g, crs));
                }
            } else if (m.localName().endsWith("Member")) {
                for (XmlElement g : m.children()) {
                    out.add(geometry(g, crs));
                }
            }
        }
        return out;
    }

    private static XmlElement only(XmlElement e, String child) {
        return e.child(child).orElseThrow(() -> OgcException.invalidParameter(e.localName(),
                "GML " + e.localName() + " needs a " + child + " element"));
    }

    private static Coordinate single(Coordinate[] cs, XmlElement e) {
        if (cs.length != 1) {
            throw OgcException.invalidParameter(e.localName(), "Expected one position in " + e.localName()
                    + ", got " + cs.length);
        }
        return cs[0];
    }

    private static Coordinate[] coordinates(XmlElement e, boolean swap) {
        if (e.child("posList").isPresent()) {
            return parse(e.child("posList").get().text(), swap, "posList");
        }
        List<XmlElement> pos = e.children("pos");
        if (!pos.isEmpty()) {
            List<Coordinate> cs = new ArrayList<>();
            for (XmlElement p : pos) {
                cs.add(single(parse(p.text(), swap, "pos"), p));
            }
            return cs.toArray(Coordinate[]::new);
        }
        if (e.child("coordinates").isPresent()) {
            XmlElement c = e.child("coordinates").get();
            String cs = c.attribute("cs") == null ? "," : c.attribute("cs");
            String ts = c.attribute("ts") == null ? " " : c.attribute("ts");
            List<Coordinate> out = new ArrayList<>();
            for (String tuple : c.text().trim().split(java.util.regex.Pattern.quote(ts) + "+")) {
                String[] xy = tuple.trim().split(java.util.regex.Pattern.quote(cs));
                out.add(coordinate(xy[0], xy.length > 1 ? xy[1] : "", swap, "coordinates"));
            }
            return out.toArray(Coordinate[]::new);
        }
        List<XmlElement> coords = e.children("coord");
        if (!coords.isEmpty()) {
            List<Coordinate> out = new ArrayList<>();
            for (XmlElement c : coords) {
                out.add(coordinate(c.child("X").map(XmlElement::text).orElse(""),
                        c.child("Y").map(XmlElement::text).orElse(""), swap, "coord"));
            }
            return out.toArray(Coordinate[]::new);
        }
        throw OgcException.invalidParameter(e.localName(), "GML " + e.localName() + " has no coordinates");
    }

    /** Parses "a b a b ..." (2D). */
    private static Coordinate[] parse(String text, boolean swap, String what) {
        String[] t = text.trim().split("\\s+");
        if (t.length < 2 || t.length % 2 != 0) {
            throw OgcException.invalidParameter(what, "Expected an even number of coordinates in " + what
                    + ", got \"" + text + "\"");
        }
        Coordinate[] cs = new Coordinate[t.length / 2];
        for (int i = 0; i < cs.length; i++) {
            cs[i] = coordinate(t[2 * i], t[2 * i + 1], swap, what);
        }
        return cs;
    }

    private static Coordinate coordinate(String a, String b, boolean swap, String what) {
        try {
            double first = Double.parseDouble(a);
            double second = Double.parseDouble(b);
            return swap ? new Coordinate(second, first) : new Coordinate(first, second);
        } catch (NumberFormatException e) {
            throw OgcException.invalidParameter(what, "Invalid coordinate \"" + a + " " + b + "\" in " + what);
        }
    }

    private static CrsName crs(XmlElement e, CrsName outer) {
        String srs = e.attribute("srsName");
        return srs == null ? outer : CrsName.parse(srs, "srsName");
    }
}
