package org.ecocorridor.store.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ecocorridor.core.catalog.LayerInfo;
import org.ecocorridor.core.catalog.LayerKind;
import org.ecocorridor.core.catalog.TimeExtent;
import org.ecocorridor.core.feature.AttributeDescriptor;
import org.ecocorridor.core.feature.AttributeType;
import org.ecocorridor.core.feature.Feature;
import org.ecocorridor.core.feature.FeatureCursor;
import org.ecocorridor.core.feature.FeatureCursors;
import org.ecocorridor.core.feature.FeatureSchema;
import org.ecocorridor.core.feature.GeometryKind;
import org.ecocorridor.core.grid.FloatGrid;
import org.ecocorridor.core.grid.GridGeometry;
import org.ecocorridor.store.SpatialStore;
import org.ecocorridor.store.catalog.LayerStorage;
import org.ecocorridor.store.ingest.LayerImport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * {@link DatabaseMapDataSource} on both stores, with hand-made data:
 * <pre>
 * points "obs" (lon, lat, seen):  a (130, 43, 2020-01-10), b (131, 44, 2020-03-01), c (140, 50, 2021-06-30)
 * raster "grid": 4 x 3 cells of 10 m in EPSG:32652, origin (1000, 2000), value = 10·row + col
 * </pre>
 */
abstract class MapDataSourceContractTest {
    private static final GeometryFactory GF = new GeometryFactory();
    protected SpatialStore store;
    private DatabaseMapDataSource source;

    protected abstract SpatialStore openStore() throws Exception;

    protected void cleanUp() throws Exception {
    }

    @BeforeEach
    void setUp() throws Exception {
        store = openStore();
        source = new DatabaseMapDataSource(store.dataSource(), store.dialect(), store.catalog(), store.rasters());
        FeatureSchema schema = new FeatureSchema(GeometryKind.POINT, 4326, List.of(
                new AttributeDescriptor("label", AttributeType.STRING, true),
                new AttributeDescriptor("seen", AttributeType.DATE, true)));
        List<Feature> features = List.of(point("a", 130, 43, LocalDate.of(2020, 1, 10)),
                point("b", 131, 44, LocalDate.of(2020, 3, 1)), point("c", 140, 50, LocalDate.of(2021, 6, 30)));
        store.importer().importLayer(LayerImport.of("obs", "Observations"), cursor(schema, features));
        LayerInfo info = store.catalog().get("obs").orElseThrow().info();
        store.catalog().upsert(info, LayerStorage.vector("layer_obs", "seen"));
        float[] values = new float[12];
        for (int i = 0; i < 12; i++) {
            values[i] = 10 * (i / 4) + (i % 4);
        }
        store.rasters().save("grid", "Grid", null, new FloatGrid(new GridGeometry(4, 3, 1000, 2000, 10, 10, 32652),
                values));
        store.catalog().upsert(new LayerInfo("grid", "Grid", null, List.of(), LayerKind.RASTER, null, null, null, 0,
                false, false, null), LayerStorage.raster("grid"));
    }

    @AfterEach
    void tearDown() throws Exception {
        store.close();
        cleanUp();
    }

    private static Feature point(String label, double lon, double lat, LocalDate seen) {
        return new Feature(null, GF.createPoint(new Coordinate(lon, lat)), Map.of("label", label, "seen", seen));
    }

    @Test
    void listsVectorAndRasterLayers() {
        assertThat(source.layers()).extracting(LayerInfo::name).containsExactly("grid", "obs");
        assertThat(source.layer("obs")).get().extracting(LayerInfo::kind).isEqualTo(LayerKind.VECTOR);
        assertThat(source.layer("nope")).isEmpty();
        assertThat(source.layer("Robert'); DROP TABLE layers;--")).isEmpty();
    }

    @Test
    void featuresAreSelectedByBoxAndDates() {
        assertThat(labels(new Envelope(129, 132, 42, 45), null)).containsExactlyInAnyOrder("a", "b");
        assertThat(labels(new Envelope(135, 145, 45, 55), null)).containsExactly("c");
        // 2020-01-10 is inside [2020-01-01, 2020-01-31]; 2020-03-01 and 2021-06-30 are not.
        assertThat(labels(new Envelope(100, 150, 30, 60), new TimeExtent(LocalDate.of(2020, 1, 1),
                LocalDate.of(2020, 1, 31)))).containsExactly("a");
        // the end date is inclusive: 2020-03-01 is kept by a range ending on that day
        assertThat(labels(new Envelope(100, 150, 30, 60), new TimeExtent(LocalDate.of(2020, 2, 1),
                LocalDate.of(2020, 3, 1)))).containsExactly("b");
    }

    @Test
    void rasterWindowHoldsTheCellsMeetingTheBox() {
        assertThat(source.rasterGeometry("grid")).isEqualTo(new GridGeometry(4, 3, 1000, 2000, 10, 10, 32652));
        // x 1015..1025 meets columns 1 and 2; y 1985..1995 meets row 0 (1990..2000) and row 1 (1980..1990).
        FloatGrid w = source.rasterWindow("grid", new Envelope(1015, 1025, 1985, 1995));
        assertThat(w.geometry()).isEqualTo(new GridGeometry(2, 2, 1010, 2000, 10, 10, 32652));
        assertThat(w.values()).containsExactly(1f, 2f, 11f, 12f);
        // a box larger than the grid is clipped to it
        assertThat(source.rasterWindow("grid", new Envelope(0, 5000, 0, 5000)).geometry().cellCount()).isEqualTo(12);
        assertThat(source.rasterWindow("grid", new Envelope(5000, 6000, 0, 10))).isNull();
    }

    @Test
    void wrongKindOrUnknownLayerIsAnArgumentError() {
        assertThatThrownBy(() -> source.rasterGeometry("obs")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("obs");
        assertThatThrownBy(() -> source.features("grid", new Envelope(0, 1, 0, 1), null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("grid");
        assertThatThrownBy(() -> source.features("nope", new Envelope(0, 1, 0, 1), null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nope");
    }

    private List<String> labels(Envelope box, TimeExtent time) {
        List<String> out = new ArrayList<>();
        try (FeatureCursor c = source.features("obs", box, time)) {
            c.forEachRemaining(f -> out.add((String) f.get("label")));
        }
        return out;
    }

    private static FeatureCursor cursor(FeatureSchema schema, List<Feature> features) {
        return FeatureCursors.of(schema, features);
    }
}
