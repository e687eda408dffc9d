package org.ecocorridor.connectivity.costdistance;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.ecocorridor.core.grid.FloatGrid;
import org.ecocorridor.core.grid.GridGeometry;
import org.ecocorridor.core.progress.ProgressListener;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;

/**
 * Least-cost paths: tracing the back directions of a {@link CostDistanceResult} from a target cell to
 * its nearest source (like ArcGIS Cost Path, "best single" path), and the cheapest path between two
 * sets of cells.
 *
 * <p>Thread-safe: stateless.
 */
public final class LeastCostPaths {

    private LeastCostPaths() {
    }

    /**
     * The least-cost path from the nearest source to {@code targetCell}.
     *
     * @return empty when the target was not reached
     */
    public static Optional<LeastCostPath> trace(CostDistanceResult result, int targetCell) {
        GridGeometry g = result.geometry();
        if (targetCell < 0 || targetCell >= g.cellCount()) {
            throw new IllegalArgumentException("Target cell index must be in [0, " + g.cellCount() + "), got "
                    + targetCell);
        }
        if (!result.isReached(targetCell)) {
            return Optional.empty();
        }
        int[] reversed = new int[64];
        int count = 0;
        for (int c = targetCell; c >= 0; c = result.predecessorOf(c)) {
            if (count == reversed.length) {
                if (count >= g.cellCount()) {
                    throw new IllegalStateException("Back directions form a cycle at cell " + c);
                }
                reversed = Arrays.copyOf(reversed, Math.min(g.cellCount() + 1, 2 * count));
            }
            reversed[count++] = c;
        }
        int[] cells = new int[count];
        for (int i = 0; i < count; i++) {
            cells[i] = reversed[count - 1 - i];
        }
        return Optional.of(toPath(g, cells, result.costAt(targetCell)));
    }

    /**
     * The cheapest path from any cell of {@code fromCells} to any cell of {@code toCells}: one cost
     * distance search from {@code fromCells}, then the reached target with the lowest cost (lowest cell
     * index on ties) is traced back.
     *
     * @return empty when no target cell is reachable
     */
    public static Optional<LeastCostPath> between(FloatGrid resistance, int[] fromCells, int[] toCells,
            CostDistanceOptions options, ProgressListener listener) {
        Objects.requireNonNull(toCells, "toCells");
        CostDistanceResult result = CostDistance.compute(resistance, fromCells, options, listener);
        int best = -1;
        double bestCost = Double.POSITIVE_INFINITY;
        for (int c : toCells) {
            double cost = result.costAt(c);
            if (cost < bestCost || (cost == bestCost && best >= 0 && c < best)) {
                best = c;
                bestCost = cost;
            }
        }
        return best < 0 ? Optional.empty() : trace(result, best);
    }

    /** Builds the path record: line through centres with vertices at direction changes, map length. */
    static LeastCostPath toPath(GridGeometry g, int[] cells, double cost) {
        GeometryFactory factory = new GeometryFactory(new PrecisionModel(), g.epsg());
        List<Coordinate> vertices = new ArrayList<>();
        double length = 0;
        int prevDr = 0;
        int prevDc = 0;
        vertices.add(centre(g, cells[0]));
        for (int i = 1; i < cells.length; i++) {
            int dr = g.rowOfIndex(cells[i]) - g.rowOfIndex(cells[i - 1]);
            int dc = g.colOfIndex(cells[i]) - g.colOfIndex(cells[i - 1]);
            length += Math.hypot(dc * g.cellWidth(), dr * g.cellHeight());
            if (i > 1 && (dr != prevDr || dc != prevDc)) {
                vertices.add(centre(g, cells[i - 1]));
            }
            prevDr = dr;
            prevDc = dc;
        }
        vertices.add(centre(g, cells[cells.length - 1]));
        var line = factory.createLineString(vertices.toArray(Coordinate[]::new));
        return new LeastCostPath(line, cost, length, cells[0], cells[cells.length - 1], cells);
    }

    private static Coordinate centre(GridGeometry g, int cell) {
        return new Coordinate(g.centreX(g.colOfIndex(cell)), g.centreY(g.rowOfIndex(cell)));
    }
}
