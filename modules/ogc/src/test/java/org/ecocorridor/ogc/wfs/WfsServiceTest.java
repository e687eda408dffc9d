package org.ecocorridor.ogc.wfs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ecocorridor.ogc.wfs.WfsFixtures.body;
import static org.ecocorridor.ogc.wfs.WfsFixtures.kvp;
import static org.ecocorridor.ogc.wfs.WfsFixtures.xml;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.ecocorridor.core.filter.Comparison;
import org.ecocorridor.core.filter.ComparisonOperator;
import org.ecocorridor.core.filter.ResourceIds;
import org.ecocorridor.ogc.exception.ExceptionReportWriter;
import org.ecocorridor.ogc.exception.OgcException;
import org.ecocorridor.ogc.ows.OwsResponse;
import org.junit.jupiter.api.Test;

class WfsServiceTest {
    private final MemoryFeatureSource source = WfsFixtures.source();
    private final WfsService wfs = new WfsService(source);

    private byte[] get(String query) throws Exception {
        return body(wfs.handle(kvp(query)));
    }

    @Test
    void getFeatureResolvesEachTypeOnceThroughOneReaderClosedAfterTheBody() throws Exception {
        OwsResponse answer = wfs.handle(kvp("SERVICE=WFS&VERSION=2.0.0&REQUEST=GetFeature&TYPENAMES=eco:sites,eco:areas"
                + "&OUTPUTFORMAT=application/json"));
        assertThat(source.readersOpened).isEqualTo(1);
        assertThat(source.readerTypeLookups).isEqualTo(2); // sites and areas, each once
        assertThat(source.readersClosed).isZero(); // the body still has to read the features
        String json = new String(body(answer), StandardCharsets.UTF_8);
        assertThat(json).contains("\"numberMatched\":4"); // 3 sites + 1 area (WfsFixtures)
        assertThat(source.readersClosed).isEqualTo(1);
    }

    @Test
    void aRejectedGetFeatureClosesItsReader() {
        // rejected while parsing (unknown type) and while counting (unknown filter property)
        assertThatThrownBy(() -> wfs.handle(kvp("SERVICE=WFS&VERSION=2.0.0&REQUEST=GetFeature&TYPENAMES=eco:nope")))
                .isInstanceOf(OgcException.class);
        String filter = "<fes:Filter xmlns:fes='http://www.opengis.net/fes/2.0'><fes:PropertyIsEqualTo>"
                + "<fes:ValueReference>eco:nope</fes:ValueReference><fes:Literal>1</fes:Literal>"
                + "</fes:PropertyIsEqualTo></fes:Filter>";
        assertThatThrownBy(() -> wfs.handle(kvp("SERVICE=WFS&VERSION=2.0.0&REQUEST=GetFeature&TYPENAMES=eco:sites"
                + "&FILTER=" + filter)))
                .isInstanceOf(OgcException.class);
        assertThat(source.readersOpened).isEqualTo(2);
        assertThat(source.readersClosed).isEqualTo(2);
    }

    @Test
    void capabilities20AreSchemaValidAndAdvertiseTheCiteConstraints() throws Exception {
        byte[] caps = get("SERVICE=WFS&REQUEST=GetCapabilities&ACCEPTVERSIONS=2.0.0");
        OgcSchemas.validate(caps, "wfs/2.0/wfs.xsd");
        Xml x = new Xml(caps);
        for (String c : new String[] {"ImplementsBasicWFS", "ImplementsResultPaging", "KVPEncoding", "XMLEncoding"}) {
            assertThat(x.text("//ows:OperationsMetadata/ows:Constraint[@name='" + c + "']/ows:DefaultValue"))
                    .as(c).isEqualTo("TRUE");
        }
        assertThat(x.count("//ows:Constraint[not(ows:DefaultValue)]")).isZero();
        assertThat(x.count("//fes:Constraint[not(ows:DefaultValue)]")).isZero();
        assertThat(x.text("//ows:Operation[@name='GetFeature']/ows:Parameter[@name='resolve']/ows:AllowedValues/ows:Value[.='local']"))
                .isEqualTo("local");
        assertThat(x.text("//ows:Operation[@name='GetFeature']/ows:DCP/ows:HTTP/ows:Get/@xlink:href"))
                .isEqualTo(WfsFixtures.URL);
        assertThat(x.text("//wfs:FeatureType[wfs:Name='eco:sites']/wfs:DefaultCRS")).isEqualTo("urn:ogc:def:crs:EPSG::4326");
        assertThat(x.text("//wfs:FeatureType[wfs:Name='eco:sites']/ows:WGS84BoundingBox/ows:LowerCorner"))
                .isEqualTo("127.72 32.08");
        assertThat(x.count("//fes:SpatialOperator")).isEqualTo(11); // 9 DE-9IM/BBOX + DWithin + Beyond
        assertThat(x.count("//fes:TemporalOperator")).isEqualTo(4);
        // the sensitive type exists only for signed-in users
        assertThat(x.count("//wfs:FeatureType[wfs:Name='eco:dens']")).isZero();
        byte[] signedIn = body(wfs.handle(kvp("SERVICE=WFS&REQUEST=GetCapabilities", WfsFixtures.editor())));
        assertThat(new Xml(signedIn).count("//wfs:FeatureType[wfs:Name='eco:dens']")).isEqualTo(1);
    }

