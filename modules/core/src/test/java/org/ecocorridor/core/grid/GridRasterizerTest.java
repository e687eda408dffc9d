package org.ecocorridor.core.grid;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.Random;
import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.geom.Polygon;
import org.junit.jupiter.api.Test;

class GridRasterizerTest {
    private static final GeometryFactory GF = new GeometryFactory();
    /** 20 x 20 unit cells, x in [0, 20], y in [0, 20]; cell (r, c) has centre (c + 0.5, 19.5 - r). */
    private static final GridGeometry GRID = new GridGeometry(20, 20, 0, 20, 1, 1, 0);

    private static Polygon box(double x0, double y0, double x1, double y1) {
        return GF.createPolygon(new Coordinate[] {new Coordinate(x0, y0), new Coordinate(x1, y0),
            new Coordinate(x1, y1), new Coordinate(x0, y1), new Coordinate(x0, y0)});
    }

    private static LineString line(double... xy) {
        Coordinate[] c = new Coordinate[xy.length / 2];
        for (int i = 0; i < c.length; i++) {
            c[i] = new Coordinate(xy[2 * i], xy[2 * i + 1]);
        }
        return GF.createLineString(c);
    }

    @Test
    void polygonCoversCellsWhoseCentreIsInside() {
        // x in [2, 5] holds centres 2.5, 3.5, 4.5 (cols 2-4); y in [12, 16] holds centres 12.5..15.5,
        // i.e. rows 4-7 (19.5 - r): 3 x 4 = 12 cells.
        CellMask mask = GridRasterizer.polygons(GRID, box(2, 12, 5, 16));

        assertThat(mask.cardinality()).isEqualTo(12);
        for (int r = 4; r <= 7; r++) {
            for (int c = 2; c <= 4; c++) {
                assertThat(mask.contains(r, c)).as("cell %d,%d", r, c).isTrue();
            }
        }
    }

    @Test
    void polygonHoleIsExcluded() {
        Polygon withHole = GF.createPolygon(box(0, 0, 20, 20).getExteriorRing(),
                new org.locationtech.jts.geom.LinearRing[] {box(5, 5, 9, 9).getExteriorRing()});

        CellMask mask = GridRasterizer.polygons(GRID, withHole);

        // 400 cells minus the 4 x 4 cells with centres in the hole.
        assertThat(mask.cardinality()).isEqualTo(400 - 16);
        assertThat(mask.contains(GRID.rowOf(7), GRID.colOf(7))).isFalse();
    }

    @Test
    void polygonMatchesJtsPointInPolygonOnRandomShapes() {
        Random random = new Random(42);
        for (int trial = 0; trial < 30; trial++) {
            Geometry shape = randomStar(random);
            CellMask mask = GridRasterizer.polygons(GRID, shape);
            IndexedPointInAreaLocator locator = new IndexedPointInAreaLocator(shape);
            for (int r = 0; r < 20; r++) {
                for (int c = 0; c < 20; c++) {
                    int loc = locator.locate(new Coordinate(GRID.centreX(c), GRID.centreY(r)));
                    if (loc != Location.BOUNDARY) {
                        assertThat(mask.contains(r, c)).as("trial %d cell %d,%d", trial, r, c)
                                .isEqualTo(loc == Location.INTERIOR);
                    }
                }
            }
        }
    }

    private static Geometry randomStar(Random random) {
        int n = 5 + random.nextInt(20);
        Coordinate[] ring = new Coordinate[n + 1];
        double cx = 4 + random.nextDouble() * 12;
        double cy = 4 + random.nextDouble() * 12;
        for (int i = 0; i < n; i++) {
            double angle = 2 * Math.PI * i / n;
            double radius = 1 + random.nextDouble() * 12;
            ring[i] = new Coordinate(cx + radius * Math.cos(angle), cy + radius * Math.sin(angle));
        }
        ring[n] = ring[0];
        return GF.createPolygon(ring);
    }

    @Test
    void overlappingMultiPolygonPartsAreUnitedNotCancelled() {
        Geometry multi = GF.createMultiPolygon(new Polygon[] {box(0, 0, 4, 4), box(2, 2, 6, 6)});

        CellMask mask = GridRasterizer.polygons(GRID, multi);

        // 16 + 16 - 4 overlapping centres.
        assertThat(mask.cardinality()).isEqualTo(28);
    }

    @Test
    void thinDiagonalLineBlocksEightConnectedMovement() {
        // Rising lines separate the top-left corner cell (0, 0) from the bottom-right one (19, 19).
        for (LineString barrier : new LineString[] {
            line(0, 0, 20, 20),         // through cell corners exactly
            line(0.3, -1, 19.7, 21.3),  // steep, never through corners
            line(-1, 3.1, 21, 17.77),   // shallow
            line(0, 0.5, 10, 10.5, 19.5, 20)
        }) {
            assertSeparates(GridRasterizer.lines(GRID, barrier, 0), 0, 0, 19, 19, barrier);
        }
        // Falling lines separate (19, 0) bottom-left from (0, 19) top-right.
        for (LineString barrier : new LineString[] {
            line(0, 20, 20, 0),
            line(0, 20, 7.3, 11.1, 20, 0.4)
        }) {
            assertSeparates(GridRasterizer.lines(GRID, barrier, 0), 19, 0, 0, 19, barrier);
        }
    }

