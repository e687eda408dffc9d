package org.ecocorridor.store.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ecocorridor.core.feature.AttributeDescriptor;
import org.ecocorridor.core.feature.AttributeType;
import org.ecocorridor.core.feature.Feature;
import org.ecocorridor.core.feature.GeometryKind;
import org.ecocorridor.store.io.shapefile.ShapefileFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Point;

class ShapefileImportTest {
    /** The .prj ArcGIS writes for WGS 84 geographic coordinates. */
    private static final String WGS84_PRJ = "GEOGCS[\"GCS_WGS_1984\",DATUM[\"D_WGS_1984\",SPHEROID[\"WGS_1984\","
            + "6378137.0,298.257223563]],PRIMEM[\"Greenwich\",0.0],UNIT[\"Degree\",0.0174532925199433]]";
    /** The .prj ArcGIS writes for UTM zone 52N on WGS 84 (EPSG:32652). */
    private static final String UTM52N_PRJ = "PROJCS[\"WGS_1984_UTM_Zone_52N\"," + WGS84_PRJ
            + ",PROJECTION[\"Transverse_Mercator\"],PARAMETER[\"False_Easting\",500000.0],PARAMETER[\"False_Northing\",0.0],"
            + "PARAMETER[\"Central_Meridian\",129.0],PARAMETER[\"Scale_Factor\",0.9996],PARAMETER[\"Latitude_Of_Origin\",0.0],"
            + "UNIT[\"Meter\",1.0]]";
    private static final List<ShapefileFixture.Field> FIELDS = List.of(
            new ShapefileFixture.Field("NAME", 'C', 24, 0), new ShapefileFixture.Field("COUNT", 'N', 6, 0),
            new ShapefileFixture.Field("SURVEYED", 'D', 8, 0));

    @TempDir
    Path dir;

    private Path zip(String name, Map<String, byte[]> entries) throws Exception {
        return Files.write(dir.resolve(name), ShapefileFixture.zip(entries));
    }

