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
 * WMS 1.3.0 capabilities (OGC 06-042, §7.2.4 and Annex E), with the SLD 1.1 extensions
 * {@code sld:GetLegendGraphic} and {@code sld:UserDefinedSymbolization}; valid against
 * {@code sld/1.1.0/sld_capabilities.xsd} (which imports {@code wms/1.3.0/capabilities_1_3_0.xsd}).
 * The root layer lists the CRSs (inherited by every layer); each layer has its
 * EX_GeographicBoundingBox and one BoundingBox per CRS in that CRS's axis order (latitude first for
 * EPSG:4326), a time Dimension when it has dates, and its styles with LegendURLs. Vector layers
 * are {@code queryable="1"}; rasters too (GetFeatureInfo reports the cell value).
 *
 * <p>Thread-safe (stateless).
 */
final class Capabilities130Writer {
    static final String WMS = "http://www.opengis.net/wms";
    static final String SLD = "http://www.opengis.net/sld";
    static final String XLINK = "http://www.w3.org/1999/xlink";
    static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";
    private static final XMLOutputFactory OUTPUT = XMLOutputFactory.newFactory();

    void write(CapabilitiesModel m, OutputStream out) throws IOException {
        try {
            XMLStreamWriter w = OUTPUT.createXMLStreamWriter(out, "UTF-8");
            w.writeStartDocument("UTF-8", "1.0");
            w.setDefaultNamespace(WMS);
            w.setPrefix("sld", SLD);
            w.setPrefix("xlink", XLINK);
            w.setPrefix("xsi", XSI);
            w.writeStartElement(WMS, "WMS_Capabilities");
            w.writeDefaultNamespace(WMS);
            w.writeNamespace("sld", SLD);
            w.writeNamespace("xlink", XLINK);
            w.writeNamespace("xsi", XSI);
            w.writeAttribute("version", "1.3.0");
            w.writeAttribute(XSI, "schemaLocation", WMS + " http://schemas.opengis.net/wms/1.3.0/capabilities_1_3_0.xsd "
                    + SLD + " http://schemas.opengis.net/sld/1.1.0/sld_capabilities.xsd");
            service(w, m);
            w.writeStartElement(WMS, "Capability");
            requests(w, m);
            w.writeStartElement(WMS, "Exception");
            for (String f : List.of("XML", "INIMAGE", "BLANK")) {
                text(w, "Format", f);
            }
            w.writeEndElement();
            w.writeEmptyElement(SLD, "UserDefinedSymbolization");
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
            throw new IOException("Writing WMS 1.3.0 capabilities failed: " + e.getMessage(), e);
        }
    }

    private static void service(XMLStreamWriter w, CapabilitiesModel m) throws XMLStreamException {
        WmsSettings s = m.settings;
        w.writeStartElement(WMS, "Service");
        text(w, "Name", "WMS");
        text(w, "Title", s.title());
        if (s.abstractText() != null) {
            text(w, "Abstract", s.abstractText());
        }
        keywords(w, s.keywords());
        link(w, m.endpoint);
        text(w, "Fees", "none");
        text(w, "AccessConstraints", "none");
        text(w, "MaxWidth", Integer.toString(s.maxWidthPx()));
        text(w, "MaxHeight", Integer.toString(s.maxHeightPx()));
        w.writeEndElement();
    }

    private static void requests(XMLStreamWriter w, CapabilitiesModel m) throws XMLStreamException {
        w.writeStartElement(WMS, "Request");
        operation(w, WMS, "GetCapabilities", List.of("text/xml"), m.endpoint);
        operation(w, WMS, "GetMap", CapabilitiesModel.MAP_FORMATS, m.endpoint);
        operation(w, WMS, "GetFeatureInfo", CapabilitiesModel.INFO_FORMATS, m.endpoint);
        operation(w, SLD, "GetLegendGraphic", List.of("image/png"), m.endpoint);
        w.writeEndElement();
    }

    private static void operation(XMLStreamWriter w, String ns, String name, List<String> formats, String url)
            throws XMLStreamException {
        w.writeStartElement(ns, name);
        for (String f : formats) {
            text(w, "Format", f);
        }
        w.writeStartElement(WMS, "DCPType");
        w.writeStartElement(WMS, "HTTP");
        w.writeStartElement(WMS, "Get");
        link(w, url);
        w.writeEndElement();
        w.writeEndElement();
        w.writeEndElement();
        w.writeEndElement();
    }

