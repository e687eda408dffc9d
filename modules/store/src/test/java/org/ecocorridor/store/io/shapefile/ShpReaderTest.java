package org.ecocorridor.store.io.shapefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.io.WKTReader;

class ShpReaderTest {
    private final GeometryFactory factory = new GeometryFactory();

    private List<Geometry> read(byte[] shp) throws IOException {
        List<Geometry> out = new ArrayList<>();
        try (ShpReader r = new ShpReader(new ByteArrayInputStream(shp), factory)) {
            while (r.next()) {
                out.add(r.geometry());
            }
        }
        return out;
    }

    private Geometry wkt(String text) throws Exception {
        return new WKTReader(factory).read(text);
    }

    @Test
    void pointsAndNullShapesAreRead() throws Exception {
        byte[] shp = ShapefileFixture.shp(1, List.of(ShapefileFixture.point(131.5, 43.083), ShapefileFixture.nullShape()));
        try (ShpReader r = new ShpReader(new ByteArrayInputStream(shp), factory)) {
            assertThat(r.shapeType()).isEqualTo(ShapeType.POINT);
        }
        List<Geometry> g = read(shp);
        assertThat(g).hasSize(2);
        assertThat(g.get(0).equalsExact(wkt("POINT (131.5 43.083)"))).isTrue();
        assertThat(g.get(1)).isNull();
    }

    @Test
    void polylinePartsBecomeLineStrings() throws Exception {
        double[][] a = {{0, 0}, {1, 1}};
        double[][] b = {{5, 5}, {6, 5}, {7, 6}};
        List<Geometry> g = read(ShapefileFixture.shp(3, List.of(
                ShapefileFixture.parts(3, false, a), ShapefileFixture.parts(3, false, a, b))));
        assertThat(g.get(0).equalsExact(wkt("LINESTRING (0 0, 1 1)"))).isTrue();
        assertThat(g.get(1).equalsExact(wkt("MULTILINESTRING ((0 0, 1 1), (5 5, 6 5, 7 6))"))).isTrue();
    }

    @Test
    void clockwiseShellsTakeTheirCounterClockwiseHoles() throws Exception {
        // Shells clockwise (inside on the right), hole counter-clockwise, per the 1998 description p. 8.
        double[][] shell = {{0, 0}, {0, 10}, {10, 10}, {10, 0}, {0, 0}};
        double[][] hole = {{2, 2}, {4, 2}, {4, 4}, {2, 4}, {2, 2}};
        double[][] island = {{20, 0}, {20, 5}, {25, 5}, {25, 0}, {20, 0}};
        List<Geometry> g = read(ShapefileFixture.shp(5, List.of(
                ShapefileFixture.parts(5, false, shell, hole), ShapefileFixture.parts(5, false, shell, hole, island))));
        Geometry expectedWithHole = wkt("POLYGON ((0 0, 0 10, 10 10, 10 0, 0 0), (2 2, 4 2, 4 4, 2 4, 2 2))");
        assertThat(g.get(0).getGeometryType()).isEqualTo("Polygon");
        assertThat(g.get(0).equalsExact(expectedWithHole)).isTrue();
        assertThat(g.get(0).getArea()).isEqualTo(100 - 4);
        assertThat(g.get(1).getGeometryType()).isEqualTo("MultiPolygon");
        assertThat(g.get(1).getArea()).isEqualTo(100 - 4 + 25);
    }

    @Test
    void zAndMValuesAreSkipped() throws Exception {
        double[][] shell = {{0, 0}, {0, 1}, {1, 1}, {1, 0}, {0, 0}};
        List<Geometry> g = read(ShapefileFixture.shp(15, List.of(ShapefileFixture.parts(5, true, shell))));
        assertThat(g.get(0).equalsExact(wkt("POLYGON ((0 0, 0 1, 1 1, 1 0, 0 0))"))).isTrue();
        assertThat(Double.isNaN(g.get(0).getCoordinate().getZ())).isTrue();
    }

    @Test
    void multiPointsAreRead() throws Exception {
        List<Geometry> g = read(ShapefileFixture.shp(8, List.of(ShapefileFixture.multiPoint(new double[][] {{1, 2}, {3, 4}}))));
        assertThat(g.get(0).equalsExact(wkt("MULTIPOINT ((1 2), (3 4))"))).isTrue();
    }

    @Test
    void ringWithTooFewVerticesNamesItsRecord() {
        double[][] sliver = {{0, 0}, {1, 1}, {0, 0}};
        byte[] shp = ShapefileFixture.shp(5, List.of(ShapefileFixture.point(0, 0), ShapefileFixture.parts(5, false, sliver)));
        assertThatThrownBy(() -> read(shp)).isInstanceOf(ShapefileFormatException.class)
                .hasMessageContaining("Record 2").hasMessageContaining("at least 4");
    }

    @Test
    void wrongFileCodeIsRejected() {
        byte[] shp = ShapefileFixture.shp(1, List.of());
        shp[3] = 0;
        assertThatThrownBy(() -> read(shp)).isInstanceOf(ShapefileFormatException.class).hasMessageContaining("9994");
    }

    @Test
    void truncatedRecordIsReported() {
        byte[] full = ShapefileFixture.shp(1, List.of(ShapefileFixture.point(1, 2)));
        byte[] cut = java.util.Arrays.copyOf(full, full.length - 4);
        assertThatThrownBy(() -> read(cut)).isInstanceOf(ShapefileFormatException.class).hasMessageContaining("Record 1");
    }
}
