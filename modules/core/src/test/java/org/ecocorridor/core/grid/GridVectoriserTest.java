package org.ecocorridor.core.grid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import org.junit.jupiter.api.Test;

class GridVectoriserTest {
    private static final GeometryFactory GF = new GeometryFactory();
    /** 30 m cells, origin (1000, 2000), 8 x 6 cells. */
    private static final GridGeometry GRID = new GridGeometry(8, 6, 1000, 2000, 30, 30, 32652);

    private static CellMask mask(int[][] cells) {
        CellMask m = new CellMask(GRID);
        for (int[] rc : cells) {
            m.add(GRID.index(rc[0], rc[1]));
        }
        return m;
    }

    @Test
    void singleCellBecomesItsSquare() {
        Geometry g = GridVectoriser.toPolygons(mask(new int[][] {{2, 3}}), GF);

        // Cell (2, 3): x in [1000 + 3*30, 1000 + 4*30] = [1090, 1120], y in [2000 - 3*30, 2000 - 2*30] = [1910, 1940].
        assertThat(g.getEnvelopeInternal()).isEqualTo(new Envelope(1090, 1120, 1910, 1940));
        assertThat(g.getArea()).isEqualTo(900.0);
        assertThat(g.getSRID()).isEqualTo(32652);
    }

    @Test
    void ringOfCellsKeepsItsHole() {
        CellMask m = new CellMask(GRID);
        for (int r = 1; r <= 3; r++) {
            m.addRun(r, 1, 3);
        }
        m = without(m, GRID.index(2, 2));

        Geometry g = GridVectoriser.toPolygons(m, GF);

        assertThat(g).isInstanceOf(Polygon.class);
        assertThat(((Polygon) g).getNumInteriorRing()).isEqualTo(1);
        assertThat(g.getArea()).isEqualTo(8 * 900.0);
        assertThat(g.isValid()).isTrue();
    }

    @Test
    void cellsTouchingAtACornerAreSeparateParts() {
        Geometry g = GridVectoriser.toPolygons(mask(new int[][] {{0, 0}, {1, 1}}), GF);

        assertThat(g).isInstanceOf(MultiPolygon.class);
        assertThat(g.getNumGeometries()).isEqualTo(2);
        assertThat(g.isValid()).isTrue();
    }

    @Test
    void emptyMaskGivesEmptyPolygon() {
        assertThat(GridVectoriser.toPolygons(new CellMask(GRID), GF).isEmpty()).isTrue();
    }

    @Test
    void randomMasksKeepAreaAndRasteriseBackToTheSameCells() {
        Random random = new Random(3);
        for (int trial = 0; trial < 40; trial++) {
            CellMask m = new CellMask(GRID);
            double density = random.nextDouble();
            for (int i = 0; i < GRID.cellCount(); i++) {
                if (random.nextDouble() < density) {
                    m.add(i);
                }
            }

            Geometry g = GridVectoriser.toPolygons(m, GF);

            // Area = cell count x 900 m^2 (closed form); centre-in-polygon recovers exactly the mask.
            assertThat(g.getArea()).isCloseTo(m.cardinality() * 900.0, within(1e-6));
            assertThat(g.isValid()).as("trial %d", trial).isTrue();
            CellMask back = GridRasterizer.polygons(GRID, g);
            assertThat(back.toIndexArray()).as("trial %d", trial).containsExactly(m.toIndexArray());
        }
    }

    private static CellMask without(CellMask m, int index) {
        CellMask out = new CellMask(GRID);
        m.forEach(i -> {
            if (i != index) {
                out.add(i);
            }
        });
        return out;
    }
}
