package org.ecocorridor.store.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
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

class CsvImportTest {
    private static final String COUNTS = """
            site_id,name,lat,lon,count,surveyed,ramsar
            S01,Kedrovaya Pad,43.083,131.500,12,2019-05-01,false
            S02,"Land of the Leopard, NP",43.457,131.647,7,2019-05-02,true
            S03,Hunchun,42.833,130.733,3,,false
            S04,Sikhote-Alin,45.033,136.333,abc,2019-05-04,true
            """;

    @TempDir
    Path dir;

    @Test
    void lonLatColumnsAreFoundAndTypesInferred() throws Exception {
        Path file = IoFixtures.write(dir, "sites.csv", COUNTS.replace(",abc,", ",9,"));
        try (VectorSource source = VectorReaders.open(file, ReadOptions.defaults())) {
            assertThat(source.format()).isEqualTo(VectorFormat.CSV);
            assertThat(source.schema().geometryKind()).isEqualTo(GeometryKind.POINT);
            assertThat(source.schema().attributes()).containsExactly(
                    new AttributeDescriptor("site_id", AttributeType.STRING, true),
                    new AttributeDescriptor("name", AttributeType.STRING, true),
                    new AttributeDescriptor("count", AttributeType.INTEGER, true),
                    new AttributeDescriptor("surveyed", AttributeType.DATE, true),
                    new AttributeDescriptor("ramsar", AttributeType.BOOLEAN, true));
            List<Feature> features = IoFixtures.readAll(source);
            assertThat(features).hasSize(4);
            Point p = (Point) features.get(1).geometry();
            assertThat(p.getX()).isEqualTo(131.647);
            assertThat(p.getY()).isEqualTo(43.457);
            assertThat(features.get(1).get("name")).isEqualTo("Land of the Leopard, NP");
            assertThat(features.get(0).get("surveyed")).isEqualTo(LocalDate.of(2019, 5, 1));
            assertThat(features.get(2).get("surveyed")).isNull();
            assertThat(features.get(3).get("count")).isEqualTo(9L);
            assertThat(source.report().warnings()).contains(SourceCrs.ASSUMED_WARNING);
        }
    }

    @Test
    void textInANumericColumnOfTheTargetLayerNamesLineAndColumn() throws Exception {
        // "abc" is on line 5 of the file (header = line 1).
        Path file = IoFixtures.write(dir, "counts.csv", COUNTS);
        FeatureSchema target = new FeatureSchema(GeometryKind.POINT, 4326, List.of(
                new AttributeDescriptor("site_id", AttributeType.STRING, false),
                new AttributeDescriptor("count", AttributeType.INTEGER, true)));
        assertThatThrownBy(() -> VectorReaders.open(file, ReadOptions.defaults().withTargetSchema(target)))
                .isInstanceOf(ImportException.class)
                .hasMessage("counts.csv: Row 5, column \"count\": expected integer, got \"abc\"")
                .satisfies(e -> {
                    ImportException ie = (ImportException) e;
                    assertThat(ie.row()).isEqualTo(5);
                    assertThat(ie.column()).isEqualTo("count");
                    assertThat(ie.file()).isEqualTo("counts.csv");
                });
    }

    @Test
    void withoutATargetTheContradictionWidensToText() throws Exception {
        Path file = IoFixtures.write(dir, "counts.csv", COUNTS);
        try (VectorSource source = VectorReaders.open(file, ReadOptions.defaults())) {
            assertThat(source.schema().attribute("count").orElseThrow().type()).isEqualTo(AttributeType.STRING);
        }
    }

    @Test
    void targetSchemaColumnsAreMatchedAndOthersReported() throws Exception {
        Path file = IoFixtures.write(dir, "sites.csv", COUNTS.replace(",abc,", ",9,"));
        FeatureSchema target = new FeatureSchema(GeometryKind.MULTIPOINT, 4326, List.of(
                new AttributeDescriptor("count", AttributeType.DOUBLE, true),
                new AttributeDescriptor("observer", AttributeType.STRING, true)));
        try (VectorSource source = VectorReaders.open(file, ReadOptions.defaults().withTargetSchema(target))) {
            assertThat(source.schema()).isEqualTo(target);
            Feature f = IoFixtures.readAll(source).get(0);
            assertThat(f.attributes()).containsOnlyKeys("count", "observer");
            assertThat(f.get("count")).isEqualTo(12.0);
            assertThat(f.geometry().getGeometryType()).isEqualTo("MultiPoint");
            assertThat(source.report().warnings())
                    .contains("Column \"name\" is not an attribute of the target layer; ignored",
                            "Attribute \"observer\" has no column in the file; left null");
        }
    }

