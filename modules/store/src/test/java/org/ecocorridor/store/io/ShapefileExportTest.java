package org.ecocorridor.store.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipFile;
import org.ecocorridor.core.crs.CoordinateTransforms;
import org.ecocorridor.core.crs.GeometryTransform;
import org.ecocorridor.core.feature.AttributeType;
import org.ecocorridor.core.feature.Feature;
import org.ecocorridor.core.feature.FeatureCursor;
import org.ecocorridor.core.feature.FeatureCursors;
import org.ecocorridor.core.feature.FeatureSchema;
import org.ecocorridor.core.feature.GeometryKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Coordinate;

/**
 * Zipped Shapefile export, and GeoPackage export in a projected CRS: files written, read back with
 * our readers (which reproject to EPSG:4326 from the {@code .prj} / {@code gpkg_spatial_ref_sys})
 * and inspected byte by byte against the ESRI Shapefile Technical Description (1998).
 */
class ShapefileExportTest {
    @TempDir
    Path dir;

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(ShapefileExportTest.class.getResource("/io/" + name).toURI());
    }

    private Path exportShapefile(String fixture, String layer) throws Exception {
        Path out = dir.resolve(layer + ".zip");
        try (VectorSource source = VectorReaders.open(resource(fixture), ReadOptions.defaults());
             FeatureCursor cursor = source.cursor()) {
            assertThat(VectorWriters.write(cursor, VectorFormat.SHAPEFILE_ZIP, out, layer)).isPositive();
        }
        return out;
    }

    @Test
    void pointsAndTheirAttributesSurviveAShapefileRoundTrip() throws Exception {
        List<Feature> original = IoFixtures.readAll(resource("sites.geojson"), ReadOptions.defaults());
        Path zip = exportShapefile("sites.geojson", "sites");
        try (ZipFile z = new ZipFile(zip.toFile())) {
            assertThat(z.stream().map(e -> e.getName()).toList())
                    .containsExactly("sites.shp", "sites.shx", "sites.dbf", "sites.cpg", "sites.prj");
        }
        try (VectorSource back = VectorReaders.open(zip, ReadOptions.defaults())) {
            assertThat(back.format()).isEqualTo(VectorFormat.SHAPEFILE_ZIP);
            FeatureSchema schema = back.schema();
            assertThat(schema.geometryKind()).isEqualTo(GeometryKind.POINT);
            // dBASE has no date-time type: the timestamp comes back as its ISO 8601 text.
            assertThat(schema.attributes()).extracting(a -> a.name() + ":" + a.type()).containsExactly(
                    "name:STRING", "code:STRING", "count:INTEGER", "area_km2:DOUBLE", "ramsar:BOOLEAN",
                    "surveyed:DATE", "seen:STRING");
            List<Feature> read = IoFixtures.readAll(back);
            assertThat(read).hasSize(4);
            for (int i = 0; i < 4; i++) {
                Map<String, Object> expected = new LinkedHashMap<>(original.get(i).attributes());
                expected.computeIfPresent("seen", (k, v) -> v.toString());
                assertThat(read.get(i).attributes()).as("feature %d", i).isEqualTo(expected);
                if (original.get(i).geometry() == null) {
                    assertThat(read.get(i).geometry()).as("null shape").isNull();
                } else {
                    assertThat(read.get(i).geometry().equalsExact(original.get(i).geometry(), 0)).isTrue();
                }
            }
        }
    }

    @Test
    void headersAndRingsFollowTheTechnicalDescription() throws Exception {
        Path zip = exportShapefile("lakes.geojson", "lakes");
        byte[] shp;
        byte[] shx;
        byte[] dbf;
        try (ZipFile z = new ZipFile(zip.toFile())) {
            shp = z.getInputStream(z.getEntry("lakes.shp")).readAllBytes();
            shx = z.getInputStream(z.getEntry("lakes.shx")).readAllBytes();
            dbf = z.getInputStream(z.getEntry("lakes.dbf")).readAllBytes();
            String prj = new String(z.getInputStream(z.getEntry("lakes.prj")).readAllBytes(), StandardCharsets.US_ASCII);
            assertThat(prj).startsWith("GEOGCS[\"WGS 84\"").endsWith("AUTHORITY[\"EPSG\", \"4326\"]]");
        }
        ByteBuffer big = ByteBuffer.wrap(shp).order(ByteOrder.BIG_ENDIAN);
        ByteBuffer little = ByteBuffer.wrap(shp).order(ByteOrder.LITTLE_ENDIAN);
        assertThat(big.getInt(0)).isEqualTo(9994);
        assertThat(big.getInt(24) * 2).as("file length in bytes").isEqualTo(shp.length);
        assertThat(little.getInt(28)).isEqualTo(1000);
        assertThat(little.getInt(32)).as("shape type Polygon").isEqualTo(5);
        // Layer box: x 117.0 .. 133.0, y 44.5 .. 49.2 (the fixture's extreme coordinates).
        assertThat(new double[] {little.getDouble(36), little.getDouble(44), little.getDouble(52), little.getDouble(60)})
                .containsExactly(117.0, 44.5, 133.0, 49.2);
        // .shx: 100-byte header + 8 bytes per record; record 1 at offset 50 words (just after the header).
        assertThat(shx.length).isEqualTo(100 + 2 * 8);
        assertThat(ByteBuffer.wrap(shx).getInt(100)).isEqualTo(50);
        // First record (Khanka with an island): 2 parts, 10 points; outer ring clockwise, hole counter-clockwise.
        int content = 100 + 8;
        assertThat(little.getInt(content)).isEqualTo(5);
        assertThat(little.getInt(content + 36)).as("parts").isEqualTo(2);
        assertThat(little.getInt(content + 40)).as("points").isEqualTo(10);
        Coordinate[] outer = new Coordinate[5];
        Coordinate[] hole = new Coordinate[5];
        int points = content + 44 + 2 * 4;
        for (int i = 0; i < 5; i++) {
            outer[i] = new Coordinate(little.getDouble(points + 16 * i), little.getDouble(points + 16 * i + 8));
            hole[i] = new Coordinate(little.getDouble(points + 80 + 16 * i), little.getDouble(points + 80 + 16 * i + 8));
        }
        assertThat(Orientation.isCCW(outer)).as("outer ring clockwise").isFalse();
        assertThat(Orientation.isCCW(hole)).as("hole counter-clockwise").isTrue();
        // dBASE III: version 3, 2 records, header 32 + 2 fields * 32 + 1 = 97 bytes, ends with 0x1A.
        ByteBuffer d = ByteBuffer.wrap(dbf).order(ByteOrder.LITTLE_ENDIAN);
        assertThat(dbf[0]).isEqualTo((byte) 3);
        assertThat(d.getInt(4)).isEqualTo(2);
        assertThat(d.getShort(8)).isEqualTo((short) 97);
        assertThat(dbf[dbf.length - 1]).isEqualTo((byte) 0x1A);
        assertThat(dbf.length).isEqualTo(97 + 2 * d.getShort(10) + 1);
    }

    @Test
    void projectedLayersKeepTheirCrsInBothFileFormats() throws Exception {
        List<Feature> lonLat = IoFixtures.readAll(resource("lakes.geojson"), ReadOptions.defaults());
        GeometryTransform toMercator = CoordinateTransforms.between(4326, 3857);
        List<Feature> mercator = new ArrayList<>();
        for (Feature f : lonLat) {
            mercator.add(new Feature(f.id(), toMercator.apply(f.geometry()), f.attributes()));
        }
        FeatureSchema schema;
        try (VectorSource source = VectorReaders.open(resource("lakes.geojson"), ReadOptions.defaults())) {
            schema = new FeatureSchema(source.schema().geometryKind(), 3857, source.schema().attributes());
        }
        for (VectorFormat format : List.of(VectorFormat.SHAPEFILE_ZIP, VectorFormat.GEOPACKAGE)) {
            Path out = dir.resolve("lakes_3857" + format.fileExtension());
            try (FeatureCursor cursor = FeatureCursors.of(schema, mercator)) {
                assertThat(VectorWriters.writeLayers(Map.of("lakes", cursor), format, out, true)).isEqualTo(2);
            }
            // Our readers reproject to EPSG:4326 from the CRS the file declares: the fixture's degrees come back.
            List<Feature> back = IoFixtures.readAll(out, ReadOptions.defaults());
            for (int i = 0; i < 2; i++) {
                // normalised: Shapefile rings come back clockwise, the GeoJSON fixture's are counter-clockwise
                assertThat(back.get(i).geometry().norm().equalsExact(lonLat.get(i).geometry().norm(), 1e-7))
                        .as("%s feature %d: %s", format, i, back.get(i).geometry()).isTrue();
            }
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("lakes_3857.gpkg"));
             Statement s = c.createStatement()) {
            ResultSet rs = s.executeQuery("SELECT g.srs_id, r.organization, r.organization_coordsys_id, r.definition "
                    + "FROM gpkg_geometry_columns g JOIN gpkg_spatial_ref_sys r ON r.srs_id = g.srs_id");
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(3857);
            assertThat(rs.getString(2)).isEqualTo("EPSG");
            assertThat(rs.getInt(3)).isEqualTo(3857);
            assertThat(rs.getString(4)).startsWith("PROJCS[\"WGS 84 / Pseudo-Mercator\"");
            // Contents bounds in metres: x of 117.0 deg = 6378137 * 117 * pi / 180 = 13,024,380.4 m.
            rs = s.executeQuery("SELECT min_x FROM gpkg_contents WHERE table_name = 'lakes'");
            rs.next();
            assertThat(rs.getDouble(1)).isCloseTo(13_024_380.4, org.assertj.core.data.Offset.offset(0.1));
        }
    }

    @Test
    void mixedGeometryLayersAreRefusedBeforeAnythingIsWritten() {
        FeatureSchema mixed = new FeatureSchema(GeometryKind.GEOMETRY, 4326, List.of(
                new org.ecocorridor.core.feature.AttributeDescriptor("name", AttributeType.STRING, true)));
        Path out = dir.resolve("mixed.zip");
        assertThatThrownBy(() -> VectorWriters.write(FeatureCursors.of(mixed, List.of()), VectorFormat.SHAPEFILE_ZIP,
                out, "mixed")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("one");
        assertThat(out).doesNotExist();
    }
}
