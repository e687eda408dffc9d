package org.ecocorridor.ogc.wfs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ecocorridor.ogc.wfs.WfsFixtures.body;
import static org.ecocorridor.ogc.wfs.WfsFixtures.kvp;

import org.ecocorridor.core.filter.SpatialPredicate;
import org.ecocorridor.ogc.ows.OwsResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Envelope;

/**
 * WFS 1.0.0 (OGC 02-058) with GML 2.1.2 (OGC 02-069): documents validated against the official
 * schemas, and the 1.0.0 axis rule (every CRS x = east, EPSG:4326 longitude first, whatever the
 * CRS name's form) checked on coordinates typed into the fixtures.
 */
class Wfs10Test {
    /**
     * The official WFS-capabilities.xsd (1.0.0) uses {@code wfs:EmptyType} but does not include
     * WFS-transaction.xsd, its only definition (including that would bring WFS-basic's
     * {@code wfs:Query} and clash with the capabilities' own): validation uses a copy of the
     * official schema with that definition appended, verbatim ({@code <xsd:complexType name="EmptyType"/>}).
     */
    private static String capabilitiesSchema(Path dir) throws Exception {
        String official = Files.readString(OgcSchemas.root().resolve("wfs/1.0.0/WFS-capabilities.xsd"));
        int end = official.lastIndexOf("</xsd:schema>");
        Path copy = dir.resolve("WFS-capabilities-with-EmptyType.xsd");
        Files.writeString(copy, official.substring(0, end) + "<xsd:complexType name=\"EmptyType\"/>\n"
                + official.substring(end));
        return copy.toAbsolutePath().toString();
    }

    @TempDir
    Path dir;
    private final MemoryFeatureSource source = WfsFixtures.source();
    private final WfsService wfs = new WfsService(source);

    private byte[] get(String query) throws Exception {
        return body(wfs.handle(kvp(query)));
    }

    @Test
    void capabilitiesValidateAgainstTheWfs100Schema() throws Exception {
        byte[] caps = get("SERVICE=WFS&REQUEST=GetCapabilities&VERSION=1.0.0");
        // Without the xsi:schemaLocation hint, which would make the validator load the unpatched official copy.
        String unhinted = new String(caps, java.nio.charset.StandardCharsets.UTF_8)
                .replaceFirst("xsi:schemaLocation=\"[^\"]*\"", "");
        OgcSchemas.validate(unhinted.getBytes(java.nio.charset.StandardCharsets.UTF_8), capabilitiesSchema(dir));
        Xml x = new Xml(caps);
        assertThat(x.text("/wfs11:WFS_Capabilities/@version")).isEqualTo("1.0.0");
        assertThat(x.text("//wfs11:GetFeature/wfs11:DCPType/wfs11:HTTP/wfs11:Get/@onlineResource"))
                .isEqualTo(WfsFixtures.URL);
        assertThat(x.count("//wfs11:GetFeature/wfs11:ResultFormat/wfs11:GML2")).isEqualTo(1);
        String sites = "//wfs11:FeatureType[wfs11:Name='eco:sites']";
        assertThat(x.text(sites + "/wfs11:SRS")).isEqualTo("EPSG:4326");
        // The fixture's bbox: lon 127.72 .. 132.4, lat 32.08 .. 49.84.
        assertThat(x.text(sites + "/wfs11:LatLongBoundingBox/@minx")).isEqualTo("127.72");
        assertThat(x.text(sites + "/wfs11:LatLongBoundingBox/@maxy")).isEqualTo("49.84");
        assertThat(x.count("//wfs11:FeatureType[wfs11:Name='eco:dens']")).as("sensitive type hidden").isZero();
    }

    @Test
    void acceptVersionsNegotiatesDownTo100() throws Exception {
        assertThat(new Xml(get("SERVICE=WFS&REQUEST=GetCapabilities&ACCEPTVERSIONS=1.0.0")).text("/*/@version"))
                .isEqualTo("1.0.0");
    }

