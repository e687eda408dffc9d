package org.ecocorridor.ogc.wfs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ecocorridor.ogc.wfs.WfsFixtures.body;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ecocorridor.core.filter.Comparison;
import org.ecocorridor.core.filter.ComparisonOperator;
import org.ecocorridor.core.filter.ResourceIds;
import org.ecocorridor.core.source.FeatureEdit;
import org.ecocorridor.core.source.FeatureEditor;
import org.ecocorridor.core.source.TransactionResult;
import org.ecocorridor.ogc.exception.OgcException;
import org.ecocorridor.ogc.ows.KvpParameters;
import org.ecocorridor.ogc.ows.OwsRequest;
import org.ecocorridor.ogc.ows.RequestUser;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;

class WfsTransactionTest {
    private final List<FeatureEdit> applied = new ArrayList<>();
    private final FeatureEditor editor = edits -> {
        applied.addAll(edits);
        long inserts = edits.stream().filter(e -> e instanceof FeatureEdit.Insert).count();
        List<TransactionResult.InsertedId> ids = new ArrayList<>();
        for (int i = 0; i < inserts; i++) {
            ids.add(new TransactionResult.InsertedId("sites", Integer.toString(100 + i)));
        }
        return new TransactionResult(ids, 1, 0, 2);
    };
    private final WfsService wfs = new WfsService(WfsFixtures.source(), editor);

    private static OwsRequest post(String xml, RequestUser user) {
        return new OwsRequest(KvpParameters.ofSingle(Map.of()), xml.getBytes(StandardCharsets.UTF_8), WfsFixtures.URL, user);
    }

    @Test
    void wfs20TransactionParsesEveryActionAndAnswersWithASchemaValidResponse() throws Exception {
        String xml = "<wfs:Transaction service='WFS' version='2.0.0' xmlns:wfs='http://www.opengis.net/wfs/2.0'"
                + " xmlns:fes='http://www.opengis.net/fes/2.0' xmlns:gml='http://www.opengis.net/gml/3.2'"
                + " xmlns:eco='https://ecocorridor.org/ns'>"
                + "<wfs:Insert><eco:sites gml:id='new1'><eco:name>Daursky</eco:name><eco:count>12</eco:count>"
                + "<eco:geom><gml:Point gml:id='p1' srsName='urn:ogc:def:crs:EPSG::4326'><gml:pos>50.1 115.9</gml:pos>"
                + "</gml:Point></eco:geom></eco:sites></wfs:Insert>"
                + "<wfs:Update typeName='eco:sites'><wfs:Property><wfs:ValueReference>eco:count</wfs:ValueReference>"
                + "<wfs:Value>40</wfs:Value></wfs:Property><wfs:Property><wfs:ValueReference>ratio</wfs:ValueReference>"
                + "</wfs:Property><fes:Filter><fes:ResourceId rid='sites.3'/></fes:Filter></wfs:Update>"
                + "<wfs:Delete typeName='eco:sites'><fes:Filter><fes:PropertyIsEqualTo><fes:ValueReference>name"
                + "</fes:ValueReference><fes:Literal>Izumi</fes:Literal></fes:PropertyIsEqualTo></fes:Filter></wfs:Delete>"
                + "</wfs:Transaction>";
        byte[] response = body(wfs.handle(post(xml, WfsFixtures.editor())));
        OgcSchemas.validate(response, "wfs/2.0/wfs.xsd");
        Xml x = new Xml(response);
        assertThat(x.text("//wfs:InsertResults/wfs:Feature/fes:ResourceId/@rid")).isEqualTo("sites.100");
        assertThat(x.text("//wfs:totalDeleted")).isEqualTo("2");
        FeatureEdit.Insert insert = (FeatureEdit.Insert) applied.get(0);
        assertThat(insert.features().get(0).get("name")).isEqualTo("Daursky");
        // urn:ogc:def:crs:EPSG::4326 is latitude first: 50.1 N, 115.9 E
        Geometry g = insert.features().get(0).geometry();
        assertThat(g.getCoordinate()).isEqualTo(new Coordinate(115.9, 50.1));
        FeatureEdit.Update update = (FeatureEdit.Update) applied.get(1);
        assertThat(update.values()).containsEntry("count", "40").containsEntry("ratio", null);
        assertThat(update.filter()).isEqualTo(new ResourceIds(Set.of("3")));
        assertThat(((FeatureEdit.Delete) applied.get(2)).filter())
                .isEqualTo(Comparison.of(ComparisonOperator.EQUAL_TO, "name", "Izumi"));
    }