    @Test
    void capabilities11AreSchemaValid() throws Exception {
        byte[] caps = get("SERVICE=WFS&REQUEST=GetCapabilities&ACCEPTVERSIONS=1.1.0");
        OgcSchemas.validate(caps, "wfs/1.1.0/wfs.xsd");
        assertThat(new Xml(caps).text("/wfs11:WFS_Capabilities/@version")).isEqualTo("1.1.0");
    }

    @Test
    void versionNegotiationHonoursTheClientsOrder() throws Exception {
        assertThat(new Xml(get("SERVICE=WFS&REQUEST=GetCapabilities&ACCEPTVERSIONS=1.1.0,2.0.0"))
                .text("/*/@version")).isEqualTo("1.1.0");
        assertThat(new Xml(get("SERVICE=WFS&REQUEST=GetCapabilities&ACCEPTVERSIONS=3.0.0,2.0.0,1.1.0"))
                .text("/*/@version")).isEqualTo("2.0.0");
        assertThatThrownBy(() -> get("SERVICE=WFS&REQUEST=GetCapabilities&ACCEPTVERSIONS=3.0.0"))
                .isInstanceOfSatisfying(OgcException.class, e -> {
                    assertThat(e.code()).isEqualTo("VersionNegotiationFailed");
                    assertThat(e.httpStatus()).isEqualTo(400);
                });
    }

    @Test
    void describeFeatureTypeUsesSpecificGmlAndXsdTypesAndIsCacheable() throws Exception {
        OwsResponse r = wfs.handle(kvp("SERVICE=WFS&VERSION=2.0.0&REQUEST=DescribeFeatureType&TYPENAME=eco:sites,areas"));
        assertThat(r.headers()).containsKey("ETag");
        Xml x = new Xml(body(r));
        String sites = "//xsd:complexType[@name='sitesType']//xsd:element";
        assertThat(x.text(sites + "[@name='geom']/@type")).isEqualTo("gml:PointPropertyType");
        assertThat(x.text("//xsd:complexType[@name='areasType']//xsd:element[@name='geom']/@type"))
                .isEqualTo("gml:MultiSurfacePropertyType");
        assertThat(x.text(sites + "[@name='survey_date']/@type")).isEqualTo("xsd:date");
        assertThat(x.text(sites + "[@name='seen_at']/@type")).isEqualTo("xsd:dateTime");
        assertThat(x.text(sites + "[@name='count']/@nillable")).isEqualTo("true");
        assertThat(x.text(sites + "[@name='name']/@nillable")).isEmpty();
        assertThat(x.text("//xsd:element[@name='sites']/@substitutionGroup")).isEqualTo("gml:AbstractFeature");
    }

    @Test
    void getFeatureGml32ValidatesAgainstWfsAndTheApplicationSchemaWithLatLonForTheUrn() throws Exception {
        byte[] schema = get("SERVICE=WFS&VERSION=2.0.0&REQUEST=DescribeFeatureType&TYPENAMES=eco:sites,eco:areas");
        byte[] doc = get("SERVICE=WFS&VERSION=2.0.0&REQUEST=GetFeature&TYPENAMES=eco:sites,eco:areas");
        OgcSchemas.validate(doc, "wfs/2.0/wfs.xsd", schema);
        Xml x = new Xml(doc);
        assertThat(x.text("/wfs:FeatureCollection/@numberMatched")).isEqualTo("4");
        assertThat(x.text("/wfs:FeatureCollection/@numberReturned")).isEqualTo("4");
        assertThat(x.text("//eco:sites[@gml:id='sites.1']/eco:geom/gml:Point/gml:pos")).isEqualTo("32.08 130.36");
        assertThat(x.text("//eco:sites[@gml:id='sites.2']/eco:name")).isEqualTo("Muraviovka & <Amur>");
        assertThat(x.text("//eco:sites[@gml:id='sites.2']/eco:count/@*[local-name()='nil']")).isEqualTo("true");
        assertThat(x.count("//eco:areas//gml:interior")).isEqualTo(1);
    }

