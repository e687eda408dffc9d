package org.ecocorridor.ogc.render;

import java.util.ArrayList;
import java.util.List;

/**
 * Axis-aligned boxes of placed labels in a uniform grid of {@value #CELL_PX}-pixel buckets, for
 * "does this box hit an earlier label?" in time proportional to the labels nearby.
 *
 * <p>Not thread-safe; one per render.
 */
final class LabelIndex {
    static final int CELL_PX = 64;

    private final double originX;
    private final double originY;
    private final int cols;
    private final int rows;
    private final List<List<double[]>> buckets;

    /** An index over [minX, maxX] × [minY, maxY] pixels (boxes outside go to the border buckets). */
    LabelIndex(double minX, double minY, double maxX, double maxY) {
        this.originX = minX;
        this.originY = minY;
        this.cols = (int) Math.max(1, Math.min(4096, Math.ceil((maxX - minX) / CELL_PX)));
        this.rows = (int) Math.max(1, Math.min(4096, Math.ceil((maxY - minY) / CELL_PX)));
        this.buckets = new ArrayList<>(cols * rows);
        for (int i = 0; i < cols * rows; i++) {
            buckets.add(null);
        }
    }

    /** Whether the box (minX, minY, maxX, maxY) intersects a stored box (touching edges do not count). */
    boolean intersects(double minX, double minY, double maxX, double maxY) {
        for (int r = row(minY); r <= row(maxY); r++) {
            for (int c = col(minX); c <= col(maxX); c++) {
                List<double[]> bucket = buckets.get(r * cols + c);
                if (bucket == null) {
                    continue;
                }
                for (double[] b : bucket) {
                    if (minX < b[2] && maxX > b[0] && minY < b[3] && maxY > b[1]) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    void insert(double minX, double minY, double maxX, double maxY) {
        double[] box = {minX, minY, maxX, maxY};
        for (int r = row(minY); r <= row(maxY); r++) {
            for (int c = col(minX); c <= col(maxX); c++) {
                int i = r * cols + c;
                if (buckets.get(i) == null) {
                    buckets.set(i, new ArrayList<>(4));
                }
                buckets.get(i).add(box);
            }
        }
    }

    private int col(double x) {
        return Math.max(0, Math.min(cols - 1, (int) Math.floor((x - originX) / CELL_PX)));
    }

    private int row(double y) {
        return Math.max(0, Math.min(rows - 1, (int) Math.floor((y - originY) / CELL_PX)));
    }
}