    @Test
    void wfs10TransactionAsQgisSendsItUsesLonLatCoordinatesAndAnswersInKind() throws Exception {
        String xml = "<Transaction xmlns='http://www.opengis.net/wfs' service='WFS' version='1.0.0'"
                + " xmlns:gml='http://www.opengis.net/gml' xmlns:ogc='http://www.opengis.net/ogc'>"
                + "<Insert><eco:sites xmlns:eco='https://ecocorridor.org/ns'><eco:geom><gml:Point srsName='EPSG:4326'>"
                + "<gml:coordinates cs=',' ts=' '>115.9,50.1</gml:coordinates></gml:Point></eco:geom>"
                + "<eco:name>Daursky</eco:name></eco:sites></Insert>"
                + "<Delete typeName='eco:sites'><ogc:Filter><ogc:FeatureId fid='sites.2'/></ogc:Filter></Delete>"
                + "</Transaction>";
        Xml x = new Xml(body(wfs.handle(post(xml, WfsFixtures.editor()))));
        assertThat(x.text("/wfs11:WFS_TransactionResponse/wfs11:InsertResult/*[local-name()='FeatureId']/@fid"))
                .isEqualTo("sites.100");
        assertThat(x.count("//wfs11:TransactionResult/wfs11:Status/wfs11:SUCCESS")).isEqualTo(1);
        assertThat(((FeatureEdit.Insert) applied.get(0)).features().get(0).geometry().getCoordinate())
                .isEqualTo(new Coordinate(115.9, 50.1));
        assertThat(((FeatureEdit.Delete) applied.get(1)).filter()).isEqualTo(new ResourceIds(Set.of("2")));
    }

    @Test
    void wfs10TransactionKeepsQgisLonLatCoordinatesUnderAnUrnSrsName() {
        // QGIS 3.22's Insert for a WFS 2.0.0 layer (captured from QgisWfsClientTest): a 1.0.0 transaction
        // whose GML 2 coordinates are longitude, latitude although the srsName is the latitude-first URN.
        String xml = "<Transaction xmlns='http://www.opengis.net/wfs' version='1.0.0' service='WFS'"
                + " xmlns:gml='http://www.opengis.net/gml' xmlns:eco='https://ecocorridor.org/ns'>"
                + "<Insert xmlns='http://www.opengis.net/wfs'><areas xmlns='https://ecocorridor.org/ns'>"
                + "<name xmlns='https://ecocorridor.org/ns'>probe</name><geom xmlns='https://ecocorridor.org/ns'>"
                + "<gml:MultiPolygon srsName='urn:ogc:def:crs:EPSG::4326'><gml:polygonMember><gml:Polygon>"
                + "<gml:outerBoundaryIs><gml:LinearRing><gml:coordinates cs=',' ts=' '>"
                + "130.09999999999999432,43.10000000000000142 130.30000000000001137,43.10000000000000142"
                + " 130.30000000000001137,43.20000000000000284 130.09999999999999432,43.20000000000000284"
                + " 130.09999999999999432,43.10000000000000142</gml:coordinates></gml:LinearRing></gml:outerBoundaryIs>"
                + "</gml:Polygon></gml:polygonMember></gml:MultiPolygon></geom></areas></Insert></Transaction>";
        wfs.handle(post(xml, WfsFixtures.editor()));
        Geometry g = ((FeatureEdit.Insert) applied.get(0)).features().get(0).geometry();
        // 130.1..130.3 E, 43.1..43.2 N (Primorye); swapped, the latitudes would be 130.1..130.3: impossible
        org.locationtech.jts.geom.Envelope e = g.getEnvelopeInternal();
        assertThat(new double[] {e.getMinX(), e.getMinY(), e.getMaxX(), e.getMaxY()})
                .containsExactly(new double[] {130.1, 43.1, 130.3, 43.2}, org.assertj.core.data.Offset.offset(1e-12));
    }