    @Test
    void epsg4326ShortNameMeansLonLat() throws Exception {
        Xml x = new Xml(get("SERVICE=WFS&VERSION=2.0.0&REQUEST=GetFeature&TYPENAMES=sites&SRSNAME=EPSG:4326"));
        assertThat(x.text("//eco:sites[@gml:id='sites.1']//gml:pos")).isEqualTo("130.36 32.08");
        assertThat(x.text("//eco:sites[@gml:id='sites.1']//gml:Point/@srsName")).isEqualTo("EPSG:4326");
    }

    @Test
    void reprojectsToTheRequestedCrs() throws Exception {
        // Web Mercator (EPSG:3857, spherical R = 6378137 m) of (130.36, 32.08):
        // x = R * 130.36 * pi/180 = 111,319.4908 m/deg * 130.36 = 14,511,608.8 m,
        // y = R * ln(tan(pi/4 + 32.08 deg / 2)) = R * ln(tan(61.04 deg)) = 3,773,816.5 m
        Xml x = new Xml(get("SERVICE=WFS&VERSION=2.0.0&REQUEST=GetFeature&RESOURCEID=sites.1"
                + "&SRSNAME=urn:ogc:def:crs:EPSG::3857"));
        String[] xy = x.text("//gml:pos").split(" ");
        assertThat(Double.parseDouble(xy[0])).isCloseTo(14_511_608.8, org.assertj.core.data.Offset.offset(0.1));
        assertThat(Double.parseDouble(xy[1])).isCloseTo(3_773_816.5, org.assertj.core.data.Offset.offset(0.1));
    }

    @Test
    void pagesWithNextAndPreviousLinks() throws Exception {
        Xml x = new Xml(get("SERVICE=WFS&VERSION=2.0.0&REQUEST=GetFeature&TYPENAMES=eco:sites&COUNT=1&STARTINDEX=1"));
        assertThat(x.text("/wfs:FeatureCollection/@numberMatched")).isEqualTo("3");
        assertThat(x.text("/wfs:FeatureCollection/@numberReturned")).isEqualTo("1");
        assertThat(x.text("//eco:sites/@gml:id")).isEqualTo("sites.2");
        assertThat(x.text("/wfs:FeatureCollection/@next")).startsWith(WfsFixtures.URL + "?").contains("STARTINDEX=2")
                .contains("COUNT=1");
        assertThat(x.text("/wfs:FeatureCollection/@previous")).contains("STARTINDEX=0");
        Xml last = new Xml(get("SERVICE=WFS&VERSION=2.0.0&REQUEST=GetFeature&TYPENAMES=eco:sites&COUNT=1&STARTINDEX=2"));
        assertThat(last.text("/wfs:FeatureCollection/@next")).isEmpty();
    }

    @Test
    void hitsReportOnlyTheNumberMatched() throws Exception {
        Xml x = new Xml(get("SERVICE=WFS&VERSION=2.0.0&REQUEST=GetFeature&TYPENAMES=eco:sites&RESULTTYPE=hits"));
        assertThat(x.text("/wfs:FeatureCollection/@numberMatched")).isEqualTo("3");
        assertThat(x.text("/wfs:FeatureCollection/@numberReturned")).isEqualTo("0");
        assertThat(x.count("//wfs:member")).isZero();
    }

    @Test
    void geoJsonIsLonLatWithTypedProperties() throws Exception {
        String json = new String(get("SERVICE=WFS&VERSION=2.0.0&REQUEST=GetFeature&TYPENAMES=eco:sites"
                + "&OUTPUTFORMAT=application/json&COUNT=2"), StandardCharsets.UTF_8);
        assertThat(json).startsWith("{\"type\":\"FeatureCollection\",\"numberMatched\":3,\"numberReturned\":2,")
                .contains("\"id\":\"sites.1\",\"geometry\":{\"type\":\"Point\",\"coordinates\":[130.36,32.08]}")
                .contains("\"count\":15000,\"ratio\":0.5,\"ramsar\":true,\"survey_date\":\"2024-01-15\"")
                .contains("\"name\":\"Muraviovka & <Amur>\",\"count\":null")
                .contains("{\"rel\":\"next\",\"type\":\"application/json\",\"href\":\"" + WfsFixtures.URL);
    }

