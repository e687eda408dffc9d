package org.ecocorridor.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ecocorridor.core.catalog.LayerInfo;
import org.ecocorridor.core.catalog.LayerKind;
import org.ecocorridor.core.catalog.TimeExtent;
import org.ecocorridor.core.feature.AttributeDescriptor;
import org.ecocorridor.core.feature.AttributeType;
import org.ecocorridor.core.feature.Feature;
import org.ecocorridor.core.feature.FeatureCursor;
import org.ecocorridor.core.feature.FeatureSchema;
import org.ecocorridor.core.feature.GeometryKind;
import org.ecocorridor.core.grid.FloatGrid;
import org.ecocorridor.core.grid.GridGeometry;
import org.ecocorridor.store.catalog.CatalogEntry;
import org.ecocorridor.store.catalog.LayerStorage;
import org.ecocorridor.store.feature.FeatureQuery;
import org.ecocorridor.store.ingest.ImportResult;
import org.ecocorridor.store.ingest.LayerImport;
import org.ecocorridor.store.run.AnalysisRun;
import org.ecocorridor.store.run.RunStatus;
import org.ecocorridor.store.security.Role;
import org.ecocorridor.store.security.UserAccount;
import org.ecocorridor.store.sql.SchemaInspector;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Envelope;

/**
 * The behaviour both stores (PostGIS and H2GIS) must share. Subclasses open a fresh, migrated
 * store per test. Demo-loader cases are in {@link DemoLoaderContract}, run from here.
 */
abstract class StoreContractTest {
    protected SpatialStore store;

    /** A fresh, empty, migrated store. */
    protected abstract SpatialStore openStore() throws Exception;

    /** Releases what {@link #openStore()} created, after the store is closed. */
    protected void cleanUp() throws Exception {
    }

    @BeforeEach
    void openFreshStore() throws Exception {
        store = openStore();
    }

    @AfterEach
    void closeStore() throws Exception {
        store.close();
        cleanUp();
    }

    @Test
    void migrationsCreateEveryModelTableAndPublishedView() {
        List<String> names = List.of("species", "landcover_classes", "resistance_values", "countries",
                "protected_areas", "habitat_patches", "flyway_sites", "flyway_site_roles", "survey_counts",
                "infrastructure", "rasters", "raster_tiles", "layers", "analysis_runs", "app_users",
                "app_user_roles", "store_metadata", "survey_counts_v", "wind_farms", "power_lines", "roads",
                "railways", "border_fences", "dams");
        List<String> missing = store.inTransaction("check", c -> {
            List<String> absent = new ArrayList<>();
            for (String n : names) {
                if (!SchemaInspector.exists(c, n)) {
                    absent.add(n);
                }
            }
            return absent;
        });
        assertThat(missing).isEmpty();
    }

    @Test
    void catalogMeasuresBboxCountAndTimeExtentAndRoundTripsDefinitions() {
        ContractFixtures.insertSitesAndCounts(store);
        LayerInfo sites = new LayerInfo("flyway_sites", "Flyway sites", "Key sites", List.of("crane", "EAAF"),
                LayerKind.VECTOR, "flyway_sites", null, null, 0, false, true, null);
        CatalogEntry stored = store.catalog().upsert(sites, LayerStorage.vector("flyway_sites"));
        // Bounds by hand: the three sites' longitudes 127.72..132.4, latitudes 32.08..49.84.
        assertThat(stored.info().bbox()).isEqualTo(new Envelope(127.72, 132.4, 32.08, 49.84));
        assertThat(stored.info().featureCount()).isEqualTo(3);
        assertThat(stored.storage()).isEqualTo(
                new LayerStorage("flyway_sites", "id", "geom", GeometryKind.POINT, 4326, null, null));
        assertThat(store.catalog().get("flyway_sites")).contains(stored);

        CatalogEntry counts = store.catalog().upsert(new LayerInfo("survey_counts", "Counts", null, List.of(),
                LayerKind.VECTOR, null, null, null, 0, false, true, null),
                LayerStorage.vector("survey_counts_v", "survey_date"));
        assertThat(counts.info().timeExtent())
                .isEqualTo(new TimeExtent(LocalDate.of(2019, 12, 1), LocalDate.of(2024, 1, 15)));
        assertThat(counts.info().featureCount()).isEqualTo(4);
        assertThat(store.catalog().list()).extracting(CatalogEntry::name)
                .containsExactly("flyway_sites", "survey_counts");

        CatalogEntry again = store.catalog().refresh("flyway_sites");
        assertThat(again.info().updatedAt()).isAfter(stored.info().updatedAt());
        assertThat(again.createdAt()).isEqualTo(stored.createdAt());
        assertThat(store.catalog().delete("flyway_sites")).isTrue();
        assertThat(store.catalog().get("flyway_sites")).isEmpty();
    }

