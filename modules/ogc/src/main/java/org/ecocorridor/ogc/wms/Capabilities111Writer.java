package org.ecocorridor.ogc.wms;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.ecocorridor.core.catalog.TimeExtent;
import org.ecocorridor.ogc.style.NamedStyle;
import org.locationtech.jts.geom.Envelope;

/**
 * WMS 1.1.1 capabilities (OGC 01-068r3, §7.1 and Annex A), valid against
 * {@code capabilities_1_1_1.dtd}: {@code WMT_MS_Capabilities} without namespace, SRS instead of CRS,
 * LatLonBoundingBox, BoundingBoxes with x = east for every SRS, time as {@code Dimension} +
 * {@code Extent}, GetLegendGraphic and UserDefinedSymbolization as the SLD profile has them.
 * Media types are the 1.1.1 ones ({@code application/vnd.ogc.wms_xml}, {@code application/vnd.ogc.se_*}).
 *
 * <p>Thread-safe (stateless).
 */
final class Capabilities111Writer {
    static final String XLINK = "http://www.w3.org/1999/xlink";
    /** The DOCTYPE of 1.1.1 capabilities. */
    static final String DOCTYPE = "<!DOCTYPE WMT_MS_Capabilities SYSTEM "
            + "\"http://schemas.opengis.net/wms/1.1.1/WMS_MS_Capabilities.dtd\">";
    private static final XMLOutputFactory OUTPUT = XMLOutputFactory.newFactory();

    void write(CapabilitiesModel m, OutputStream out) throws IOException {
        try {
            XMLStreamWriter w = OUTPUT.createXMLStreamWriter(out, "UTF-8");
            w.writeStartDocument("UTF-8", "1.0");
            w.writeDTD("\n" + DOCTYPE + "\n");
            w.writeStartElement("WMT_MS_Capabilities");
            w.writeAttribute("version", "1.1.1");
            service(w, m);
            w.writeStartElement("Capability");
            w.writeStartElement("Request");
            operation(w, "GetCapabilities", List.of("application/vnd.ogc.wms_xml"), m.endpoint);
            operation(w, "GetMap", CapabilitiesModel.MAP_FORMATS, m.endpoint);
            operation(w, "GetFeatureInfo", CapabilitiesModel.INFO_FORMATS, m.endpoint);
            operation(w, "GetLegendGraphic", List.of("image/png"), m.endpoint);
            w.writeEndElement();
            w.writeStartElement("Exception");
            for (String f : List.of("application/vnd.ogc.se_xml", "application/vnd.ogc.se_inimage",
                    "application/vnd.ogc.se_blank")) {
                text(w, "Format", f);
            }
            w.writeEndElement();
            w.writeEmptyElement("UserDefinedSymbolization");
            w.writeAttribute("SupportSLD", "1");
            w.writeAttribute("UserLayer", "0");
            w.writeAttribute("UserStyle", "1");
            w.writeAttribute("RemoteWFS", "0");
            rootLayer(w, m);
            w.writeEndElement();
            w.writeEndElement();
            w.writeEndDocument();
            w.close();
        } catch (XMLStreamException e) {
            throw new IOException("Writing WMS 1.1.1 capabilities failed: " + e.getMessage(), e);
        }
    }

    private static void service(XMLStreamWriter w, CapabilitiesModel m) throws XMLStreamException {
        WmsSettings s = m.settings;
        w.writeStartElement("Service");
        text(w, "Name", "OGC:WMS");
        text(w, "Title", s.title());
        if (s.abstractText() != null) {
            text(w, "Abstract", s.abstractText());
        }
        keywords(w, s.keywords());
        link(w, m.endpoint);
        text(w, "Fees", "none");
        text(w, "AccessConstraints", "none");
        w.writeEndElement();
    }

    private static void operation(XMLStreamWriter w, String name, List<String> formats, String url)
            throws XMLStreamException {
        w.writeStartElement(name);
        for (String f : formats) {
            text(w, "Format", f);
        }
        w.writeStartElement("DCPType");
        w.writeStartElement("HTTP");
        w.writeStartElement("Get");
        link(w, url);
        w.writeEndElement();
        w.writeEndElement();
        w.writeEndElement();
        w.writeEndElement();
    }