    private static void assertSeparates(CellMask mask, int r0, int c0, int r1, int c1, LineString barrier) {
        assertThat(mask.contains(r0, c0) || mask.contains(r1, c1)).as("test cells on %s", barrier).isFalse();
        assertThat(reachable8(mask, r0, c0, r1, c1)).as("%s leaks", barrier).isFalse();
        // Control: without the barrier the two cells are connected.
        assertThat(reachable8(new CellMask(GRID), r0, c0, r1, c1)).isTrue();
    }

    @Test
    void lineCoversEveryCellItsInteriorCrosses() {
        Random random = new Random(7);
        for (int trial = 0; trial < 50; trial++) {
            LineString l = line(random.nextDouble() * 24 - 2, random.nextDouble() * 24 - 2,
                    random.nextDouble() * 24 - 2, random.nextDouble() * 24 - 2);
            CellMask mask = GridRasterizer.lines(GRID, l, 0);
            for (int r = 0; r < 20; r++) {
                for (int c = 0; c < 20; c++) {
                    Polygon cell = box(c, 19 - r, c + 1, 20 - r);
                    if (cell.relate(l, "T********")) {
                        assertThat(mask.contains(r, c)).as("trial %d cell %d,%d", trial, r, c).isTrue();
                    }
                }
            }
        }
    }

    @Test
    void lineWidthAddsCellsWithinHalfTheWidth() {
        Random random = new Random(11);
        for (int trial = 0; trial < 40; trial++) {
            LineString l = line(random.nextDouble() * 20, random.nextDouble() * 20,
                    random.nextDouble() * 20, random.nextDouble() * 20);
            double width = random.nextDouble() * 6;
            CellMask mask = GridRasterizer.lines(GRID, l, width);
            CellMask thin = GridRasterizer.lines(GRID, l, 0);
            for (int r = 0; r < 20; r++) {
                for (int c = 0; c < 20; c++) {
                    double d = l.distance(GF.createPoint(new Coordinate(GRID.centreX(c), GRID.centreY(r))));
                    if (Math.abs(d - width / 2) < 1e-9) {
                        continue; // on the capsule boundary: rounding decides
                    }
                    boolean expected = d < width / 2 || thin.contains(r, c);
                    assertThat(mask.contains(r, c)).as("trial %d cell %d,%d d=%f", trial, r, c, d).isEqualTo(expected);
                }
            }
        }
    }

    @Test
    void pointWithWidthCoversItsCellAndTheDisc() {
        // Point (10.2, 10.2), width 3 (radius 1.5). Centre offsets: x or y = 8.5 -> 1.7 (too far), 9.5 -> 0.7,
        // 10.5 -> 0.3, 11.5 -> 1.3. Of the 3 x 3 centres {9.5, 10.5, 11.5}^2 only (11.5, 11.5) is beyond
        // 1.5 (sqrt(1.3^2 + 1.3^2) = 1.84); (9.5, 11.5) is 1.48 away. So 8 cells, including the point's own.
        CellMask mask = GridRasterizer.rasterize(GRID, GF.createPoint(new Coordinate(10.2, 10.2)), 3);

        assertThat(mask.cardinality()).isEqualTo(8);
        assertThat(mask.contains(GRID.rowOf(11.5), GRID.colOf(11.5))).isFalse();
    }

    /** Independent 8-connected flood fill over the cells not in the mask. */
    private static boolean reachable8(CellMask blocked, int r0, int c0, int r1, int c1) {
        boolean[] seen = new boolean[GRID.cellCount()];
        ArrayDeque<int[]> queue = new ArrayDeque<>();
        if (blocked.contains(r0, c0)) {
            return false;
        }
        queue.add(new int[] {r0, c0});
        seen[GRID.index(r0, c0)] = true;
        while (!queue.isEmpty()) {
            int[] p = queue.poll();
            if (p[0] == r1 && p[1] == c1) {
                return true;
            }
            for (int dr = -1; dr <= 1; dr++) {
                for (int dc = -1; dc <= 1; dc++) {
                    int r = p[0] + dr;
                    int c = p[1] + dc;
                    if (GRID.contains(r, c) && !seen[GRID.index(r, c)] && !blocked.contains(r, c)) {
                        seen[GRID.index(r, c)] = true;
                        queue.add(new int[] {r, c});
                    }
                }
            }
        }
        return false;
    }
}