    @Test
    void importedFeaturesReadBackWithEveryAttributeTypeAndNulls() {
        FeatureSchema schema = new FeatureSchema(GeometryKind.POINT, 4326, List.of(
                new AttributeDescriptor("name", AttributeType.STRING, true),
                new AttributeDescriptor("count", AttributeType.INTEGER, true),
                new AttributeDescriptor("ratio", AttributeType.DOUBLE, true),
                new AttributeDescriptor("active", AttributeType.BOOLEAN, true),
                new AttributeDescriptor("seen", AttributeType.DATE, true),
                new AttributeDescriptor("value", AttributeType.TIMESTAMP, true)));
        Map<String, Object> full = new HashMap<>();
        full.put("name", "Хасанский район 珲春 \"quoted\"");
        full.put("count", 9_007_199_254_740_993L); // 2^53 + 1: would not survive a trip through double
        full.put("ratio", 0.1);
        full.put("active", true);
        full.put("seen", LocalDate.of(2024, 2, 29));
        full.put("value", Instant.parse("2024-03-01T12:34:56.123456Z"));
        Map<String, Object> empty = new HashMap<>();
        schema.attributes().forEach(a -> empty.put(a.name(), null));

        ImportResult result = store.importer().importLayer(LayerImport.of("typed", "Typed"), TestFeatures.of(schema,
                List.of(TestFeatures.feature(TestFeatures.point(130.5, 42.75), full),
                        TestFeatures.feature(null, empty))));

        assertThat(result.featuresWritten()).isEqualTo(2);
        assertThat(result.replaced()).isFalse();
        assertThat(result.layer().info().bbox()).isEqualTo(new Envelope(130.5, 130.5, 42.75, 42.75));
        assertThat(store.features().schema("typed").attributes()).extracting(AttributeDescriptor::name,
                AttributeDescriptor::type).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("name", AttributeType.STRING),
                        org.assertj.core.groups.Tuple.tuple("count", AttributeType.INTEGER),
                        org.assertj.core.groups.Tuple.tuple("ratio", AttributeType.DOUBLE),
                        org.assertj.core.groups.Tuple.tuple("active", AttributeType.BOOLEAN),
                        org.assertj.core.groups.Tuple.tuple("seen", AttributeType.DATE),
                        org.assertj.core.groups.Tuple.tuple("value", AttributeType.TIMESTAMP));
        List<Feature> read = ContractFixtures.readAll(store, "typed", FeatureQuery.all());
        assertThat(read).extracting(Feature::id).containsExactly("1", "2");
        assertThat(read.get(0).attributes()).isEqualTo(full);
        assertThat(read.get(0).geometry()).isEqualTo(TestFeatures.point(130.5, 42.75));
        assertThat(read.get(0).geometry().getSRID()).isEqualTo(4326);
        assertThat(read.get(1).attributes()).isEqualTo(empty);
        assertThat(read.get(1).geometry()).isNull();
    }

    @Test
    void importPromotesSingleGeometriesToTheLayersMultiKind() {
        FeatureSchema schema = new FeatureSchema(GeometryKind.MULTIPOLYGON, 4326, List.of());
        store.importer().importLayer(LayerImport.of("patches", "Patches"), TestFeatures.of(schema, List.of(
                TestFeatures.feature(TestFeatures.wkt("POLYGON((130 43, 131 43, 131 44, 130 43))"), Map.of()))));

        Feature f = ContractFixtures.readAll(store, "patches", FeatureQuery.all()).get(0);
        assertThat(f.geometry()).isEqualTo(TestFeatures.wkt("MULTIPOLYGON(((130 43, 131 43, 131 44, 130 43)))"));
        assertThat(store.catalog().get("patches").orElseThrow().storage().geometryKind())
                .isEqualTo(GeometryKind.MULTIPOLYGON);
    }

    @Test
    void importRejectsAGeometryOfAnotherKindAndLeavesNoLayer() {
        FeatureSchema schema = new FeatureSchema(GeometryKind.MULTIPOLYGON, 4326, List.of());
        FeatureCursor cursor = TestFeatures.of(schema, List.of(
                TestFeatures.feature(TestFeatures.wkt("LINESTRING(130 43, 131 44)"), Map.of())));

        assertThatThrownBy(() -> store.importer().importLayer(LayerImport.of("bad", "Bad"), cursor))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Feature #1").hasMessageContaining("LineString");
        assertThat(store.catalog().get("bad")).isEmpty();
        assertThat(ContractFixtures.tableNames(store)).noneMatch(t -> t.startsWith("import_") || t.equals("layer_bad"));
    }

    @Test
    void replacingALayerSwapsInTheNewTableAndKeepsTheCreationTime() {
        ImportResult first = ContractFixtures.importNumbered(store, "counts", 3, 0);
        ImportResult second = ContractFixtures.importNumbered(store, "counts", 5, 0);

        assertThat(second.replaced()).isTrue();
        assertThat(second.layer().createdAt()).isEqualTo(first.layer().createdAt());
        assertThat(second.layer().info().updatedAt()).isAfter(first.layer().info().updatedAt());
        assertThat(ContractFixtures.readAll(store, "counts", FeatureQuery.all())).extracting(f -> f.get("n"))
                .containsExactly(0L, 1L, 2L, 3L, 4L);
        assertThat(ContractFixtures.tableNames(store)).noneMatch(t -> t.startsWith("import_"));
    }

    @Test
    void aFailingCursorRollsBackAndLeavesTheStoreUnchanged() {
        CatalogEntry before = ContractFixtures.importNumbered(store, "counts", 3, 0).layer();
        RuntimeException failure = new IllegalStateException("Bad value in row 2501");

        // 2,500 features written in three batches before the failure: H2 has committed two of them.
        assertThatThrownBy(() -> ContractFixtures.importNumbered(store, "counts", 10_000, 2_501, failure)).isSameAs(failure);

        assertThat(store.catalog().get("counts")).contains(before);
        assertThat(ContractFixtures.readAll(store, "counts", FeatureQuery.all())).hasSize(3);
        assertThat(ContractFixtures.tableNames(store)).noneMatch(t -> t.startsWith("import_"));
    }

    @Test
    void bboxQueriesAndPagesFollowTheIdOrder() {
        FeatureSchema schema = new FeatureSchema(GeometryKind.POINT, 4326,
                List.of(new AttributeDescriptor("n", AttributeType.INTEGER, false)));
        // Points (i, 0) for i = 0..99, fid = i + 1.
        store.importer().importLayer(LayerImport.of("line", "Line"), TestFeatures.generated(schema, 100,
                i -> TestFeatures.feature(TestFeatures.point(i, 0), Map.of("n", i)), 0, null));
        Envelope box = new Envelope(10.5, 20.5, -1, 1); // holds x = 11..20: ten points, fids 12..21

        assertThat(store.features().count("line", box)).isEqualTo(10);
        assertThat(ContractFixtures.readAll(store, "line", FeatureQuery.within(box))).extracting(Feature::id)
                .containsExactly("12", "13", "14", "15", "16", "17", "18", "19", "20", "21");
        assertThat(ContractFixtures.readAll(store, "line", FeatureQuery.within(box).page(3, 4))).extracting(Feature::id)
                .containsExactly("15", "16", "17", "18");
        assertThat(ContractFixtures.readAll(store, "line", FeatureQuery.all().page(98, 10))).extracting(Feature::id)
                .containsExactly("99", "100");
    }

    @Test
    void streamingImportOf200000GeneratedFeaturesKeepsEveryFeature() {
        long n = 200_000;
        List<Long> progress = new ArrayList<>();
        FeatureSchema schema = new FeatureSchema(GeometryKind.POINT, 4326,
                List.of(new AttributeDescriptor("n", AttributeType.INTEGER, false)));
        FeatureCursor cursor = TestFeatures.generated(schema, n,
                i -> TestFeatures.feature(TestFeatures.point(i % 1000 * 0.001, i / 1000 * 0.001), Map.of("n", i)),
                0, null);

        ImportResult result = store.importer().importLayer(LayerImport.of("big", "Big"), cursor, progress::add);

        assertThat(result.featuresWritten()).isEqualTo(n);
        assertThat(result.layer().info().featureCount()).isEqualTo(n);
        assertThat(progress).hasSize(200).endsWith(n); // one report per batch of 1,000
        long seen = 0;
        long sumOfN = 0;
        try (FeatureCursor read = store.features().open("big")) {
            while (read.hasNext()) {
                sumOfN += (Long) read.next().get("n");
                seen++;
            }
        }
        assertThat(seen).isEqualTo(n);
        assertThat(sumOfN).isEqualTo(n * (n - 1) / 2); // Gauss: 0 + 1 + ... + (n-1)
    }

    @Test
    void rastersRoundTripWholeAndByWindowWithNoData() {
        // 300 x 520 cells: 2 x 3 tiles of 256, the last ones partly filled.
        GridGeometry g = new GridGeometry(520, 300, 600_000, 4_800_000, 500, 500, 32652);
        float[] values = new float[g.cellCount()];
        for (int i = 0; i < values.length; i++) {
            values[i] = i % 7 == 0 ? Float.NaN : i * 0.25f;
        }
        store.rasters().save("cost", "Cost", "{\"species\":\"amur_leopard\"}", new FloatGrid(g, values.clone()));

        FloatGrid whole = store.rasters().load("cost");
        assertThat(whole.geometry()).isEqualTo(g);
        assertThat(whole.values()).containsExactly(values);
        FloatGrid window = store.rasters().loadWindow("cost", 250, 255, 10, 3);
        assertThat(window.geometry()).isEqualTo(new GridGeometry(3, 10, 600_000 + 255 * 500.0,
                4_800_000 - 250 * 500.0, 500, 500, 32652));
        float[] expected = new float[30];
        for (int r = 0; r < 10; r++) {
            System.arraycopy(values, g.index(250 + r, 255), expected, r * 3, 3);
        }
        assertThat(window.values()).containsExactly(expected);
        assertThat(store.rasters().info("cost").orElseThrow().parametersJson()).isEqualTo("{\"species\":\"amur_leopard\"}");
        assertThat(store.rasters().delete("cost")).isTrue();
        assertThat(store.rasters().info("cost")).isEmpty();
    }

    @Test
    void rasterLayersGetTheirCrs84BoundsFromTheGridCorners() {
        // Web Mercator (EPSG:3857): x = R·λ, y = R·ln tan(π/4 + φ/2), R = 6,378,137 m. Its grid lines are
        // meridians and parallels, so a grid from (0°, 0°) to (10°E, 10°N) has exactly those bounds.
        double r = 6_378_137;
        double x10 = r * Math.toRadians(10);
        double y10 = r * Math.log(Math.tan(Math.PI / 4 + Math.toRadians(10) / 2));
        store.rasters().save("merc", null, null, new FloatGrid(new GridGeometry(10, 10, 0, y10, x10 / 10, y10 / 10, 3857)));
        CatalogEntry layer = store.catalog().upsert(new LayerInfo("merc", "Mercator", null, List.of(),
                LayerKind.RASTER, null, null, null, 0, false, false, null), LayerStorage.raster("merc"));

        Envelope b = layer.info().bbox();
        assertThat(b.getMinX()).isCloseTo(0, within(1e-9));
        assertThat(b.getMaxX()).isCloseTo(10, within(1e-9));
        assertThat(b.getMinY()).isCloseTo(0, within(1e-9));
        assertThat(b.getMaxY()).isCloseTo(10, within(1e-9));
        Instant before = layer.info().updatedAt();
        store.rasters().save("merc", null, null, new FloatGrid(new GridGeometry(10, 10, 0, y10, x10 / 10, y10 / 10, 3857)));
        assertThat(store.catalog().get("merc").orElseThrow().info().updatedAt()).isAfter(before);
    }

    @Test
    void usersKeepHashesRolesAndEnabledFlag() {
        store.users().create(new UserAccount("amur.ranger", "$2a$10$hash1", true, Set.of(Role.EDITOR)));
        assertThatThrownBy(() -> store.users().create(new UserAccount("amur.ranger", "$2a$10$x", true, Set.of())))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("amur.ranger");

        store.users().update("amur.ranger", "$2a$10$hash2", false);
        store.users().setRoles("amur.ranger", Set.of(Role.ADMIN, Role.RESEARCHER));

        assertThat(store.users().find("amur.ranger")).contains(
                new UserAccount("amur.ranger", "$2a$10$hash2", false, Set.of(Role.ADMIN, Role.RESEARCHER)));
        assertThat(store.users().usernames()).containsExactly("amur.ranger");
        assertThat(store.users().delete("amur.ranger")).isTrue();
        assertThat(store.users().find("amur.ranger")).isEmpty();
    }

    @Test
    void analysisRunsRecordStatusProgressAndTimes() {
        long id = store.runs().insert("least-cost-corridor", "{\"species\":\"amur_tiger\"}", "researcher1");
        store.runs().updateStatus(id, RunStatus.RUNNING, "started");
        store.runs().updateProgress(id, 0.5, "half way");
        AnalysisRun running = store.runs().get(id).orElseThrow();
        assertThat(running.status()).isEqualTo(RunStatus.RUNNING);
        assertThat(running.progress()).isEqualTo(0.5);
        assertThat(running.startedAt()).isNotNull();
        assertThat(running.finishedAt()).isNull();

        store.runs().updateStatus(id, RunStatus.SUCCESSFUL, "done");
        AnalysisRun done = store.runs().get(id).orElseThrow();
        assertThat(done.progress()).isEqualTo(1.0);
        assertThat(done.finishedAt()).isAfterOrEqualTo(done.startedAt());
        assertThat(done.startedAt()).isEqualTo(running.startedAt());
        assertThat(store.runs().list(0, 10)).extracting(AnalysisRun::id).containsExactly(id);
        assertThatThrownBy(() -> store.runs().updateProgress(id + 1, 0.1, null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void demoLoaderLoadsTheFixtureOnceInOneTransaction() throws Exception {
        new DemoLoaderContract(store).loadsOnceAndIsIdempotent();
    }

    @Test
    void demoLoaderLeavesTheStoreEmptyWhenAFileIsBad(@TempDir Path scratch) throws Exception {
        new DemoLoaderContract(store).rollsBackOnABadValue(scratch);
    }

    @Test
    void demoLoaderSkipsAStoreHoldingOtherData() throws Exception {
        new DemoLoaderContract(store).skipsAStoreWithData();
    }

    @Test
    void runOutputsArePublishedTogetherAndDeletedTogether() {
        long runId = store.runs().insert("least-cost-corridors", "{}", "tester");
        FeatureSchema schema = new FeatureSchema(GeometryKind.LINESTRING, 4326,
                List.of(new AttributeDescriptor("link_id", AttributeType.STRING, false)));
        org.ecocorridor.core.grid.FloatGrid grid = new org.ecocorridor.core.grid.FloatGrid(
                new org.ecocorridor.core.grid.GridGeometry(3, 2, 500_000, 4_800_000, 1000, 1000, 32652),
                new float[] {1, 2, 3, 4, Float.NaN, 6});
        var layers = List.of(
                org.ecocorridor.store.ingest.ResultLayer.vector("paths", "Paths", null, "lcp", schema, List.of(
                        TestFeatures.feature(TestFeatures.wkt("LINESTRING (130 43, 131 44)"), Map.of("link_id", "1_2")))),
                org.ecocorridor.store.ingest.ResultLayer.raster("nlcc", "Corridors", null, "corridors", grid, "{}"));
        var entries = store.publisher().publish(runId, "tester", true, layers);
        assertThat(entries).extracting(CatalogEntry::name).containsExactly("run_" + runId + "_paths",
                "run_" + runId + "_nlcc");
        assertThat(entries.get(0).info().featureCount()).isEqualTo(1);
        assertThat(entries.get(0).info().sensitive()).isTrue();
        assertThat(entries.get(0).runId()).isEqualTo(runId);
        assertThat(store.rasters().load("run_" + runId + "_nlcc").get(1, 2)).isEqualTo(6f);

        assertThat(store.publisher().deleteRun(runId)).isEqualTo(2);
        assertThat(store.catalog().get("run_" + runId + "_paths")).isEmpty();
        assertThat(store.rasters().info("run_" + runId + "_nlcc")).isEmpty();
        assertThat(store.inTransaction("check", c -> (Boolean) SchemaInspector.exists(c, "run_" + runId + "_paths")).booleanValue()).isFalse();
    }

    @Test
    void failedRunPublicationLeavesNothingBehind() {
        long runId = store.runs().insert("least-cost-corridors", "{}", "tester");
        FeatureSchema schema = new FeatureSchema(GeometryKind.POINT, 4326,
                List.of(new AttributeDescriptor("n", AttributeType.INTEGER, false)));
        var good = org.ecocorridor.store.ingest.ResultLayer.vector("good", "Good", null, null, schema,
                List.of(TestFeatures.feature(TestFeatures.point(130, 43), Map.of("n", 1L))));
        // The second layer's feature lacks its non-nullable attribute: publication must fail as a whole.
        var bad = org.ecocorridor.store.ingest.ResultLayer.vector("bad", "Bad", null, null, schema,
                List.of(TestFeatures.feature(TestFeatures.point(130, 43), Map.of())));
        assertThatThrownBy(() -> store.publisher().publish(runId, null, false, List.of(good, bad)))
                .hasMessageContaining("not nullable");
        assertThat(store.publisher().hasLayers(runId)).isFalse();
        assertThat(store.inTransaction("check", c -> (Boolean) SchemaInspector.exists(c, "run_" + runId + "_good")).booleanValue()).isFalse();
    }
}
