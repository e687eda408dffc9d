package org.ecocorridor.connectivity.costdistance;

import java.util.Arrays;
import java.util.Objects;
import org.locationtech.jts.geom.LineString;

/**
 * A least-cost path traced through a {@link CostDistanceResult}.
 *
 * <p>Immutable (the cell array is copied in and out).
 *
 * @param line         the path through cell centres from the source cell to the target cell, in the
 *                     grid CRS (SRID = grid EPSG code), vertices only where the direction changes; a
 *                     path of one cell is a two-point line of zero length
 * @param cost         accumulated cost at the target (cost units of the search)
 * @param lengthMetres sum of the step lengths along the cells, in CRS units (metres for projected grids)
 * @param sourceCell   row-major index of the source cell the path starts from
 * @param targetCell   row-major index of the target cell
 * @param cells        the cells of the path, source first, target last
 */
public record LeastCostPath(LineString line, double cost, double lengthMetres, int sourceCell, int targetCell,
        int[] cells) {

    public LeastCostPath {
        Objects.requireNonNull(line, "line");
        if (cells.length == 0 || cells[0] != sourceCell || cells[cells.length - 1] != targetCell) {
            throw new IllegalArgumentException("cells must run from sourceCell " + sourceCell + " to targetCell "
                    + targetCell);
        }
        cells = cells.clone();
    }

    /** The cells of the path, source first (a copy). */
    @Override
    public int[] cells() {
        return cells.clone();
    }

    /** Number of cells on the path. */
    public int cellCount() {
        return cells.length;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LeastCostPath p && line.equalsExact(p.line) && Double.compare(cost, p.cost) == 0
                && Double.compare(lengthMetres, p.lengthMetres) == 0 && sourceCell == p.sourceCell
                && targetCell == p.targetCell && Arrays.equals(cells, p.cells);
    }

    @Override
    public int hashCode() {
        return Objects.hash(cost, lengthMetres, sourceCell, targetCell, Arrays.hashCode(cells));
    }

    @Override
    public String toString() {
        return "LeastCostPath[cost=" + cost + ", lengthMetres=" + lengthMetres + ", sourceCell=" + sourceCell
                + ", targetCell=" + targetCell + ", cells=" + cells.length + "]";
    }
}
