package org.ecocorridor.ogc.wmts;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.ecocorridor.ogc.style.NamedStyle;
import org.ecocorridor.ogc.tile.TileMatrixSet;
import org.ecocorridor.ogc.wms.PublishedLayer;
import org.locationtech.jts.geom.Envelope;

/**
 * WMTS 1.0.0 capabilities (OGC 07-057r7 §7.1, {@code wmtsGetCapabilities_response.xsd}): KVP
 * operations at the OWS endpoint, every visible layer with its styles (legend links), formats, both
 * tile matrix sets and a RESTful ResourceURL template
 * {@code <base>/wmts/1.0.0/{layer}/{Style}/{TileMatrixSet}/{TileMatrix}/{TileRow}/{TileCol}.png}.
 * Tile matrices: identifiers {@code 0..maxZoom}, TopLeftCorner in the CRS's axis order
 * (CRS84: longitude latitude; EPSG:3857: easting northing).
 *
 * <p>Thread-safe (stateless).
 */
final class WmtsCapabilitiesWriter {
    static final String WMTS = "http://www.opengis.net/wmts/1.0";
    static final String OWS = "http://www.opengis.net/ows/1.1";
    static final String XLINK = "http://www.w3.org/1999/xlink";
    static final List<String> FORMATS = List.of("image/png", "image/jpeg");
    private static final XMLOutputFactory OUTPUT = XMLOutputFactory.newFactory();

    void write(List<PublishedLayer> layers, String kvpEndpoint, String restBase, String wmsEndpoint, OutputStream out)
            throws IOException {
        try {
            XMLStreamWriter w = OUTPUT.createXMLStreamWriter(out, "UTF-8");
            w.writeStartDocument("UTF-8", "1.0");
            w.setDefaultNamespace(WMTS);
            w.setPrefix("ows", OWS);
            w.setPrefix("xlink", XLINK);
            w.writeStartElement(WMTS, "Capabilities");
            w.writeDefaultNamespace(WMTS);
            w.writeNamespace("ows", OWS);
            w.writeNamespace("xlink", XLINK);
            w.writeNamespace("xsi", "http://www.w3.org/2001/XMLSchema-instance");
            w.writeAttribute("http://www.w3.org/2001/XMLSchema-instance", "schemaLocation",
                    WMTS + " http://schemas.opengis.net/wmts/1.0/wmtsGetCapabilities_response.xsd");
            w.writeAttribute("version", "1.0.0");
            w.writeStartElement(OWS, "ServiceIdentification");
            text(w, OWS, "Title", "Ecocorridor WMTS");
            text(w, OWS, "ServiceType", "OGC WMTS");
            text(w, OWS, "ServiceTypeVersion", "1.0.0");
            w.writeEndElement();
            w.writeStartElement(OWS, "OperationsMetadata");
            operation(w, "GetCapabilities", kvpEndpoint);
            operation(w, "GetTile", kvpEndpoint);
            w.writeEndElement();
            w.writeStartElement(WMTS, "Contents");
            for (PublishedLayer l : layers) {
                layer(w, l, restBase, wmsEndpoint);
            }
            for (TileMatrixSet set : TileMatrixSet.ALL) {
                matrixSet(w, set);
            }
            w.writeEndElement();
            w.writeEmptyElement(WMTS, "ServiceMetadataURL");
            w.writeAttribute(XLINK, "href", restBase + "/wmts/1.0.0/WMTSCapabilities.xml");
            w.writeEndElement();
            w.writeEndDocument();
            w.close();
        } catch (XMLStreamException e) {
            throw new IOException("Writing WMTS capabilities failed: " + e.getMessage(), e);
        }
    }

    private static void operation(XMLStreamWriter w, String name, String url) throws XMLStreamException {
        w.writeStartElement(OWS, "Operation");
        w.writeAttribute("name", name);
        w.writeStartElement(OWS, "DCP");
        w.writeStartElement(OWS, "HTTP");
        w.writeStartElement(OWS, "Get");
        w.writeAttribute(XLINK, "href", url + "?");
        w.writeStartElement(OWS, "Constraint");
        w.writeAttribute("name", "GetEncoding");
        w.writeStartElement(OWS, "AllowedValues");
        text(w, OWS, "Value", "KVP");
        w.writeEndElement();
        w.writeEndElement();
        w.writeEndElement();
        w.writeEndElement();
        w.writeEndElement();
        w.writeEndElement();
    }

