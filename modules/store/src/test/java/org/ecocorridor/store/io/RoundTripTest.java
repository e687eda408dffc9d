package org.ecocorridor.store.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.ecocorridor.core.feature.Feature;
import org.ecocorridor.core.feature.FeatureCursor;
import org.ecocorridor.core.feature.FeatureSchema;
import org.ecocorridor.core.feature.GeometryKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * GeoJSON fixture → cursor → GeoJSON / CSV / GeoPackage → reader. The re-read features must equal
 * the first read (same schema, values and geometries; 7-decimal output keeps the fixture's
 * 3-decimal coordinates exact), and the written files are also checked with independent parsers
 * (Jackson's tree model, plain text, SQLite through JDBC) against values typed in by hand.
 */
class RoundTripTest {
    @TempDir
    Path dir;

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(RoundTripTest.class.getResource("/io/" + name).toURI());
    }

    private Path export(String fixture, VectorFormat format, String layer) throws Exception {
        Path out = dir.resolve(layer + format.fileExtension());
        try (VectorSource source = VectorReaders.open(resource(fixture), ReadOptions.defaults());
             FeatureCursor cursor = source.cursor()) {
            assertThat(VectorWriters.write(cursor, format, out, layer)).isPositive();
        }
        return out;
    }

    private static void assertSameFeatures(List<Feature> actual, List<Feature> expected) {
        assertThat(actual).hasSameSizeAs(expected);
        for (int i = 0; i < expected.size(); i++) {
            assertThat(actual.get(i).attributes()).as("feature %d", i).isEqualTo(expected.get(i).attributes());
            if (expected.get(i).geometry() == null) {
                assertThat(actual.get(i).geometry()).isNull();
            } else {
                assertThat(actual.get(i).geometry().equalsExact(expected.get(i).geometry(), 1e-9))
                        .as("geometry of feature %d: %s", i, actual.get(i).geometry()).isTrue();
            }
        }
    }

    @ParameterizedTest
    @EnumSource(value = VectorFormat.class, names = {"GEOJSON", "CSV", "GEOPACKAGE"})
    void pointsSurviveTheRoundTrip(VectorFormat format) throws Exception {
        FeatureSchema schema;
        List<Feature> original;
        try (VectorSource source = VectorReaders.open(resource("sites.geojson"), ReadOptions.defaults())) {
            schema = source.schema();
            original = IoFixtures.readAll(source);
        }
        Path out = export("sites.geojson", format, "sites");
        try (VectorSource back = VectorReaders.open(out, ReadOptions.defaults())) {
            assertThat(back.format()).isEqualTo(format);
            assertThat(back.schema()).isEqualTo(schema);
            assertSameFeatures(IoFixtures.readAll(back), original);
        }
    }

    @ParameterizedTest
    @EnumSource(value = VectorFormat.class, names = {"GEOJSON", "CSV", "GEOPACKAGE"})
    void polygonsWithHolesSurviveTheRoundTrip(VectorFormat format) throws Exception {
        List<Feature> original = IoFixtures.readAll(resource("lakes.geojson"), ReadOptions.defaults());
        assertThat(original.get(0).geometry().getGeometryType()).isEqualTo("MultiPolygon");
        Path out = export("lakes.geojson", format, "lakes");
        try (VectorSource back = VectorReaders.open(out, ReadOptions.defaults())) {
            assertThat(back.schema().geometryKind()).isEqualTo(GeometryKind.MULTIPOLYGON);
            assertSameFeatures(IoFixtures.readAll(back), original);
        }
    }

    @Test
    void geoJsonOutputIsRfc7946() throws Exception {
        JsonNode root = JsonMapper.builder().build().readTree(Files.readString(export("sites.geojson", VectorFormat.GEOJSON, "s")));
        assertThat(root.get("type").asString()).isEqualTo("FeatureCollection");
        assertThat(root.has("crs")).isFalse();
        JsonNode first = root.get("features").get(0);
        assertThat(first.get("id").asString()).isEqualTo("S01");
        assertThat(first.get("geometry").toString()).isEqualTo("{\"type\":\"Point\",\"coordinates\":[131.5,43.083]}");
        assertThat(first.get("properties").toString()).isEqualTo("{\"name\":\"Kedrovaya Pad\",\"code\":\"007\",\"count\":12,"
                + "\"area_km2\":178.97,\"ramsar\":false,\"surveyed\":\"2019-05-01\",\"seen\":\"2019-05-01T01:00:00Z\"}");
        assertThat(root.get("features").get(2).get("geometry").isNull()).isTrue();
    }

    @Test
    void numericIdsAreWrittenAsNumbers() throws Exception {
        JsonNode root = JsonMapper.builder().build().readTree(Files.readString(export("lakes.geojson", VectorFormat.GEOJSON, "l")));
        assertThat(root.get("features").get(1).get("id").isNumber()).isTrue();
        assertThat(root.get("features").get(1).get("id").asLong()).isEqualTo(2);
    }

    @Test
    void csvOutputHasAttributesThenWktThenLonLat() throws Exception {
        List<String> lines = Files.readAllLines(export("sites.geojson", VectorFormat.CSV, "s"), StandardCharsets.UTF_8);
        assertThat(lines.get(0)).isEqualTo("name,code,count,area_km2,ramsar,surveyed,seen,wkt,lon,lat");
        assertThat(lines.get(1)).isEqualTo("Kedrovaya Pad,007,12,178.97,false,2019-05-01,2019-05-01T01:00:00Z,"
                + "POINT (131.5 43.083),131.5,43.083");
        assertThat(lines.get(2)).startsWith("\"Land of the Leopard, \"\"NP\"\"\",A12,7,2799.5,true,,");
        assertThat(lines.get(3)).isEqualTo("珲春 Hunchun,,,-0.25,,2020-02-29,,,,");
    }

    @Test
    void geoPackageOutputIsReadableAsPlainSqlite() throws Exception {
        Path gpkg = export("lakes.geojson", VectorFormat.GEOPACKAGE, "lakes");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + gpkg); Statement s = c.createStatement()) {
            ResultSet rs = s.executeQuery("SELECT count(*), min(name) FROM lakes");
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(2);
            assertThat(rs.getString(2)).isEqualTo("Hulun and Buyr");
            rs = s.executeQuery("SELECT geometry_type_name, srs_id FROM gpkg_geometry_columns WHERE table_name = 'lakes'");
            rs.next();
            assertThat(rs.getString(1)).isEqualTo("MULTIPOLYGON");
            assertThat(rs.getInt(2)).isEqualTo(4326);
            // Contents bounds: min x 117.0 (Hulun), max x 133.0 (Khanka), min y 44.5, max y 49.2.
            rs = s.executeQuery("SELECT min_x, min_y, max_x, max_y FROM gpkg_contents WHERE table_name = 'lakes'");
            rs.next();
            assertThat(new double[] {rs.getDouble(1), rs.getDouble(2), rs.getDouble(3), rs.getDouble(4)})
                    .containsExactly(117.0, 44.5, 133.0, 49.2);
            rs = s.executeQuery("SELECT count(*) FROM rtree_lakes_geom");
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(2);
        }
        // The temporary file was moved into place: nothing else is left in the directory.
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()).toList()).containsExactly("lakes.gpkg");
        }
    }

    @Test
    void writingToAStreamFlushesButDoesNotCloseIt() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        boolean[] closed = {false};
        java.io.OutputStream out = new java.io.FilterOutputStream(bytes) {
            @Override
            public void close() {
                closed[0] = true;
            }
        };
        try (VectorSource source = VectorReaders.open(resource("lakes.geojson"), ReadOptions.defaults());
             FeatureCursor cursor = source.cursor()) {
            assertThat(VectorWriters.write(cursor, VectorFormat.GEOJSON, out)).isEqualTo(2);
        }
        assertThat(closed[0]).isFalse();
        assertThat(bytes.toString(StandardCharsets.UTF_8)).startsWith("{\"type\":\"FeatureCollection\"").endsWith("]}");
    }
}
