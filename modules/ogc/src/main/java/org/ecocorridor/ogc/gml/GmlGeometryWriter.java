package org.ecocorridor.ogc.gml;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
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
 * Writes JTS geometries as GML 3.2.1 or 3.1.1 with StAX: Point ({@code gml:pos}), LineString and
 * LinearRing ({@code gml:posList}), Polygon, MultiPoint, MultiCurve (for MultiLineString),
 * MultiSurface (for MultiPolygon) and MultiGeometry. GML 3.2 requires {@code gml:id} on every
 * geometry: ids are {@code <idPrefix>.<n>}, numbered in document order.
 *
 * <p>GML 2.1.2 (OGC 02-069 §5.2) has its own vocabulary: {@code gml:coordinates} ("x,y x,y", comma
 * between ordinates and space between tuples, the defaults of its {@code cs} and {@code ts}),
 * Polygon with {@code outerBoundaryIs}/{@code innerBoundaryIs}, MultiLineString with
 * {@code lineStringMember} and MultiPolygon with {@code polygonMember}; no gml:id.
 *
 * <p>Axis order: with {@code northingFirst}, (x, y) is written as "y x" (latitude first for
 * {@code urn:ogc:def:crs:EPSG::4326}); coordinates are written with {@link Double#toString}, the
 * shortest text that reads back to the same double.
 *
 * <p>Not thread-safe; one per document.
 */
public final class GmlGeometryWriter {
    private final XMLStreamWriter w;
    private final GmlVersion version;
    private final String ns;
    private final StringBuilder text = new StringBuilder(256);
    private String idPrefix;
    private int idCounter;

    public GmlGeometryWriter(XMLStreamWriter writer, GmlVersion version) {
        this.w = writer;
        this.version = version;
        this.ns = version.namespace();
    }

    /**
     * Writes one geometry element.
     *
     * @param srsName       srsName attribute of the outer element
     * @param northingFirst whether to write y before x
     * @param idPrefix      prefix of generated gml:ids (GML 3.2), usually the feature id
     */
    public void write(Geometry g, String srsName, boolean northingFirst, String idPrefix) throws XMLStreamException {
        this.idPrefix = idPrefix;
        this.idCounter = 0;
        geometry(g, srsName, northingFirst);
    }

    private void geometry(Geometry g, String srsName, boolean swap) throws XMLStreamException {
        if (version == GmlVersion.GML_212) {
            gml2(g, srsName, swap);
            return;
        }
        if (g instanceof Point p) {
            start("Point", srsName);
            w.writeStartElement("gml", "pos", ns);
            w.writeCharacters(coordinates(p.getCoordinateSequence(), swap));
            w.writeEndElement();
            w.writeEndElement();
        } else if (g instanceof LineString l) {
            start("LineString", srsName);
            posList(l.getCoordinateSequence(), swap);
            w.writeEndElement();
        } else if (g instanceof Polygon p) {
            polygon(p, srsName, swap);
        } else if (g instanceof MultiPoint mp) {
            members("MultiPoint", "pointMember", mp, srsName, swap);
        } else if (g instanceof MultiLineString ml) {
            members("MultiCurve", "curveMember", ml, srsName, swap);
        } else if (g instanceof MultiPolygon mp) {
            members("MultiSurface", "surfaceMember", mp, srsName, swap);
        } else if (g instanceof GeometryCollection gc) {
            members("MultiGeometry", "geometryMember", gc, srsName, swap);
        } else {
            throw new IllegalArgumentException("Unsupported geometry type " + g.getGeometryType());
        }
    }

    private void gml2(Geometry g, String srsName, boolean swap) throws XMLStreamException {
        if (g instanceof Point p) {
            start("Point", srsName);
            coordinates2(p.getCoordinateSequence(), swap);
            w.writeEndElement();
        } else if (g instanceof LineString l) {
            start("LineString", srsName);
            coordinates2(l.getCoordinateSequence(), swap);
            w.writeEndElement();
        } else if (g instanceof Polygon p) {
            start("Polygon", srsName);
            ring2("outerBoundaryIs", p.getExteriorRing().getCoordinateSequence(), swap);
            for (int i = 0; i < p.getNumInteriorRing(); i++) {
                ring2("innerBoundaryIs", p.getInteriorRingN(i).getCoordinateSequence(), swap);
            }
            w.writeEndElement();
        } else if (g instanceof MultiPoint mp) {
            members("MultiPoint", "pointMember", mp, srsName, swap);
        } else if (g instanceof MultiLineString ml) {
            members("MultiLineString", "lineStringMember", ml, srsName, swap);
        } else if (g instanceof MultiPolygon mp) {
            members("MultiPolygon", "polygonMember", mp, srsName, swap);
        } else if (g instanceof GeometryCollection gc) {
            members("MultiGeometry", "geometryMember", gc, srsName, swap);
        } else {
            throw new IllegalArgumentException("Unsupported geometry type " + g.getGeometryType());
        }
    }

    private void ring2(String role, CoordinateSequence cs, boolean swap) throws XMLStreamException {
        w.writeStartElement("gml", role, ns);
        w.writeStartElement("gml", "LinearRing", ns);
        coordinates2(cs, swap);
        w.writeEndElement();
        w.writeEndElement();
    }

    /** {@code <gml:coordinates>x,y x,y</gml:coordinates>} with the default separators. */
    private void coordinates2(CoordinateSequence cs, boolean swap) throws XMLStreamException {
        text.setLength(0);
        for (int i = 0; i < cs.size(); i++) {
            if (i > 0) {
                text.append(' ');
            }
            double x = cs.getX(i);
            double y = cs.getY(i);
            text.append(swap ? y : x).append(',').append(swap ? x : y);
        }
        w.writeStartElement("gml", "coordinates", ns);
        w.writeCharacters(text.toString());
        w.writeEndElement();
    }

    private void polygon(Polygon p, String srsName, boolean swap) throws XMLStreamException {
        start("Polygon", srsName);
        ring("exterior", p.getExteriorRing().getCoordinateSequence(), swap);
        for (int i = 0; i < p.getNumInteriorRing(); i++) {
            ring("interior", p.getInteriorRingN(i).getCoordinateSequence(), swap);
        }
        w.writeEndElement();
    }

    private void ring(String role, CoordinateSequence cs, boolean swap) throws XMLStreamException {
        w.writeStartElement("gml", role, ns);
        w.writeStartElement("gml", "LinearRing", ns);
        posList(cs, swap);
        w.writeEndElement();
        w.writeEndElement();
    }

    private void members(String element, String member, GeometryCollection gc, String srsName, boolean swap)
            throws XMLStreamException {
        start(element, srsName);
        for (int i = 0; i < gc.getNumGeometries(); i++) {
            w.writeStartElement("gml", member, ns);
            geometry(gc.getGeometryN(i), null, swap);
            w.writeEndElement();
        }
        w.writeEndElement();
    }

    private void start(String element, String srsName) throws XMLStreamException {
        w.writeStartElement("gml", element, ns);
        if (version == GmlVersion.GML_32) {
            w.writeAttribute("gml", ns, "id", idPrefix + "." + (++idCounter));
        }
        if (srsName != null) {
            w.writeAttribute("srsName", srsName);
            if (version != GmlVersion.GML_212) {
                w.writeAttribute("srsDimension", "2");
            }
        }
    }

    private void posList(CoordinateSequence cs, boolean swap) throws XMLStreamException {
        w.writeStartElement("gml", "posList", ns);
        w.writeCharacters(coordinates(cs, swap));
        w.writeEndElement();
    }

    private String coordinates(CoordinateSequence cs, boolean swap) {
        text.setLength(0);
        for (int i = 0; i < cs.size(); i++) {
            if (i > 0) {
                text.append(' ');
            }
            double x = cs.getX(i);
            double y = cs.getY(i);
            text.append(swap ? y : x).append(' ').append(swap ? x : y);
        }
        return text.toString();
    }
}