    private static void layer(XMLStreamWriter w, PublishedLayer l, String restBase, String wmsEndpoint)
            throws XMLStreamException {
        w.writeStartElement(WMTS, "Layer");
        text(w, OWS, "Title", l.info().title() == null ? l.name() : l.info().title());
        if (l.info().abstractText() != null) {
            text(w, OWS, "Abstract", l.info().abstractText());
        }
        Envelope b = l.info().bbox() == null ? new Envelope(-180, 180, -90, 90) : l.info().bbox();
        w.writeStartElement(OWS, "WGS84BoundingBox");
        text(w, OWS, "LowerCorner", b.getMinX() + " " + b.getMinY());
        text(w, OWS, "UpperCorner", b.getMaxX() + " " + b.getMaxY());
        w.writeEndElement();
        text(w, OWS, "Identifier", l.name());
        boolean first = true;
        for (NamedStyle s : l.styleList()) {
            w.writeStartElement(WMTS, "Style");
            w.writeAttribute("isDefault", Boolean.toString(first));
            first = false;
            text(w, OWS, "Title", s.title() == null ? s.name() : s.title());
            text(w, OWS, "Identifier", s.name());
            w.writeEmptyElement(WMTS, "LegendURL");
            w.writeAttribute("format", "image/png");
            w.writeAttribute(XLINK, "href", wmsEndpoint + "?SERVICE=WMS&REQUEST=GetLegendGraphic&VERSION=1.3.0"
                    + "&FORMAT=image%2Fpng&LAYER=" + l.name() + "&STYLE=" + s.name());
            w.writeEndElement();
        }
        for (String f : FORMATS) {
            text(w, WMTS, "Format", f);
        }
        for (TileMatrixSet set : TileMatrixSet.ALL) {
            w.writeStartElement(WMTS, "TileMatrixSetLink");
            text(w, WMTS, "TileMatrixSet", set.identifier());
            w.writeEndElement();
        }
        for (String f : FORMATS) {
            w.writeEmptyElement(WMTS, "ResourceURL");
            w.writeAttribute("format", f);
            w.writeAttribute("resourceType", "tile");
            w.writeAttribute("template", restBase + "/wmts/1.0.0/" + l.name()
                    + "/{Style}/{TileMatrixSet}/{TileMatrix}/{TileRow}/{TileCol}." + (f.equals("image/png") ? "png" : "jpg"));
        }
        w.writeEndElement();
    }

    private static void matrixSet(XMLStreamWriter w, TileMatrixSet set) throws XMLStreamException {
        w.writeStartElement(WMTS, "TileMatrixSet");
        text(w, OWS, "Identifier", set.identifier());
        text(w, OWS, "SupportedCRS", set.supportedCrs());
        if (set.wellKnownScaleSet() != null) {
            text(w, WMTS, "WellKnownScaleSet", set.wellKnownScaleSet());
        }
        for (int z = 0; z <= set.maxZoom(); z++) {
            w.writeStartElement(WMTS, "TileMatrix");
            text(w, OWS, "Identifier", Integer.toString(z));
            text(w, WMTS, "ScaleDenominator", Double.toString(set.scaleDenominator(z)));
            text(w, WMTS, "TopLeftCorner", set.minX() + " " + set.maxY());
            text(w, WMTS, "TileWidth", Integer.toString(TileMatrixSet.TILE_SIZE));
            text(w, WMTS, "TileHeight", Integer.toString(TileMatrixSet.TILE_SIZE));
            text(w, WMTS, "MatrixWidth", Long.toString(set.matrixWidth(z)));
            text(w, WMTS, "MatrixHeight", Long.toString(set.matrixHeight(z)));
            w.writeEndElement();
        }
        w.writeEndElement();
    }

    private static void text(XMLStreamWriter w, String ns, String name, String value) throws XMLStreamException {
        w.writeStartElement(ns, name);
        w.writeCharacters(value);
        w.writeEndElement();
    }
}
