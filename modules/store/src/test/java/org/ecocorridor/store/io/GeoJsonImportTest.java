package org.ecocorridor.store.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.ecocorridor.core.feature.AttributeDescriptor;
import org.ecocorridor.core.feature.AttributeType;
import org.ecocorridor.core.feature.Feature;
import org.ecocorridor.core.feature.FeatureSchema;
import org.ecocorridor.core.feature.GeometryKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Point;

class GeoJsonImportTest {
    /** WGS 84 semi-major axis, the sphere radius of Web Mercator (EPSG guidance note 7-2, §1.3.3.2). */
    private static final double A = 6378137.0;
    private static final String BOW_TIE = "{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[2,2],[2,0],[0,2],[0,0]]]}";
    private static final String SQUARE = "{\"type\":\"Polygon\",\"coordinates\":[[[10,10],[11,10],[11,11],[10,11],[10,10]]]}";

    @TempDir
    Path dir;

    private static String feature(String geometry, String properties) {
        return "{\"type\":\"Feature\",\"geometry\":" + geometry + ",\"properties\":" + properties + "}";
    }

    private static String collection(String... features) {
        return "{\"type\":\"FeatureCollection\",\"features\":[" + String.join(",", features) + "]}";
    }

    @Test
    void schemaIsInferredByWideningOverAllFeatures() throws Exception {
        Path file = IoFixtures.write(dir, "sites.geojson", collection(
                feature("{\"type\":\"Point\",\"coordinates\":[131.5,43.083]}", "{\"Pop Est\":1,\"code\":\"007\","
                        + "\"surveyed\":\"2019-05-01\",\"seen\":\"2019-05-01T10:00:00+09:00\",\"ramsar\":true,"
                        + "\"note\":null,\"id\":5,\"ORDER\":\"a\",\"tags\":{\"a\":[1,2]}}"),
                feature("{\"type\":\"MultiPoint\",\"coordinates\":[[131,43]]}", "{\"Pop Est\":2.5,\"code\":\"12\","
                        + "\"surveyed\":null,\"seen\":\"2019-05-02T00:00:00Z\",\"ramsar\":false,\"id\":6}")));
        try (VectorSource source = VectorReaders.open(file, ReadOptions.defaults())) {
            FeatureSchema schema = source.schema();
            // Point and MultiPoint mixed -> MultiPoint; INTEGER then DOUBLE -> DOUBLE; a JSON string
            // holding digits stays STRING; all-null -> STRING; reserved names get a suffix.
            assertThat(schema.geometryKind()).isEqualTo(GeometryKind.MULTIPOINT);
            assertThat(schema.srid()).isEqualTo(4326);
            assertThat(schema.attributes()).containsExactly(
                    new AttributeDescriptor("pop_est", AttributeType.DOUBLE, true),
                    new AttributeDescriptor("code", AttributeType.STRING, true),
                    new AttributeDescriptor("surveyed", AttributeType.DATE, true),
                    new AttributeDescriptor("seen", AttributeType.TIMESTAMP, true),
                    new AttributeDescriptor("ramsar", AttributeType.BOOLEAN, true),
                    new AttributeDescriptor("note", AttributeType.STRING, true),
                    new AttributeDescriptor("id_1", AttributeType.INTEGER, true),
                    new AttributeDescriptor("order_1", AttributeType.STRING, true),
                    new AttributeDescriptor("tags", AttributeType.STRING, true));
            List<Feature> features = IoFixtures.readAll(source);
            Feature first = features.get(0);
            assertThat(first.geometry().getGeometryType()).isEqualTo("MultiPoint");
            assertThat(first.get("pop_est")).isEqualTo(1.0);
            assertThat(first.get("surveyed")).isEqualTo(LocalDate.of(2019, 5, 1));
            // 10:00 at +09:00 is 01:00 UTC.
            assertThat(first.get("seen")).isEqualTo(Instant.parse("2019-05-01T01:00:00Z"));
            assertThat(first.get("tags")).isEqualTo("{\"a\":[1,2]}");
            assertThat(features.get(1).get("ramsar")).isEqualTo(false);
            ImportReport report = source.report();
            assertThat(report.featuresRead()).isEqualTo(2);
            assertThat(report.attributeNames()).containsEntry("Pop Est", "pop_est").containsEntry("id", "id_1")
                    .containsEntry("ORDER", "order_1");
        }
    }