    @Test
    void wfs11ResponseIsSchemaValid() throws Exception {
        String xml = "<wfs:Transaction service='WFS' version='1.1.0' xmlns:wfs='http://www.opengis.net/wfs'"
                + " xmlns:ogc='http://www.opengis.net/ogc'><wfs:Delete typeName='eco:sites'><ogc:Filter>"
                + "<ogc:FeatureId fid='sites.1'/></ogc:Filter></wfs:Delete></wfs:Transaction>";
        OgcSchemas.validate(body(wfs.handle(post(xml, WfsFixtures.editor()))), "wfs/1.1.0/wfs.xsd");
    }

    @Test
    void onlyEditorsMayTransactAndOnlyThemSeeTheOperation() throws Exception {
        String xml = "<wfs:Transaction service='WFS' version='2.0.0' xmlns:wfs='http://www.opengis.net/wfs/2.0'"
                + " xmlns:fes='http://www.opengis.net/fes/2.0'><wfs:Delete typeName='eco:sites'><fes:Filter>"
                + "<fes:ResourceId rid='sites.1'/></fes:Filter></wfs:Delete></wfs:Transaction>";
        assertThatThrownBy(() -> wfs.handle(post(xml, RequestUser.ANONYMOUS)))
                .isInstanceOfSatisfying(OgcException.class, e -> assertThat(e.httpStatus()).isEqualTo(401));
        assertThatThrownBy(() -> wfs.handle(post(xml, new RequestUser("rita", Set.of("researcher")))))
                .isInstanceOfSatisfying(OgcException.class, e -> assertThat(e.httpStatus()).isEqualTo(403));
        assertThat(applied).isEmpty();
        String caps = "SERVICE=WFS&REQUEST=GetCapabilities";
        Xml anonymous = new Xml(body(wfs.handle(WfsFixtures.kvp(caps))));
        assertThat(anonymous.text("//ows:Constraint[@name='ImplementsTransactionalWFS']/ows:DefaultValue")).isEqualTo("FALSE");
        assertThat(anonymous.count("//ows:Operation[@name='Transaction']")).isZero();
        byte[] editorCaps = body(wfs.handle(WfsFixtures.kvp(caps, WfsFixtures.editor())));
        OgcSchemas.validate(editorCaps, "wfs/2.0/wfs.xsd");
        assertThat(new Xml(editorCaps).text("//ows:Constraint[@name='ImplementsTransactionalWFS']/ows:DefaultValue"))
                .isEqualTo("TRUE");
        assertThat(new WfsService(WfsFixtures.source()).handle(WfsFixtures.kvp(caps, WfsFixtures.editor())))
                .isNotNull(); // read-only service: no editor, still answers
    }

    @Test
    void featuresOfForeignNamespacesAreRejected() {
        String xml = "<wfs:Transaction service='WFS' version='2.0.0' xmlns:wfs='http://www.opengis.net/wfs/2.0'>"
                + "<wfs:Insert><x:sites xmlns:x='http://other.org'/></wfs:Insert></wfs:Transaction>";
        assertThatThrownBy(() -> wfs.handle(post(xml, WfsFixtures.editor())))
                .isInstanceOfSatisfying(OgcException.class, e -> assertThat(e.code()).isEqualTo("InvalidParameterValue"));
    }
}