    @Test
    void getFeatureByIdReturnsTheBareFeatureOrNotFound() throws Exception {
        Xml x = new Xml(get("SERVICE=WFS&VERSION=2.0.0&REQUEST=GetFeature"
                + "&STOREDQUERY_ID=urn:ogc:def:query:OGC-WFS::GetFeatureById&ID=sites.3"));
        assertThat(x.text("/eco:sites/@gml:id")).isEqualTo("sites.3");
        assertThatThrownBy(() -> get("SERVICE=WFS&VERSION=2.0.0&REQUEST=GetFeature"
                + "&STOREDQUERY_ID=urn:ogc:def:query:OGC-WFS::GetFeatureById&ID=sites.99"))
                .isInstanceOfSatisfying(OgcException.class, e -> {
                    assertThat(e.code()).isEqualTo("NotFound");
                    assertThat(e.httpStatus()).isEqualTo(404);
                });
    }

    @Test
    void resourceIdAloneNamesItsTypesAndLosesThePrefix() throws Exception {
        Xml x = new Xml(get("SERVICE=WFS&VERSION=2.0.0&REQUEST=GetFeature&RESOURCEID=sites.3,areas.7"));
        assertThat(x.count("//eco:sites")).isEqualTo(1);
        assertThat(x.count("//eco:areas")).isEqualTo(1);
        assertThat(source.lastQuery.filter()).isEqualTo(new ResourceIds(java.util.Set.of("7")));
    }

    @Test
    void typeNamesResolveThroughNamespaces() throws Exception {
        Xml x = new Xml(get("SERVICE=WFS&VERSION=2.0.0&REQUEST=GetFeature&TYPENAMES=q:sites"
                + "&NAMESPACES=xmlns(q,https://ecocorridor.org/ns)&COUNT=1"));
        assertThat(x.count("//eco:sites")).isEqualTo(1);
        assertThatThrownBy(() -> get("SERVICE=WFS&VERSION=2.0.0&REQUEST=GetFeature&TYPENAMES=q:sites"
                + "&NAMESPACES=xmlns(q,http://other.org)")).isInstanceOfSatisfying(OgcException.class, e -> {
                    assertThat(e.code()).isEqualTo("InvalidParameterValue");
                    assertThat(e.locator()).isEqualTo("typeNames");
                });
        assertThatThrownBy(() -> get("SERVICE=WFS&VERSION=2.0.0&REQUEST=GetFeature&TYPENAMES=eco:dens"))
                .isInstanceOf(OgcException.class); // sensitive: unknown to anonymous users
    }

    @Test
    void unknownFilterPropertyIsAnInvalidParameterValue() {
        String filter = "<fes:Filter xmlns:fes='http://www.opengis.net/fes/2.0'><fes:PropertyIsEqualTo>"
                + "<fes:ValueReference>eco:nope</fes:ValueReference><fes:Literal>1</fes:Literal>"
                + "</fes:PropertyIsEqualTo></fes:Filter>";
        assertThatThrownBy(() -> get("SERVICE=WFS&VERSION=2.0.0&REQUEST=GetFeature&TYPENAMES=eco:sites&FILTER=" + filter))
                .isInstanceOfSatisfying(OgcException.class, e -> {
                    assertThat(e.code()).isEqualTo("InvalidParameterValue");
                    assertThat(e.httpStatus()).isEqualTo(400);
                    assertThat(e.locator()).isEqualTo("nope");
                });
        assertThatThrownBy(() -> get("SERVICE=WFS&VERSION=2.0.0&REQUEST=GetFeature&TYPENAMES=eco:sites&PROPERTYNAME=nope"))
                .isInstanceOf(OgcException.class);
    }

    @Test
    void xmlPostGetFeatureCarriesTheFilterSortAndProperties() throws Exception {
        String body = "<wfs:GetFeature service='WFS' version='2.0.0' count='5' xmlns:wfs='http://www.opengis.net/wfs/2.0'"
                + " xmlns:fes='http://www.opengis.net/fes/2.0' xmlns:e='https://ecocorridor.org/ns'>"
                + "<wfs:Query typeNames='e:sites'><wfs:PropertyName>e:name</wfs:PropertyName>"
                + "<fes:Filter><fes:PropertyIsGreaterThan><fes:ValueReference>e:count</fes:ValueReference>"
                + "<fes:Literal>10</fes:Literal></fes:PropertyIsGreaterThan></fes:Filter>"
                + "<fes:SortBy><fes:SortProperty><fes:ValueReference>count</fes:ValueReference>"
                + "<fes:SortOrder>DESC</fes:SortOrder></fes:SortProperty></fes:SortBy></wfs:Query></wfs:GetFeature>";
        Xml x = new Xml(body(wfs.handle(xml(body))));
        assertThat(source.lastQuery.filter()).isEqualTo(Comparison.of(ComparisonOperator.GREATER_THAN, "count", "10"));
        assertThat(source.lastQuery.sortBy()).extracting(k -> k.property() + k.ascending()).containsExactly("countfalse");
        assertThat(source.lastQuery.maxFeatures()).isEqualTo(3); // count 5, but only 3 features match
        assertThat(x.count("//eco:sites/eco:count")).isZero();
        assertThat(x.count("//eco:sites/eco:name")).isEqualTo(3);
        assertThat(x.count("//eco:sites/eco:geom")).isZero(); // not among the requested properties
    }