    @Test
    void getFeatureGml2ValidatesAgainstWfs100AndTheDescribedSchemaWithLonLat() throws Exception {
        OwsResponse described = wfs.handle(kvp("SERVICE=WFS&VERSION=1.0.0&REQUEST=DescribeFeatureType"
                + "&TYPENAME=eco:sites,eco:areas"));
        assertThat(described.contentType()).isEqualTo("text/xml; subtype=gml/2.1.2");
        byte[] schema = body(described);
        Xml s = new Xml(schema);
        assertThat(s.text("//xsd:complexType[@name='areasType']//xsd:element[@name='geom']/@type"))
                .isEqualTo("gml:MultiPolygonPropertyType");
        assertThat(s.text("//xsd:element[@name='sites']/@substitutionGroup")).isEqualTo("gml:_Feature");

        // SRSNAME in the URN form still means longitude first in 1.0.0.
        OwsResponse r = wfs.handle(kvp("SERVICE=WFS&VERSION=1.0.0&REQUEST=GetFeature&TYPENAME=eco:sites,eco:areas"
                + "&SRSNAME=urn:ogc:def:crs:EPSG::4326"));
        assertThat(r.contentType()).isEqualTo("text/xml; subtype=gml/2.1.2");
        byte[] doc = body(r);
        OgcSchemas.validate(doc, "wfs/1.0.0/WFS-basic.xsd", schema);
        Xml x = new Xml(doc);
        assertThat(x.count("//gml311:featureMember")).isEqualTo(4);
        assertThat(x.text("//eco:sites[@fid='sites.1']/eco:geom/gml311:Point/gml311:coordinates")).isEqualTo("130.36,32.08");
        assertThat(x.text("//eco:sites[@fid='sites.1']/eco:geom/gml311:Point/@srsName"))
                .isEqualTo("http://www.opengis.net/gml/srs/epsg.xml#4326");
        // The multipolygon keeps its type and its hole: MultiPolygon / polygonMember / innerBoundaryIs.
        String polygon = "//eco:areas/eco:geom/gml311:MultiPolygon/gml311:polygonMember/gml311:Polygon";
        assertThat(x.text(polygon + "/gml311:outerBoundaryIs/gml311:LinearRing/gml311:coordinates"))
                .startsWith("130.0,42.0 131.0,42.0");
        assertThat(x.count(polygon + "/gml311:innerBoundaryIs")).isEqualTo(1);
        assertThat(x.text("//eco:sites[@fid='sites.2']/eco:count/@*[local-name()='nil']")).isEqualTo("true");
    }

    @Test
    void bboxIsLongitudeFirstAndMaxFeaturesLimits() throws Exception {
        get("SERVICE=WFS&VERSION=1.0.0&REQUEST=GetFeature&TYPENAME=sites&BBOX=130,32,131,33");
        Envelope e = ((SpatialPredicate) source.lastCountFilter).geometry().getEnvelopeInternal();
        assertThat(e).isEqualTo(new Envelope(130, 131, 32, 33)); // x = lon 130..131, y = lat 32..33
        get("SERVICE=WFS&VERSION=1.0.0&REQUEST=GetFeature&TYPENAME=sites&BBOX=130,32,131,33,EPSG:4326");
        assertThat(((SpatialPredicate) source.lastCountFilter).geometry().getEnvelopeInternal())
                .isEqualTo(new Envelope(130, 131, 32, 33));
        Xml x = new Xml(get("SERVICE=WFS&VERSION=1.0.0&REQUEST=GetFeature&TYPENAME=sites&MAXFEATURES=2"));
        assertThat(x.count("//gml311:featureMember")).isEqualTo(2);
    }

    @Test
    void featureIdSelectsFeaturesAcrossTypes() throws Exception {
        Xml x = new Xml(get("SERVICE=WFS&VERSION=1.0.0&REQUEST=GetFeature&FEATUREID=sites.2,areas.7"));
        assertThat(x.count("//gml311:featureMember")).isEqualTo(2);
        assertThat(x.text("//eco:sites/@fid")).isEqualTo("sites.2");
        assertThat(x.text("//eco:areas/@fid")).isEqualTo("areas.7");
    }

    @Test
    void filter10BoxWithoutSrsNameIsLongitudeFirst() throws Exception {
        String filter = "<Filter xmlns=\"http://www.opengis.net/ogc\" xmlns:gml=\"http://www.opengis.net/gml\">"
                + "<BBOX><PropertyName>geom</PropertyName><gml:Box><gml:coordinates>130,32 131,33</gml:coordinates>"
                + "</gml:Box></BBOX></Filter>";
        get("SERVICE=WFS&VERSION=1.0.0&REQUEST=GetFeature&TYPENAME=sites&FILTER=" + filter); // fixture KVP: not encoded
        assertThat(((SpatialPredicate) source.lastCountFilter).geometry().getEnvelopeInternal())
                .isEqualTo(new Envelope(130, 131, 32, 33));
    }
}
