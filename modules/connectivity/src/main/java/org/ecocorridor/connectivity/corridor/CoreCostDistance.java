package org.ecocorridor.connectivity.corridor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.ecocorridor.connectivity.costdistance.CostDistance;
import org.ecocorridor.connectivity.costdistance.CostDistanceOptions;
import org.ecocorridor.connectivity.costdistance.CostDistanceResult;
import org.ecocorridor.connectivity.costdistance.LeastCostPath;
import org.ecocorridor.connectivity.costdistance.LeastCostPaths;
import org.ecocorridor.core.grid.FloatGrid;
import org.ecocorridor.core.progress.ProgressListener;

/**
 * Linkage Mapper step 3 for one core A: the cost-weighted distance (CWD) surface from all of A's
 * passable cells, and for each link A–B with A &lt; B its least-cost distance
 * LCD = min<sub>b ∈ B</sub> CWD_A(b), the least-cost path traced back from that cell b (the lowest cell
 * index on ties, like ArcGIS Cost Path "best single"), and whether that path crosses a third core.
 *
 * <p>Thread-safe: stateless; one call per core may run in parallel.
 */
final class CoreCostDistance {

    /** One link's measurements; {@code path} is null when B is unreachable. */
    record Measurement(int linkIndex, double cwd, LeastCostPath path, boolean crossesOtherCore) {
    }

    /** A core's CWD surface (float, NaN = unreached; null when the core has no passable cell) and its links. */
    record Result(int coreId, float[] cwd, List<Measurement> measurements) {
    }

    private CoreCostDistance() {
    }

    static Result measure(FloatGrid resistance, CoreAreas cores, int coreId, List<Integer> linkIndexes,
            List<CandidateLink> links, CostDistanceOptions options, ProgressListener cancelOnly) {
        float[] r = resistance.values();
        int[] sources = Arrays.stream(cores.cellsOf(coreId)).filter(c -> !Float.isNaN(r[c])).toArray();
        List<Measurement> out = new ArrayList<>();
        if (sources.length == 0) {
            for (int index : linkIndexes) {
                out.add(new Measurement(index, Double.POSITIVE_INFINITY, null, false));
            }
            return new Result(coreId, null, out);
        }
        CostDistanceResult cd = CostDistance.compute(resistance, sources, options, cancelOnly);
        for (int index : linkIndexes) {
            cancelOnly.throwIfCancelled();
            CandidateLink link = links.get(index);
            int target = -1;
            double lcd = Double.POSITIVE_INFINITY;
            for (int b : cores.cellsOf(link.coreB())) {
                double c = cd.costAt(b);
                if (c < lcd) {
                    lcd = c; // cells ascend, so ties keep the lowest index
                    target = b;
                }
            }
            if (target < 0) {
                out.add(new Measurement(index, Double.POSITIVE_INFINITY, null, false));
                continue;
            }
            LeastCostPath path = LeastCostPaths.trace(cd, target).orElseThrow();
            boolean crosses = false;
            for (int cell : path.cells()) {
                int owner = cores.coreAt(cell);
                if (owner != 0 && owner != link.coreA() && owner != link.coreB()) {
                    crosses = true;
                    break;
                }
            }
            out.add(new Measurement(index, lcd, path, crosses));
        }
        return new Result(coreId, cd.accumulatedCost().values(), out);
    }
}