    @Test
    void semicolonFilesMayUseDecimalCommas() throws Exception {
        Path file = IoFixtures.write(dir, "eu.csv", "\uFEFFname;Longitude;Latitude;depth_m\r\nA;131,5;43,083;1,25\r\n");
        try (VectorSource source = VectorReaders.open(file, ReadOptions.defaults())) {
            assertThat(source.schema().attribute("depth_m").orElseThrow().type()).isEqualTo(AttributeType.DOUBLE);
            Feature f = IoFixtures.readAll(source).get(0);
            assertThat(((Point) f.geometry()).getX()).isEqualTo(131.5);
            assertThat(((Point) f.geometry()).getY()).isEqualTo(43.083);
            assertThat(f.get("depth_m")).isEqualTo(1.25);
            assertThat(f.get("name")).isEqualTo("A");
        }
    }

    @Test
    void wktColumnCarriesAnyGeometry() throws Exception {
        Path file = IoFixtures.write(dir, "lines.csv", "name,WKT\nTumen,\"LINESTRING (130 42, 130.5 42.5)\"\n"
                + "Amur,\"MULTILINESTRING ((127 50, 128 49))\"\nnone,\n");
        try (VectorSource source = VectorReaders.open(file, ReadOptions.defaults())) {
            assertThat(source.schema().geometryKind()).isEqualTo(GeometryKind.MULTILINESTRING);
            List<Feature> features = IoFixtures.readAll(source);
            assertThat(features.get(0).geometry().getLength()).isCloseTo(Math.sqrt(0.5), within(1e-12));
            assertThat(features.get(2).geometry()).isNull();
        }
    }

    @Test
    void explicitColumnsAndSourceCrsAreHonoured() throws Exception {
        // On UTM 52N's central meridian (129°E) the easting is 500 000 m; northing 0 is the equator.
        Path file = IoFixtures.write(dir, "utm.csv", "e,n\n500000,0\n");
        ReadOptions options = ReadOptions.defaults().withCoordinateColumns("E", "N").withSourceEpsg(32652);
        try (VectorSource source = VectorReaders.open(file, options)) {
            Point p = (Point) IoFixtures.readAll(source).get(0).geometry();
            assertThat(p.getX()).isCloseTo(129.0, within(1e-9));
            assertThat(p.getY()).isCloseTo(0.0, within(1e-9));
            assertThat(source.report().warnings()).isEmpty();
            assertThat(source.report().sourceEpsg()).isEqualTo(32652);
        }
    }

    @Test
    void projectedCoordinatesWithoutCrsAreCaught() throws Exception {
        Path file = IoFixtures.write(dir, "utm.csv", "x,y\n500000,4760000\n");
        try (VectorSource source = VectorReaders.open(file, ReadOptions.defaults())) {
            assertThatThrownBy(() -> IoFixtures.readAll(source)).isInstanceOf(ImportException.Unchecked.class)
                    .hasMessageContaining("utm.csv: Row 2: coordinates outside the longitude/latitude range")
                    .hasMessageContaining("declare the file's CRS");
        }
    }

    @Test
    void badCoordinateAndMissingColumnsAreExplained() throws Exception {
        Path bad = IoFixtures.write(dir, "bad.csv", "lon,lat\n1,2\n3,north\n");
        assertThatThrownBy(() -> VectorReaders.open(bad, ReadOptions.defaults()))
                .hasMessage("bad.csv: Row 3, column \"lat\": expected number, got \"north\"");
        Path none = IoFixtures.write(dir, "none.csv", "a,b\n1,2\n");
        assertThatThrownBy(() -> VectorReaders.open(none, ReadOptions.defaults()))
                .hasMessageContaining("no geometry columns");
        Path missing = IoFixtures.write(dir, "missing.csv", "a,b\n1,2\n");
        assertThatThrownBy(() -> VectorReaders.open(missing, ReadOptions.defaults().withCoordinateColumns("px", "py")))
                .hasMessageContaining("column \"px\" is not in the header [a, b]");
    }

    @Test
    void invalidUtf8IsReportedWithItsLine() throws Exception {
        Path file = dir.resolve("latin1.csv");
        java.nio.file.Files.write(file, "lon,lat,name\n1,2,ok\n3,4,Hokkaid\u00f4\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        assertThatThrownBy(() -> VectorReaders.open(file, ReadOptions.defaults()))
                .hasMessageContaining("latin1.csv: Row 3: not valid UTF-8");
    }
}
