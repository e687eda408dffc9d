package org.ecocorridor.core.grid;

import java.util.Objects;
import org.ecocorridor.core.crs.CoordinateTransforms;
import org.ecocorridor.core.crs.GeometryTransform;
import org.ecocorridor.core.progress.ProgressListener;

/**
 * Resamples (and, when the EPSG codes differ, reprojects) a grid onto another grid geometry by
 * inverse mapping: for every target cell the centre (x, y) is transformed into the source CRS and
 * the source is read there with a {@link ResamplingMethod}. Points outside the source grid, or
 * outside the domain of the transformation, give NoData (NaN).
 *
 * <p>CRS handling: both grids are in (east, north) axis order (see {@link CoordinateTransforms});
 * an EPSG code of 0 on either side means "same CRS as the other side" (no transformation).
 *
 * <p>Accuracy: exact evaluation of the chosen interpolant at each transformed centre; the
 * transformation is Apache SIS's, applied to every centre (one batch per row, no grid approximation).
 *
 * <p>Thread-safe: stateless.
 */
public final class GridResampler {

    private GridResampler() {
    }

    /** {@link #resample(FloatGrid, GridGeometry, ResamplingMethod, ProgressListener)} without progress. */
    public static FloatGrid resample(FloatGrid source, GridGeometry target, ResamplingMethod method) {
        return resample(source, target, method, ProgressListener.NONE);
    }

    /**
     * A new grid on {@code target} with values read from {@code source}.
     *
     * @throws IllegalArgumentException when no transformation exists between the two EPSG codes
     * @throws java.util.concurrent.CancellationException when the listener cancels
     */
    public static FloatGrid resample(FloatGrid source, GridGeometry target, ResamplingMethod method,
            ProgressListener listener) {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(method, "method");
        GridGeometry src = source.geometry();
        GeometryTransform toSource = needsTransform(src.epsg(), target.epsg())
                ? CoordinateTransforms.between(target.epsg(), src.epsg())
                : null;
        float[] out = new float[target.cellCount()];
        float[] in = source.values();
        double[] xy = new double[2 * target.cols()];
        for (int row = 0; row < target.rows(); row++) {
            if ((row & 63) == 0) {
                listener.throwIfCancelled();
                listener.progress((double) row / target.rows(), "Resampling");
            }
            centresInSourceCrs(target, row, toSource, xy);
            for (int col = 0; col < target.cols(); col++) {
                double sx = xy[2 * col];
                double sy = xy[2 * col + 1];
                out[target.index(row, col)] = method == ResamplingMethod.NEAREST
                        ? nearest(src, in, sx, sy)
                        : bilinear(src, in, sx, sy);
            }
        }
        listener.progress(1, "Resampled");
        return new FloatGrid(target, out);
    }

    /**
     * The target row's cell centres as interleaved (x, y) in the source CRS: one batch call per row, and
     * point by point (NaN outside the domain) when the batch fails.
     */
    private static void centresInSourceCrs(GridGeometry target, int row, GeometryTransform toSource, double[] xy) {
        double y = target.centreY(row);
        for (int col = 0; col < target.cols(); col++) {
            xy[2 * col] = target.centreX(col);
            xy[2 * col + 1] = y;
        }
        if (toSource == null) {
            return;
        }
        try {
            toSource.applyInPlace(xy, target.cols());
        } catch (IllegalArgumentException batchFailed) {
            for (int col = 0; col < target.cols(); col++) {
                try {
                    double[] p = toSource.apply(target.centreX(col), y);
                    xy[2 * col] = p[0];
                    xy[2 * col + 1] = p[1];
                } catch (IllegalArgumentException outsideDomain) {
                    xy[2 * col] = Double.NaN;
                    xy[2 * col + 1] = Double.NaN;
                }
            }
        }
    }

    private static boolean needsTransform(int sourceEpsg, int targetEpsg) {
        return sourceEpsg != 0 && targetEpsg != 0 && sourceEpsg != targetEpsg;
    }

    static float nearest(GridGeometry g, float[] values, double x, double y) {
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            return Float.NaN;
        }
        int row = g.rowOf(y);
        int col = g.colOf(x);
        return g.contains(row, col) ? values[g.index(row, col)] : Float.NaN;
    }

    static float bilinear(GridGeometry g, float[] values, double x, double y) {
        // Continuous cell coordinates of the point relative to cell centres.
        double u = (x - g.originX()) / g.cellWidth() - 0.5;
        double v = (g.originY() - y) / g.cellHeight() - 0.5;
        if (!(u >= -0.5 && u <= g.cols() - 0.5 && v >= -0.5 && v <= g.rows() - 0.5)) {
            return Float.NaN; // outside the grid, or not finite
        }
        int c0 = (int) Math.floor(u);
        int r0 = (int) Math.floor(v);
        double fx = u - c0;
        double fy = v - r0;
        double sum = 0;
        double weight = 0;
        for (int k = 0; k < 4; k++) {
            int r = r0 + (k >> 1);
            int c = c0 + (k & 1);
            double w = ((k & 1) == 0 ? 1 - fx : fx) * ((k >> 1) == 0 ? 1 - fy : fy);
            if (w == 0 || !g.contains(r, c)) {
                continue;
            }
            float val = values[g.index(r, c)];
            if (!Float.isNaN(val)) {
                sum += w * val;
                weight += w;
            }
        }
        return weight > 0 ? (float) (sum / weight) : Float.NaN;
    }
}
