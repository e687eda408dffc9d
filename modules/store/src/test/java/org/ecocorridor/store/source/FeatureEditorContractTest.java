package org.ecocorridor.store.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.ecocorridor.core.feature.AttributeDescriptor;
import org.ecocorridor.core.feature.AttributeType;
import org.ecocorridor.core.feature.Feature;
import org.ecocorridor.core.feature.FeatureCursor;
import org.ecocorridor.core.feature.FeatureSchema;
import org.ecocorridor.core.feature.GeometryKind;
import org.ecocorridor.core.filter.Comparison;
import org.ecocorridor.core.filter.ComparisonOperator;
import org.ecocorridor.core.filter.InvalidFilterException;
import org.ecocorridor.core.filter.ResourceIds;
import org.ecocorridor.core.source.FeatureEdit;
import org.ecocorridor.core.source.SourceQuery;
import org.ecocorridor.core.source.TransactionResult;
import org.ecocorridor.store.SpatialStore;
import org.ecocorridor.store.ingest.LayerImport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;

/**
 * WFS-T edits on both stores: insert, update, replace and delete in one transaction, all or
 * nothing, only on editable layers. Each test imports its own small layer.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class FeatureEditorContractTest {
    private static final FeatureSchema SCHEMA = new FeatureSchema(GeometryKind.MULTIPOINT, 4326, List.of(
            new AttributeDescriptor("name", AttributeType.STRING, true),
            new AttributeDescriptor("count", AttributeType.INTEGER, true)));
    private final AtomicInteger layers = new AtomicInteger();
    protected SpatialStore store;
    private DatabaseFeatureSource source;
    private DatabaseFeatureEditor editor;

    protected abstract SpatialStore openStore() throws Exception;

    protected void cleanUp() throws Exception {
    }

    @BeforeAll
    void open() throws Exception {
        store = openStore();
        source = new DatabaseFeatureSource(store.dataSource(), store.dialect(), store.catalog());
        editor = new DatabaseFeatureEditor(store.dataSource(), store.catalog());
    }

    @AfterAll
    void close() throws Exception {
        store.close();
        cleanUp();
    }

    /** A new layer with features a (count 1) and b (count 2). */
    private String layer(boolean editable) {
        String name = "edits_" + layers.incrementAndGet();
        store.importer().importLayer(new LayerImport(name, name, null, List.of(), null, false, editable, null, null),
                SourceFixtures.cursor(SCHEMA, List.of(feature("a", 1L, "MULTIPOINT((130 43))"),
                        feature("b", 2L, "MULTIPOINT((131 44))"))));
        return name;
    }

    private static Feature feature(String name, Object count, String wkt) {
        Map<String, Object> v = new HashMap<>();
        v.put("name", name);
        v.put("count", count);
        return new Feature(null, wkt == null ? null : SourceFixtures.wkt(wkt), v);
    }

    private Map<String, Feature> byName(String layer) {
        Map<String, Feature> out = new HashMap<>();
        try (FeatureCursor c = source.open(SourceQuery.all(layer))) {
            c.forEachRemaining(f -> out.put((String) f.get("name"), f));
        }
        return out;
    }

    @Test
    void insertUpdateReplaceAndDeleteInOneTransaction() {
        String layer = layer(true);
        String idOfA = byName(layer).get("a").id();
        String idOfB = byName(layer).get("b").id();
        // a single point is promoted to the layer's MultiPoint; text values are converted
        TransactionResult r = editor.apply(List.of(
                new FeatureEdit.Insert(layer, List.of(feature("c", "3", "POINT(132 45)"))),
                new FeatureEdit.Update(layer, Map.of("count", "10"), new ResourceIds(Set.of(idOfA))),
                new FeatureEdit.Replace(layer, new Feature(null, SourceFixtures.wkt("POINT(133 46)"), Map.of("name", "b2")),
                        new ResourceIds(Set.of(idOfB))),
                new FeatureEdit.Delete(layer, Comparison.of(ComparisonOperator.EQUAL_TO, "name", "nobody"))));
        assertThat(r.insertedIds()).hasSize(1);
        assertThat(r.updated()).isEqualTo(1);
        assertThat(r.replaced()).isEqualTo(1);
        assertThat(r.deleted()).isZero();
        Map<String, Feature> now = byName(layer);
        assertThat(now.get("c").id()).isEqualTo(r.insertedIds().get(0).id());
        assertThat(now.get("c").get("count")).isEqualTo(3L);
        assertThat(now.get("c").geometry().getGeometryType()).isEqualTo("MultiPoint");
        assertThat(now.get("a").get("count")).isEqualTo(10L);
        assertThat(now.get("b2").id()).isEqualTo(idOfB);
        assertThat(now.get("b2").get("count")).isNull(); // Replace clears what the new version lacks
        assertThat(store.catalog().get(layer).orElseThrow().info().featureCount()).isEqualTo(3);
        editor.apply(List.of(new FeatureEdit.Delete(layer, new ResourceIds(Set.of(idOfA)))));
        assertThat(byName(layer)).containsOnlyKeys("b2", "c");
    }

    @Test
    void geometriesInAnotherCrsAreTransformed() {
        String layer = layer(true);
        // EPSG:3857 x = 14,471,533.8 m, y = 5,311,971.8 m is 130 E, 43 N (R = 6378137 m,
        // lon = x / R in radians, lat = atan(sinh(y / R)))
        Geometry merc = SourceFixtures.wkt("POINT(14471533.8 5311971.8)");
        merc.setSRID(3857);
        editor.apply(List.of(new FeatureEdit.Insert(layer, List.of(new Feature(null, merc, Map.of("name", "m"))))));
        Point p = (Point) byName(layer).get("m").geometry().getGeometryN(0);
        assertThat(p.getX()).isCloseTo(130.0, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(p.getY()).isCloseTo(43.0, org.assertj.core.data.Offset.offset(1e-6));
    }

    @Test
    void aFailingEditRollsBackTheWholeTransaction() {
        String layer = layer(true);
        assertThatThrownBy(() -> editor.apply(List.of(
                new FeatureEdit.Insert(layer, List.of(feature("c", 3L, "POINT(132 45)"))),
                new FeatureEdit.Delete(layer, Comparison.of(ComparisonOperator.EQUAL_TO, "name", "a")),
                new FeatureEdit.Update(layer, Map.of("count", "not a number"), Comparison.of(
                        ComparisonOperator.EQUAL_TO, "name", "b")))))
                .isInstanceOf(InvalidFilterException.class);
        assertThat(byName(layer)).containsOnlyKeys("a", "b");
        assertThatThrownBy(() -> editor.apply(List.of(new FeatureEdit.Insert(layer,
                List.of(feature("d", 4L, "LINESTRING(0 0, 1 1)"))))))
                .isInstanceOf(InvalidFilterException.class).hasMessageContaining("LineString");
        assertThat(byName(layer)).containsOnlyKeys("a", "b");
    }

    @Test
    void readOnlyLayersAndInjectionAttemptsAreRefused() {
        String layer = layer(false);
        assertThatThrownBy(() -> editor.apply(List.of(new FeatureEdit.Delete(layer,
                Comparison.of(ComparisonOperator.EQUAL_TO, "name", "a"))))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("read-only");
        String editable = layer(true);
        assertThatThrownBy(() -> editor.apply(List.of(new FeatureEdit.Update(editable,
                Map.of("name = 'x'; DROP TABLE layers; --", "y"), Comparison.of(ComparisonOperator.EQUAL_TO, "name", "a")))))
                .isInstanceOf(InvalidFilterException.class);
        editor.apply(List.of(new FeatureEdit.Update(editable, Map.of("name", "x'; DROP TABLE layers; --"),
                Comparison.of(ComparisonOperator.EQUAL_TO, "name", "a"))));
        assertThat(byName(editable)).containsOnlyKeys("x'; DROP TABLE layers; --", "b");
        assertThat(store.catalog().list()).isNotEmpty();
        assertThatThrownBy(() -> editor.apply(List.of(new FeatureEdit.Delete("layers", Comparison.of(
                ComparisonOperator.EQUAL_TO, "name", "x"))))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void surveyCountsAreWrittenThroughTheirViewWithTheSiteGivenByCode() {
        store.inTransaction("sites", c -> {
            try (var st = c.createStatement()) {
                st.executeUpdate("INSERT INTO species (code, common_name, scientific_name, species_group)"
                        + " VALUES ('hooded_crane', 'Hooded crane', 'Grus monacha', 'waterbird')");
                st.executeUpdate("INSERT INTO flyway_sites (site_code, name, geom) VALUES ('KHANKA', 'Khanka',"
                        + " ST_GeomFromText('POINT(132.4 45.0)', 4326)), ('IZUMI', 'Izumi',"
                        + " ST_GeomFromText('POINT(130.36 32.08)', 4326))");
                st.executeUpdate("INSERT INTO survey_counts (site_id, species_code, survey_date, count)"
                        + " SELECT id, 'hooded_crane', DATE '2022-04-10', 30 FROM flyway_sites WHERE site_code = 'KHANKA'");
            }
            return null;
        });
        store.catalog().upsert(new org.ecocorridor.core.catalog.LayerInfo("survey_counts", "Counts", null, List.of(),
                org.ecocorridor.core.catalog.LayerKind.VECTOR, null, null, null, 0, false, true, null),
                org.ecocorridor.store.catalog.LayerStorage.vector("survey_counts_v", "survey_date"));
        Map<String, Object> count = new HashMap<>();
        count.put("site_code", "IZUMI");
        count.put("species_code", "hooded_crane");
        count.put("survey_date", "2024-01-15");
        count.put("count", "15000");
        count.put("site_name", "ignored: derived from the site");
        TransactionResult r = editor.apply(List.of(new FeatureEdit.Insert("survey_counts",
                List.of(new Feature(null, SourceFixtures.wkt("POINT(0 0)"), count)))));
        String id = r.insertedIds().get(0).id();
        Feature izumi = only(new ResourceIds(Set.of(id)));
        assertThat(izumi.get("site_name")).isEqualTo("Izumi");
        assertThat(izumi.get("count")).isEqualTo(15000L);
        assertThat(izumi.geometry().getCoordinate().x).isEqualTo(130.36); // the site's point, not the client's
        TransactionResult up = editor.apply(List.of(new FeatureEdit.Update("survey_counts", Map.of("count", "35"),
                Comparison.of(ComparisonOperator.EQUAL_TO, "site_code", "KHANKA"))));
        assertThat(up.updated()).isEqualTo(1);
        assertThat(only(Comparison.of(ComparisonOperator.EQUAL_TO, "site_code", "KHANKA")).get("count")).isEqualTo(35L);
        editor.apply(List.of(new FeatureEdit.Delete("survey_counts", new ResourceIds(Set.of(id)))));
        assertThat(source.count("survey_counts", org.ecocorridor.core.filter.Filter.INCLUDE)).isEqualTo(1);
        assertThat(store.catalog().get("survey_counts").orElseThrow().info().featureCount()).isEqualTo(1);
    }

    private Feature only(org.ecocorridor.core.filter.Filter filter) {
        try (FeatureCursor c = source.open(SourceQuery.all("survey_counts").withFilter(filter))) {
            Feature f = c.next();
            assertThat(c.hasNext()).isFalse();
            return f;
        }
    }
}