    private static Map<String, byte[]> sites(String prj, String secondCount) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("data/sites.shp", ShapefileFixture.shp(1, List.of(
                ShapefileFixture.point(131.5, 43.083), ShapefileFixture.point(130.733, 42.833),
                ShapefileFixture.point(136.333, 45.033))));
        entries.put("data/sites.DBF", ShapefileFixture.dbf(FIELDS, List.of(
                new String[] {"Kedrovaya Pad", "12", "20190501"}, new String[] {"Hunchun", secondCount, null},
                new String[] {"*DELETED*Sikhote-Alin", "3", "20190504"}), 0, StandardCharsets.UTF_8));
        if (prj != null) {
            entries.put("data/sites.prj", prj.getBytes(StandardCharsets.UTF_8));
        }
        return entries;
    }

    @Test
    void zippedPointsAreReadWithTypedAttributes() throws Exception {
        Path file = zip("sites.zip", sites(WGS84_PRJ, "7"));
        try (VectorSource source = VectorReaders.open(file, ReadOptions.defaults())) {
            assertThat(source.format()).isEqualTo(VectorFormat.SHAPEFILE_ZIP);
            assertThat(source.schema().geometryKind()).isEqualTo(GeometryKind.POINT);
            assertThat(source.schema().attributes()).containsExactly(
                    new AttributeDescriptor("name", AttributeType.STRING, true),
                    new AttributeDescriptor("count", AttributeType.INTEGER, true),
                    new AttributeDescriptor("surveyed", AttributeType.DATE, true));
            List<Feature> features = IoFixtures.readAll(source);
            // The third record is flagged deleted in the .dbf: skipped with its shape.
            assertThat(features).hasSize(2);
            assertThat(features.get(0).get("name")).isEqualTo("Kedrovaya Pad");
            assertThat(features.get(0).get("count")).isEqualTo(12L);
            assertThat(features.get(0).get("surveyed")).isEqualTo(LocalDate.of(2019, 5, 1));
            assertThat(features.get(1).get("surveyed")).isNull();
            assertThat(((Point) features.get(1).geometry()).getX()).isEqualTo(130.733);
            ImportReport report = source.report();
            assertThat(report.sourceEpsg()).isEqualTo(4326);
            assertThat(report.crsAssumed()).isFalse();
            assertThat(report.warnings()).containsExactly("Skipped 1 records flagged deleted in the .dbf");
            assertThat(report.attributeNames()).containsEntry("NAME", "name");
        }
    }

    @Test
    void utmPrjIsReprojected() throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        // On UTM 52N's central meridian (129°E) the easting is 500 000 m; northing 0 is the equator.
        entries.put("utm.shp", ShapefileFixture.shp(1, List.of(ShapefileFixture.point(500_000, 0))));
        entries.put("utm.dbf", ShapefileFixture.dbf(List.of(new ShapefileFixture.Field("ID", 'N', 4, 0)),
                List.<String[]>of(new String[] {"1"}), 0, StandardCharsets.UTF_8));
        entries.put("utm.prj", UTM52N_PRJ.getBytes(StandardCharsets.UTF_8));
        try (VectorSource source = VectorReaders.open(zip("utm.zip", entries), ReadOptions.defaults())) {
            Point p = (Point) IoFixtures.readAll(source).get(0).geometry();
            assertThat(source.report().sourceEpsg()).isEqualTo(32652);
            assertThat(p.getX()).isCloseTo(129.0, within(1e-9));
            assertThat(p.getY()).isCloseTo(0.0, within(1e-9));
            assertThat(source.schema().attributes()).extracting(AttributeDescriptor::name).containsExactly("id_1");
        }
    }

    @Test
    void missingPrjIsAssumedWithAWarning() throws Exception {
        try (VectorSource source = VectorReaders.open(zip("noprj.zip", sites(null, "7")), ReadOptions.defaults())) {
            assertThat(source.report().crsAssumed()).isTrue();
            assertThat(source.report().warnings()).contains(SourceCrs.ASSUMED_WARNING);
        }
    }

    @Test
    void textInANumericFieldNamesRowAndColumn() throws Exception {
        try (VectorSource source = VectorReaders.open(zip("bad.zip", sites(WGS84_PRJ, "abc")), ReadOptions.defaults())) {
            assertThatThrownBy(() -> IoFixtures.readAll(source)).isInstanceOf(ImportException.Unchecked.class)
                    .hasMessage("bad.zip: Row 2, column \"COUNT\": expected integer, got \"abc\"")
                    .satisfies(e -> assertThat(((ImportException.Unchecked) e).getCause().row()).isEqualTo(2));
        }
    }

    @Test
    void polygonLayersAreMultiPolygonAndCodePageComesFromCpg() throws Exception {
        double[][] shell = {{130, 42}, {130, 43}, {131, 43}, {131, 42}, {130, 42}};
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("lake.shp", ShapefileFixture.shp(5, List.of(ShapefileFixture.parts(5, false, shell))));
        entries.put("lake.dbf", ShapefileFixture.dbf(List.of(new ShapefileFixture.Field("NAME", 'C', 20, 0)),
                List.<String[]>of(new String[] {"Озеро Ханка"}), 0, java.nio.charset.Charset.forName("windows-1251")));
        entries.put("lake.cpg", "1251".getBytes(StandardCharsets.US_ASCII));
        entries.put("other.shp", ShapefileFixture.shp(1, List.of()));
        try (VectorSource source = VectorReaders.open(zip("lake.zip", entries), ReadOptions.defaults().withLayerName("LAKE"))) {
            assertThat(source.schema().geometryKind()).isEqualTo(GeometryKind.MULTIPOLYGON);
            Feature f = IoFixtures.readAll(source).get(0);
            assertThat(f.geometry().getGeometryType()).isEqualTo("MultiPolygon");
            assertThat(f.geometry().getArea()).isCloseTo(1.0, within(1e-12));
            assertThat(f.get("name")).isEqualTo("Озеро Ханка");
        }
    }

    @Test
    void invalidPolygonsAreRejectedByTheCursorWithTheirRows() throws Exception {
        // Records 1 and 3 are bow ties crossing at (1, 1); record 2 is a valid square.
        double[][] bowTie = {{0, 0}, {2, 2}, {2, 0}, {0, 2}, {0, 0}};
        double[][] square = {{10, 10}, {10, 11}, {11, 11}, {11, 10}, {10, 10}};
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("ties.shp", ShapefileFixture.shp(5, List.of(ShapefileFixture.parts(5, false, bowTie),
                ShapefileFixture.parts(5, false, square), ShapefileFixture.parts(5, false, bowTie))));
        ReadOptions reject = ReadOptions.defaults().withGeometryPolicy(GeometryPolicy.REJECT);
        try (VectorSource source = VectorReaders.open(zip("ties.zip", entries), reject)) {
            assertThatThrownBy(() -> IoFixtures.readAll(source)).isInstanceOf(ImportException.Unchecked.class)
                    .hasMessage("ties.zip: 2 invalid geometries:\n"
                            + "Row 1: invalid geometry (Self-intersection at 1.0 1.0)\n"
                            + "Row 3: invalid geometry (Self-intersection at 1.0 1.0)");
        }
        try (VectorSource source = VectorReaders.open(dir.resolve("ties.zip"), ReadOptions.defaults())) {
            assertThat(IoFixtures.readAll(source)).hasSize(3);
            assertThat(source.report().repairs()).extracting(ImportReport.GeometryRepair::row).containsExactly(1L, 3L);
            assertThat(source.report().warnings()).contains("No .dbf next to ties.shp; the layer has no attributes");
        }
    }

    @Test
    void severalShapefilesWithoutALayerNameAreWarnedAbout() throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("b.shp", ShapefileFixture.shp(1, List.of()));
        entries.put("a.shp", ShapefileFixture.shp(1, List.of()));
        try (VectorSource source = VectorReaders.open(zip("two.zip", entries), ReadOptions.defaults())) {
            assertThat(source.report().warnings()).anyMatch(w -> w.contains("holds 2 shapefiles [a, b]; reading a"));
        }
        assertThatThrownBy(() -> VectorReaders.open(dir.resolve("two.zip"), ReadOptions.defaults().withLayerName("c")))
                .hasMessageContaining("no shapefile \"c\" in the zip; it holds [a, b]");
    }

    @Test
    void unknownPrjNeedsAnExplicitCode() throws Exception {
        Map<String, byte[]> entries = sites("PROJCS[\"Local grid\",UNKNOWN]", "7");
        Path file = zip("local.zip", entries);
        assertThatThrownBy(() -> VectorReaders.open(file, ReadOptions.defaults()))
                .hasMessageContaining("the .prj does not match any EPSG CRS");
        try (VectorSource source = VectorReaders.open(file, ReadOptions.defaults().withSourceEpsg(4326))) {
            assertThat(source.report().sourceEpsg()).isEqualTo(4326);
        }
    }

    @Test
    void zipWithoutShapefileIsRejected() throws Exception {
        Path file = zip("empty.zip", Map.of("readme.txt", new byte[] {1}));
        assertThatThrownBy(() -> VectorReaders.open(file, ReadOptions.defaults())).isInstanceOf(ImportException.class)
                .hasMessage("empty.zip: the zip holds no .shp file");
    }
}
