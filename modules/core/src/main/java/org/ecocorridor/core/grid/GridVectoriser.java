package org.ecocorridor.core.grid;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.union.CascadedPolygonUnion;

/**
 * Turns a set of cells into polygons covering exactly those cells (the union of their squares).
 *
 * <h2>Algorithm</h2>
 * Each row of the mask is split into maximal runs of consecutive cells; a run is extended downwards
 * while the rows below have a run with the same column range, giving axis-aligned rectangles. The
 * rectangles are unioned with JTS {@link CascadedPolygonUnion} (OverlayNG). Rectangle corners are
 * computed with the same expressions as {@link GridGeometry} cell bounds
 * (x₀ + c·w, y₀ − r·h), so shared edges are bit-identical and the union is exact: the area equals
 * cells × w × h up to floating-point rounding, holes are preserved, and cells touching only at a
 * corner become separate parts of a MultiPolygon.
 *
 * <p>Cost: O(cells) to find runs plus the union of the rectangles (typically a few thousand for
 * corridor-sized masks).
 *
 * <p>Thread-safe: stateless (the factory is only read).
 */
public final class GridVectoriser {

    private GridVectoriser() {
    }

    /**
     * Polygon(s) covering the cells of the mask, SRID set to the grid's EPSG code; an empty
     * polygon for an empty mask.
     */
    public static Geometry toPolygons(CellMask mask, GeometryFactory factory) {
        GridGeometry g = mask.geometry();
        List<Geometry> rectangles = new ArrayList<>();
        int cols = g.cols();
        int[] openFrom = new int[0];
        int[] openTo = new int[0];
        int[] openTop = new int[0];
        for (int row = 0; row <= g.rows(); row++) {
            int[][] runs = row < g.rows() ? runsOf(mask, row, cols) : new int[][] {{}, {}};
            int[] runFrom = runs[0];
            int[] runTo = runs[1];
            int[] nextTop = new int[runFrom.length];
            // A run continues an open rectangle when the column range is identical (both lists are sorted).
            int j = 0;
            for (int i = 0; i < openFrom.length; i++) {
                while (j < runFrom.length && runFrom[j] < openFrom[i]) {
                    j++;
                }
                boolean continues = j < runFrom.length && runFrom[j] == openFrom[i] && runTo[j] == openTo[i];
                if (continues) {
                    nextTop[j] = openTop[i] + 1; // marker: stored as top+1 to distinguish from 0
                } else {
                    rectangles.add(rectangle(factory, g, openTop[i], row, openFrom[i], openTo[i]));
                }
            }
            for (int k = 0; k < runFrom.length; k++) {
                nextTop[k] = nextTop[k] == 0 ? row : nextTop[k] - 1;
            }
            openFrom = runFrom;
            openTo = runTo;
            openTop = nextTop;
        }
        Geometry result = rectangles.isEmpty()
                ? factory.createPolygon()
                : CascadedPolygonUnion.union(rectangles);
        result.setSRID(g.epsg());
        return result;
    }

    private static int[][] runsOf(CellMask mask, int row, int cols) {
        int base = row * cols;
        int[] from = new int[8];
        int[] to = new int[8];
        int n = 0;
        int c = mask.nextCell(base);
        while (c >= 0 && c < base + cols) {
            int start = c - base;
            int end = start;
            while (end + 1 < cols && mask.contains(base + end + 1)) {
                end++;
            }
            if (n == from.length) {
                from = Arrays.copyOf(from, n * 2);
                to = Arrays.copyOf(to, n * 2);
            }
            from[n] = start;
            to[n] = end;
            n++;
            c = mask.nextCell(base + end + 1);
        }
        return new int[][] {Arrays.copyOf(from, n), Arrays.copyOf(to, n)};
    }

    /** Rectangle of rows [topRow, bottomRowExclusive) and columns [fromCol, toCol]. */
    private static Polygon rectangle(GeometryFactory f, GridGeometry g, int topRow, int bottomRowExclusive,
            int fromCol, int toCol) {
        double x0 = g.originX() + fromCol * g.cellWidth();
        double x1 = g.originX() + (toCol + 1) * g.cellWidth();
        double yTop = g.originY() - topRow * g.cellHeight();
        double yBottom = g.originY() - bottomRowExclusive * g.cellHeight();
        return f.createPolygon(new Coordinate[] {
            new Coordinate(x0, yTop), new Coordinate(x1, yTop), new Coordinate(x1, yBottom),
            new Coordinate(x0, yBottom), new Coordinate(x0, yTop)});
    }
}