    @Test
    void webMercatorPointComesBackAsLongitudeLatitude() throws Exception {
        double x = 14_638_000.0;
        double y = 5_320_000.0;
        Path file = IoFixtures.write(dir, "mercator.geojson", "{\"type\":\"FeatureCollection\",\"crs\":{\"type\":\"name\","
                + "\"properties\":{\"name\":\"urn:ogc:def:crs:EPSG::3857\"}},\"features\":["
                + feature("{\"type\":\"Point\",\"coordinates\":[" + x + "," + y + "]}", "{}") + "]}");
        try (VectorSource source = VectorReaders.open(file, ReadOptions.defaults())) {
            Point p = (Point) IoFixtures.readAll(source).get(0).geometry();
            // Inverse spherical Mercator on R = a: λ = x/a, φ = 2·atan(e^(y/a)) − π/2.
            assertThat(p.getX()).isCloseTo(Math.toDegrees(x / A), within(1e-9));
            assertThat(p.getY()).isCloseTo(Math.toDegrees(2 * Math.atan(Math.exp(y / A)) - Math.PI / 2), within(1e-9));
            assertThat(p.getSRID()).isEqualTo(4326);
            assertThat(source.report().sourceEpsg()).isEqualTo(3857);
            assertThat(source.report().crsAssumed()).isFalse();
            assertThat(source.report().warnings()).isEmpty();
        }
    }

    @Test
    void trailingCrsMemberIsHonoured() throws Exception {
        Path file = IoFixtures.write(dir, "late.geojson", "{\"type\":\"FeatureCollection\",\"features\":["
                + feature("{\"type\":\"Point\",\"coordinates\":[0,0]}", "{}")
                + "],\"crs\":{\"type\":\"name\",\"properties\":{\"name\":\"EPSG:3857\"}}}");
        try (VectorSource source = VectorReaders.open(file, ReadOptions.defaults())) {
            assertThat(source.report().sourceEpsg()).isEqualTo(3857);
        }
    }

    @Test
    void missingCrsIsAssumedWithAWarning() throws Exception {
        Path file = IoFixtures.write(dir, "plain.geojson", collection(feature("{\"type\":\"Point\",\"coordinates\":[1,2]}", "{}")));
        try (VectorSource source = VectorReaders.open(file, ReadOptions.defaults())) {
            ImportReport report = source.report();
            assertThat(report.crsAssumed()).isTrue();
            assertThat(report.sourceEpsg()).isEqualTo(4326);
            assertThat(report.warnings()).containsExactly("No CRS declared; assuming EPSG:4326 (longitude, latitude)");
        }
    }

    @Test
    void bowTieIsRepairedAndReportedWithItsRow() throws Exception {
        Path file = IoFixtures.write(dir, "bowtie.geojson", collection(feature(SQUARE, "{}"), feature(BOW_TIE, "{}")));
        try (VectorSource source = VectorReaders.open(file, ReadOptions.defaults())) {
            // The repaired bow tie is two triangles, so the layer is MultiPolygon and the square is promoted.
            assertThat(source.schema().geometryKind()).isEqualTo(GeometryKind.MULTIPOLYGON);
            List<Feature> features = IoFixtures.readAll(source);
            assertThat(features.get(0).geometry().getGeometryType()).isEqualTo("MultiPolygon");
            // Triangles (0 0, 1 1, 0 2) and (2 0, 1 1, 2 2): base 2, height 1, area 1 each.
            assertThat(features.get(1).geometry().getArea()).isCloseTo(2.0, within(1e-12));
            assertThat(features.get(1).geometry().isValid()).isTrue();
            assertThat(source.report().repairs()).containsExactly(
                    new ImportReport.GeometryRepair(2, "Self-intersection at 1.0 1.0"));
            assertThat(source.report().repairedCount()).isEqualTo(1);
        }
    }

    @Test
    void bowTiesAreRejectedWithTheirRows() throws Exception {
        Path file = IoFixtures.write(dir, "bowties.geojson",
                collection(feature(SQUARE, "{}"), feature(BOW_TIE, "{}"), feature(SQUARE, "{}"), feature(BOW_TIE, "{}")));
        ReadOptions reject = ReadOptions.defaults().withGeometryPolicy(GeometryPolicy.REJECT);
        assertThatThrownBy(() -> VectorReaders.open(file, reject)).isInstanceOf(ImportException.class)
                .hasMessage("bowties.geojson: 2 invalid geometries:\n"
                        + "Row 2: invalid geometry (Self-intersection at 1.0 1.0)\n"
                        + "Row 4: invalid geometry (Self-intersection at 1.0 1.0)")
                .satisfies(e -> assertThat(((ImportException) e).row()).isEqualTo(2));
    }