    @Test
    void getPropertyValueListsTheValues() throws Exception {
        Xml x = new Xml(get("SERVICE=WFS&VERSION=2.0.0&REQUEST=GetPropertyValue&TYPENAMES=eco:sites&VALUEREFERENCE=count"));
        assertThat(x.count("/wfs:ValueCollection/wfs:member")).isEqualTo(2); // Muraviovka's count is null
        assertThat(x.text("/wfs:ValueCollection/wfs:member[1]/eco:count")).isEqualTo("15000");
    }

    @Test
    void storedQueriesAreListedAndDescribed() throws Exception {
        byte[] list = get("SERVICE=WFS&VERSION=2.0.0&REQUEST=ListStoredQueries");
        OgcSchemas.validate(list, "wfs/2.0/wfs.xsd");
        assertThat(new Xml(list).text("//wfs:StoredQuery/@id")).isEqualTo(WfsNames.GET_FEATURE_BY_ID);
        byte[] described = get("SERVICE=WFS&VERSION=2.0.0&REQUEST=DescribeStoredQueries");
        OgcSchemas.validate(described, "wfs/2.0/wfs.xsd");
        assertThat(new Xml(described).text("//wfs:Parameter/@name")).isEqualTo("ID");
    }

    @Test
    void exceptionReportsAreSchemaValidPerVersion() throws Exception {
        OgcException e = OgcException.invalidParameter("typeNames", "Unknown feature type \"eco:x\"");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExceptionReportWriter.write(e, ExceptionReportWriter.Format.OWS_1_1, "2.0.0", out);
        OgcSchemas.validate(out.toByteArray(), "ows/1.1.0/owsExceptionReport.xsd");
        Xml x = new Xml(out.toByteArray());
        assertThat(x.text("/ows:ExceptionReport/ows:Exception/@exceptionCode")).isEqualTo("InvalidParameterValue");
        assertThat(x.text("/ows:ExceptionReport/ows:Exception/@locator")).isEqualTo("typeNames");
        ByteArrayOutputStream out10 = new ByteArrayOutputStream();
        ExceptionReportWriter.write(e, ExceptionReportWriter.Format.OWS_1_0, "1.1.0", out10);
        OgcSchemas.validate(out10.toByteArray(), "ows/1.0.0/owsExceptionReport.xsd");
        assertThat(wfs.exceptionVersion(kvp("SERVICE=WFS&VERSION=1.1.0&REQUEST=GetFeature"))).isEqualTo("1.1.0");
    }

    @Test
    void wfs11GetFeatureIsGml311() throws Exception {
        byte[] schema = get("SERVICE=WFS&VERSION=1.1.0&REQUEST=DescribeFeatureType&TYPENAME=eco:sites");
        byte[] doc = get("SERVICE=WFS&VERSION=1.1.0&REQUEST=GetFeature&TYPENAME=eco:sites&MAXFEATURES=2");
        OgcSchemas.validate(doc, "wfs/1.1.0/wfs.xsd", schema);
        Xml x = new Xml(doc);
        assertThat(x.text("/wfs11:FeatureCollection/@numberOfFeatures")).isEqualTo("2");
        assertThat(x.text("//eco:sites[@gml311:id='sites.1']//gml311:pos")).isEqualTo("32.08 130.36");
    }

    @Test
    void csvQuotesWhatNeedsQuotingAndWritesWkt() throws Exception {
        String csv = new String(get("SERVICE=WFS&VERSION=2.0.0&REQUEST=GetFeature&TYPENAMES=eco:sites"
                + "&OUTPUTFORMAT=csv&PROPERTYNAME=name,count,geom&SRSNAME=EPSG:4326"), StandardCharsets.UTF_8);
        // RFC 4180: CRLF line ends; the name with '&' and '<' needs no quotes; null count is an empty field
        assertThat(csv.split("\r\n")).containsExactly("id,name,count,geom",
                "sites.1,Izumi,15000,POINT (130.36 32.08)",
                "sites.2,Muraviovka & <Amur>,,POINT (127.72 49.84)",
                "sites.3,Khanka,30,POINT (132.4 45)");
    }
}
