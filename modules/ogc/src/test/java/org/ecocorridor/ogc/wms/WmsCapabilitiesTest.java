package org.ecocorridor.ogc.wms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.ecocorridor.ogc.wms.WmsFixture.body;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/** Capabilities of both versions: schema-valid, and the facts clients rely on, checked by XPath. */
class WmsCapabilitiesTest {
    @TempDir
    Path tmp;
    WmsFixture f;

    @BeforeEach
    void setUp() throws Exception {
        f = new WmsFixture(tmp);
    }

    @Test
    void capabilities130ValidateAgainstTheSldCapabilitiesSchema() throws Exception {
        byte[] xml = body(f.get("SERVICE=WMS&REQUEST=GetCapabilities&VERSION=1.3.0"));
        OgcSchemas.validateXsd(xml, "sld/1.1.0/sld_capabilities.xsd");
    }

    @Test
    void capabilities111ValidateAgainstTheDtd() throws Exception {
        byte[] xml = body(f.get("SERVICE=WMS&REQUEST=GetCapabilities&VERSION=1.1.1"));
        OgcSchemas.validateDtd(xml, "wms/1.1.1/WMS_MS_Capabilities.dtd");
    }

    @Test
    void capabilities130ListLayersBoundsPerCrsStylesAndTime() throws Exception {
        Document doc = parse(body(f.get("SERVICE=WMS&REQUEST=GetCapabilities")));
        XPath x = XPathFactory.newInstance().newXPath();
        assertThat(x.evaluate("/*/@version", doc)).isEqualTo("1.3.0");
        assertThat(x.evaluate("count(//*[local-name()='Layer']/*[local-name()='Name'])", doc)).isEqualTo("3");
        String boxes = "//*[local-name()='Layer'][*[local-name()='Name']='boxes']";
        assertThat(x.evaluate(boxes + "/@queryable", doc)).isEqualTo("1");
        assertThat(x.evaluate(boxes + "/*[local-name()='Abstract']", doc)).isEqualTo("About boxes");
        // EPSG:4326 in 1.3.0 is latitude first: minx = south 40, miny = west 100
        String b4326 = boxes + "/*[local-name()='BoundingBox'][@CRS='EPSG:4326']";
        assertThat(x.evaluate(b4326 + "/@minx", doc)).isEqualTo("40");
        assertThat(x.evaluate(b4326 + "/@miny", doc)).isEqualTo("100");
        assertThat(x.evaluate(b4326 + "/@maxx", doc)).isEqualTo("50");
        String b84 = boxes + "/*[local-name()='BoundingBox'][@CRS='CRS:84']";
        assertThat(x.evaluate(b84 + "/@minx", doc)).isEqualTo("100");
        // Web Mercator x = R·λ: 100° → 6378137 · 100 · π / 180 = 11131949.079 m
        double minx3857 = Double.parseDouble(x.evaluate(boxes + "/*[local-name()='BoundingBox'][@CRS='EPSG:3857']/@minx",
                doc));
        assertThat(minx3857).isCloseTo(11131949.079, within(0.01));
        assertThat(x.evaluate("//*[local-name()='Layer'][not(*[local-name()='Name'])]/*[local-name()='CRS']", doc))
                .isEqualTo("EPSG:4326");
        NodeList crs = (NodeList) x.evaluate("//*[local-name()='CRS']", doc, XPathConstants.NODESET);
        assertThat(crs.getLength()).isEqualTo(WmsSettings.DEFAULT_CRS.size());
        assertThat(x.evaluate(boxes + "/*[local-name()='Style'][1]/*[local-name()='Name']", doc)).isEqualTo("boxes");
        assertThat(x.evaluate(boxes + "/*[local-name()='Style'][2]/*[local-name()='Name']", doc)).isEqualTo("boxes_green");
        assertThat(x.evaluate(boxes + "/*[local-name()='Style'][1]/*[local-name()='LegendURL']/*[local-name()"
                + "='OnlineResource']/@*[local-name()='href']", doc))
                .isEqualTo("http://example.org/wms?SERVICE=WMS&REQUEST=GetLegendGraphic&VERSION=1.3.0"
                        + "&FORMAT=image%2Fpng&LAYER=boxes&STYLE=boxes");
        String counts = "//*[local-name()='Layer'][*[local-name()='Name']='counts']";
        assertThat(x.evaluate(counts + "/*[local-name()='Dimension'][@name='time']", doc))
                .isEqualTo("2020-01-10/2020-03-01/P1D");
        assertThat(x.evaluate(counts + "/*[local-name()='Dimension']/@default", doc)).isEqualTo("2020-03-01");
        assertThat(x.evaluate("//*[local-name()='GetMap']/*[local-name()='DCPType']//*[local-name()='OnlineResource']"
                + "/@*[local-name()='href']", doc)).isEqualTo("http://example.org/wms");
    }

    @Test
    void capabilities111UseSrsAndLongitudeFirstBoxes() throws Exception {
        Document doc = parse(body(f.get("SERVICE=WMS&REQUEST=GetCapabilities&VERSION=1.1.1")));
        XPath x = XPathFactory.newInstance().newXPath();
        assertThat(x.evaluate("/WMT_MS_Capabilities/@version", doc)).isEqualTo("1.1.1");
        String boxes = "//Layer[Name='boxes']";
        assertThat(x.evaluate(boxes + "/LatLonBoundingBox/@minx", doc)).isEqualTo("100");
        assertThat(x.evaluate(boxes + "/BoundingBox[@SRS='EPSG:4326']/@minx", doc)).isEqualTo("100");
        assertThat(x.evaluate(boxes + "/BoundingBox[@SRS='EPSG:4326']/@miny", doc)).isEqualTo("40");
        assertThat(x.evaluate("//Layer[Name='counts']/Extent[@name='time']/@default", doc)).isEqualTo("2020-03-01");
    }

    private static Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
        dbf.setNamespaceAware(true);
        dbf.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return dbf.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }
}
