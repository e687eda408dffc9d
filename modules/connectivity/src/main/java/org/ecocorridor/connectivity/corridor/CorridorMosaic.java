package org.ecocorridor.connectivity.corridor;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import java.util.function.BooleanSupplier;
import org.ecocorridor.core.grid.FloatGrid;
import org.ecocorridor.core.grid.GridGeometry;

/**
 * The corridor mosaic: per cell the minimum NLCC over all kept links (Linkage Mapper's "lcc mosaic"),
 * and its truncation at the corridor width. Computed by row blocks on the executor; each block writes a
 * disjoint range, and the minimum does not depend on the order of the links, so the result is
 * deterministic.
 *
 * <p>Thread-safe: stateless.
 */
final class CorridorMosaic {
    private static final int ROWS_PER_BLOCK = 256;

    /** One link's inputs to the mosaic. */
    record Term(float[] cwdA, float[] cwdB, double norm) {
    }

    private CorridorMosaic() {
    }

    /** Returns {mosaic, truncated}: NaN where no link reaches; truncated also NaN above {@code width}. */
    static FloatGrid[] build(GridGeometry g, List<Term> terms, double width, Executor executor,
            BooleanSupplier cancelled) {
        float[] mosaic = new float[g.cellCount()];
        float[] truncated = new float[g.cellCount()];
        List<Runnable> blocks = new ArrayList<>();
        for (int start = 0; start < g.rows(); start += ROWS_PER_BLOCK) {
            int from = start * g.cols();
            int to = Math.min(g.rows(), start + ROWS_PER_BLOCK) * g.cols();
            blocks.add(() -> block(from, to, terms, width, mosaic, truncated, cancelled));
        }
        Parallel.run(blocks, executor);
        return new FloatGrid[] {new FloatGrid(g, mosaic), new FloatGrid(g, truncated)};
    }

    private static void block(int from, int to, List<Term> terms, double width, float[] mosaic, float[] truncated,
            BooleanSupplier cancelled) {
        if (cancelled.getAsBoolean()) {
            throw new CancellationException("Cancelled while building the corridor mosaic");
        }
        for (int i = from; i < to; i++) {
            double min = Double.POSITIVE_INFINITY;
            for (Term t : terms) {
                double v = (double) t.cwdA()[i] + t.cwdB()[i] - t.norm();
                if (v < min) {
                    min = v;
                }
            }
            float m = min == Double.POSITIVE_INFINITY ? Float.NaN : (float) min;
            mosaic[i] = m;
            truncated[i] = min <= width ? m : Float.NaN;
        }
    }
}