    private static void rootLayer(XMLStreamWriter w, CapabilitiesModel m) throws XMLStreamException {
        w.writeStartElement(WMS, "Layer");
        text(w, "Title", m.settings.title());
        if (m.settings.abstractText() != null) {
            text(w, "Abstract", m.settings.abstractText());
        }
        for (String crs : m.settings.crsNames()) {
            text(w, "CRS", crs);
        }
        bounds(w, m, m.unionLonLat());
        for (PublishedLayer layer : m.layers) {
            layer(w, m, layer);
        }
        w.writeEndElement();
    }

    private static void layer(XMLStreamWriter w, CapabilitiesModel m, PublishedLayer l) throws XMLStreamException {
        w.writeStartElement(WMS, "Layer");
        w.writeAttribute("queryable", "1");
        w.writeAttribute("opaque", "0");
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
            w.writeStartElement(WMS, "Dimension");
            w.writeAttribute("name", "time");
            w.writeAttribute("units", "ISO8601");
            w.writeAttribute("default", TimeParameter.defaultValue(t).end().toString());
            w.writeAttribute("nearestValue", "0");
            w.writeCharacters(t.start() + "/" + t.end() + "/P1D");
            w.writeEndElement();
        }
        for (NamedStyle s : l.styleList()) {
            style(w, m, l, s);
        }
        w.writeEndElement();
    }

    private static void bounds(XMLStreamWriter w, CapabilitiesModel m, Envelope lonLat) throws XMLStreamException {
        w.writeStartElement(WMS, "EX_GeographicBoundingBox");
        text(w, "westBoundLongitude", CapabilitiesModel.number(lonLat.getMinX()));
        text(w, "eastBoundLongitude", CapabilitiesModel.number(lonLat.getMaxX()));
        text(w, "southBoundLatitude", CapabilitiesModel.number(lonLat.getMinY()));
        text(w, "northBoundLatitude", CapabilitiesModel.number(lonLat.getMaxY()));
        w.writeEndElement();
        for (CapabilitiesModel.Box b : m.boxes(lonLat)) {
            w.writeEmptyElement(WMS, "BoundingBox");
            w.writeAttribute("CRS", b.crs());
            w.writeAttribute("minx", CapabilitiesModel.number(b.values()[0]));
            w.writeAttribute("miny", CapabilitiesModel.number(b.values()[1]));
            w.writeAttribute("maxx", CapabilitiesModel.number(b.values()[2]));
            w.writeAttribute("maxy", CapabilitiesModel.number(b.values()[3]));
        }
    }

    private static void style(XMLStreamWriter w, CapabilitiesModel m, PublishedLayer l, NamedStyle s)
            throws XMLStreamException {
        w.writeStartElement(WMS, "Style");
        text(w, "Name", s.name());
        text(w, "Title", s.title() == null ? s.name() : s.title());
        if (s.abstractText() != null) {
            text(w, "Abstract", s.abstractText());
        }
        int[] size = m.legendSize(s);
        w.writeStartElement(WMS, "LegendURL");
        w.writeAttribute("width", Integer.toString(size[0]));
        w.writeAttribute("height", Integer.toString(size[1]));
        text(w, "Format", "image/png");
        link(w, m.legendUrl(l, s));
        w.writeEndElement();
        w.writeEndElement();
    }

    private static void keywords(XMLStreamWriter w, List<String> keywords) throws XMLStreamException {
        if (!keywords.isEmpty()) {
            w.writeStartElement(WMS, "KeywordList");
            for (String k : keywords) {
                text(w, "Keyword", k);
            }
            w.writeEndElement();
        }
    }

    private static void link(XMLStreamWriter w, String href) throws XMLStreamException {
        w.writeEmptyElement(WMS, "OnlineResource");
        w.writeAttribute(XLINK, "type", "simple");
        w.writeAttribute(XLINK, "href", href);
    }

    private static void text(XMLStreamWriter w, String name, String value) throws XMLStreamException {
        w.writeStartElement(WMS, name);
        w.writeCharacters(value);
        w.writeEndElement();
    }
}