    @Test
    void polygonThatRepairsToNothingFailsTheImport() throws Exception {
        String flat = "{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[1,1],[2,2],[0,0]]]}";
        Path file = IoFixtures.write(dir, "flat.geojson", collection(feature(SQUARE, "{}"), feature(flat, "{}")));
        // Found by the first pass, so open() fails before any row could be written.
        assertThatThrownBy(() -> VectorReaders.open(file, ReadOptions.defaults()))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining("Row 2: invalid geometry (Self-intersection at 1.0 1.0) is empty once repaired");
    }

    @Test
    void valueContradictingTheTargetSchemaNamesRowAndColumn() throws Exception {
        Path file = IoFixtures.write(dir, "counts.geojson", collection(
                feature("{\"type\":\"Point\",\"coordinates\":[1,2]}", "{\"count\":3}"),
                feature("{\"type\":\"Point\",\"coordinates\":[1,2]}", "{\"count\":\"abc\"}")));
        FeatureSchema target = new FeatureSchema(GeometryKind.POINT, 4326,
                List.of(new AttributeDescriptor("count", AttributeType.INTEGER, true)));
        assertThatThrownBy(() -> VectorReaders.open(file, ReadOptions.defaults().withTargetSchema(target)))
                .isInstanceOf(ImportException.class)
                .hasMessage("counts.geojson: Row 2, column \"count\": expected integer, got \"abc\"")
                .satisfies(e -> assertThat(((ImportException) e).column()).isEqualTo("count"));
    }

    @Test
    void singleFeatureDocumentIsOneFeature() throws Exception {
        Path file = IoFixtures.write(dir, "one.geojson", "{\"properties\":{\"name\":\"Tumen\"},\"type\":\"Feature\","
                + "\"id\":\"t1\",\"geometry\":{\"type\":\"LineString\",\"coordinates\":[[130,42],[130.5,42.5]]}}");
        List<Feature> features = IoFixtures.readAll(file, ReadOptions.defaults());
        assertThat(features).hasSize(1);
        assertThat(features.get(0).id()).isEqualTo("t1");
        assertThat(features.get(0).get("name")).isEqualTo("Tumen");
    }

    @Test
    void brokenJsonNamesRowAndPosition() throws Exception {
        Path file = IoFixtures.write(dir, "broken.geojson", "{\"type\":\"FeatureCollection\",\"features\":[\n"
                + feature("{\"type\":\"Point\",\"coordinates\":[1,2]}", "{}") + ",\n{\"type\":\"Feature\",\"properties\":{\"a\":}}]}");
        assertThatThrownBy(() -> VectorReaders.open(file, ReadOptions.defaults())).isInstanceOf(ImportException.class)
                .hasMessageContaining("broken.geojson: Row 2: invalid GeoJSON at line 3");
    }

    @Test
    void bareGeometryAndUnknownCrsAreRejected() throws Exception {
        Path bare = IoFixtures.write(dir, "bare.geojson", "{\"type\":\"Point\",\"coordinates\":[1,2]}");
        assertThatThrownBy(() -> VectorReaders.open(bare, ReadOptions.defaults()))
                .hasMessageContaining("wrap bare geometries in a Feature");
        Path odd = IoFixtures.write(dir, "odd.geojson", "{\"type\":\"FeatureCollection\",\"crs\":{\"type\":\"name\","
                + "\"properties\":{\"name\":\"urn:x:local\"}},\"features\":[]}");
        assertThatThrownBy(() -> VectorReaders.open(odd, ReadOptions.defaults()))
                .hasMessageContaining("unsupported \"crs\" name \"urn:x:local\"");
    }

    @Test
    void byteOrderMarkIsAccepted() throws Exception {
        Path file = IoFixtures.write(dir, "bom.geojson", "\uFEFF" + collection(feature("{\"type\":\"Point\",\"coordinates\":[1,2]}",
                "{\"name\":\"Ханка\"}")));
        assertThat(IoFixtures.readAll(file, ReadOptions.defaults()).get(0).get("name")).isEqualTo("Ханка");
    }

    @Test
    void cursorCanBeTakenOnlyOnce() throws Exception {
        Path file = IoFixtures.write(dir, "empty.geojson", collection());
        try (VectorSource source = VectorReaders.open(file, ReadOptions.defaults())) {
            source.cursor().close();
            assertThatThrownBy(source::cursor).isInstanceOf(IllegalStateException.class);
        }
    }
}
