package org.ecocorridor.connectivity.corridor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.ecocorridor.core.grid.FloatGrid;
import org.ecocorridor.core.grid.GridGeometry;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.junit.jupiter.api.Test;

class CoreAreasTest {
    private static final GeometryFactory GF = new GeometryFactory();
    private static final GridGeometry G = new GridGeometry(10, 10, 0, 1000, 100, 100, 32652);

    private static Polygon box(double x0, double y0, double x1, double y1) {
        return GF.createPolygon(new Coordinate[] {new Coordinate(x0, y0), new Coordinate(x1, y0),
            new Coordinate(x1, y1), new Coordinate(x0, y1), new Coordinate(x0, y0)});
    }

    @Test
    void polygonsClaimCellCentresAndOverlapsGoToTheSmallerId() {
        CoreAreas cores = CoreAreas.fromPolygons(G, List.of(
                new CoreArea(7, "east", box(200, 200, 500, 500)),   // centres 250, 350, 450: 3 x 3 cells
                new CoreArea(3, "west", box(0, 200, 300, 500))));   // centres 50, 150, 250: 3 x 3, shares column 2

        assertThat(cores.ids()).containsExactly(3, 7);
        assertThat(cores.cellCount(3)).isEqualTo(9);
        assertThat(cores.cellCount(7)).isEqualTo(6);
        assertThat(cores.nameOf(7)).isEqualTo("east");
        assertThat(cores.geometryOf(7).getArea()).isCloseTo(90_000, within(1e-6));
    }

    @Test
    void tinyCoreKeepsTheCellContainingIt() {
        CoreAreas cores = CoreAreas.fromPolygons(G, List.of(new CoreArea(1, "", box(410, 410, 420, 420))));

        // No centre inside; the cell containing the interior point (415, 415) is (5, 4).
        assertThat(cores.cellsOf(1)).containsExactly(G.index(5, 4));
    }

    @Test
    void polygonsInLonLatAreReprojectedToTheGrid() {
        // UTM 52N: easting 500 000 m is the central meridian, 129°E. A 0.02° box around 129°E, 42°N covers
        // easting 500 000 and northing about 4 650 000 (42°N on the central meridian: 4 649 776 m, from
        // the meridian arc of WGS 84 times k0 = 0.9996).
        GridGeometry utm = new GridGeometry(40, 40, 498000, 4652000, 100, 100, 32652);
        Polygon lonLat = box(128.99, 41.99, 129.01, 42.01);
        lonLat.setSRID(4326);

        CoreAreas cores = CoreAreas.fromPolygons(utm, List.of(new CoreArea(1, "", lonLat)));

        assertThat(cores.cellsOf(1)).contains(utm.index(utm.rowOf(4649776), utm.colOf(500000)));
        // 0.02° of longitude at 42°N is about 1.65 km and 0.02° of latitude 2.22 km: roughly 16 x 22 cells.
        assertThat(cores.cellCount(1)).isBetween(300, 420);
    }

    @Test
    void rasterIdsBecomeCoresWithCellGeometries() {
        float[] v = new float[G.cellCount()];
        v[G.index(0, 0)] = 2;
        v[G.index(0, 1)] = 2;
        v[G.index(9, 9)] = Float.NaN;
        CoreAreas cores = CoreAreas.fromRaster(new FloatGrid(G, v));

        assertThat(cores.ids()).containsExactly(2);
        assertThat(cores.geometryOf(2).getArea()).isEqualTo(20_000.0);
        v[G.index(5, 5)] = 1.5f;
        assertThatThrownBy(() -> CoreAreas.fromRaster(new FloatGrid(G, v)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1.5");
    }
}