    private static void rootLayer(XMLStreamWriter w, CapabilitiesModel m) throws XMLStreamException {
        w.writeStartElement("Layer");
        text(w, "Title", m.settings.title());
        for (String crs : m.settings.crsNames()) {
            if (!crs.equals("CRS:84")) {
                text(w, "SRS", crs);
            }
        }
        bounds(w, m, m.unionLonLat());
        for (PublishedLayer layer : m.layers) {
            layer(w, m, layer);
        }
        w.writeEndElement();
    }

    private static void layer(XMLStreamWriter w, CapabilitiesModel m, PublishedLayer l) throws XMLStreamException {
        w.writeStartElement("Layer");
        w.writeAttribute("queryable", "1");
        text(w, "Name", l.name());
        text(w, "Title", l.info().title() == null ? l.name() : l.info().title());
        if (l.info().abstractText() != null) {
            text(w, "Abstract", l.info().abstractText());
        }
        keywords(w, l.info().keywords());
        if (l.info().bbox() != null) {
            bounds(w, m, l.info().bbox());
        }
        TimeExtent t = l.info().timeExtent();
        if (t != null) {
            w.writeEmptyElement("Dimension");
            w.writeAttribute("name", "time");
            w.writeAttribute("units", "ISO8601");
            w.writeStartElement("Extent");
            w.writeAttribute("name", "time");
            w.writeAttribute("default", TimeParameter.defaultValue(t).end().toString());
            w.writeCharacters(t.start() + "/" + t.end() + "/P1D");
            w.writeEndElement();
        }
        for (NamedStyle s : l.styleList()) {
            w.writeStartElement("Style");
            text(w, "Name", s.name());
            text(w, "Title", s.title() == null ? s.name() : s.title());
            if (s.abstractText() != null) {
                text(w, "Abstract", s.abstractText());
            }
            int[] size = m.legendSize(s);
            w.writeStartElement("LegendURL");
            w.writeAttribute("width", Integer.toString(size[0]));
            w.writeAttribute("height", Integer.toString(size[1]));
            text(w, "Format", "image/png");
            link(w, m.legendUrl(l, s));
            w.writeEndElement();
            w.writeEndElement();
        }
        w.writeEndElement();
    }

    private static void bounds(XMLStreamWriter w, CapabilitiesModel m, Envelope lonLat) throws XMLStreamException {
        w.writeEmptyElement("LatLonBoundingBox");
        w.writeAttribute("minx", CapabilitiesModel.number(lonLat.getMinX()));
        w.writeAttribute("miny", CapabilitiesModel.number(lonLat.getMinY()));
        w.writeAttribute("maxx", CapabilitiesModel.number(lonLat.getMaxX()));
        w.writeAttribute("maxy", CapabilitiesModel.number(lonLat.getMaxY()));
        for (CapabilitiesModel.Box b : m.boxes(lonLat)) {
            if (b.crs().equals("CRS:84")) {
                continue;
            }
            w.writeEmptyElement("BoundingBox");
            w.writeAttribute("SRS", b.crs());
            w.writeAttribute("minx", CapabilitiesModel.number(b.values()[0]));
            w.writeAttribute("miny", CapabilitiesModel.number(b.values()[1]));
            w.writeAttribute("maxx", CapabilitiesModel.number(b.values()[2]));
            w.writeAttribute("maxy", CapabilitiesModel.number(b.values()[3]));
        }
    }

    private static void keywords(XMLStreamWriter w, List<String> keywords) throws XMLStreamException {
        if (!keywords.isEmpty()) {
            w.writeStartElement("KeywordList");
            for (String k : keywords) {
                text(w, "Keyword", k);
            }
            w.writeEndElement();
        }
    }

    private static void link(XMLStreamWriter w, String href) throws XMLStreamException {
        w.writeEmptyElement("OnlineResource");
        w.writeNamespace("xlink", XLINK);
        w.writeAttribute("xlink", XLINK, "type", "simple");
        w.writeAttribute("xlink", XLINK, "href", href);
    }

    private static void text(XMLStreamWriter w, String name, String value) throws XMLStreamException {
        w.writeStartElement(name);
        w.writeCharacters(value);
        w.writeEndElement();
    }
}
