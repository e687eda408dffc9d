package org.ecocorridor.core.progress;

import java.util.concurrent.CancellationException;

/**
 * Receives progress reports from a long-running algorithm and tells it whether to stop.
 *
 * <p>Algorithms call {@link #progress(double, String)} with a fraction in [0, 1] at a coarse
 * granularity (typically every few tens of thousands of cells, never per cell) and call
 * {@link #throwIfCancelled()} at the same points, so that a cancelled job stops within a fraction of
 * a second and leaves no partial result behind (a {@link CancellationException} propagates).
 *
 * <p>Thread safety: implementations passed to parallel algorithms (for example the corridor
 * pipeline, which runs links on an injected executor) are called from several threads and must be
 * thread-safe. {@link #NONE} is.
 */
@FunctionalInterface
public interface ProgressListener {

    /** Ignores reports and is never cancelled. */
    ProgressListener NONE = (fraction, message) -> { };

    /**
     * Reports progress.
     *
     * @param fraction fraction done, 0 to 1 (values outside are clamped by well-behaved listeners)
     * @param message  short human-readable description of the current step, never null
     */
    void progress(double fraction, String message);

    /** Whether the caller asked the algorithm to stop. Default: never. */
    default boolean isCancelled() {
        return false;
    }

    /**
     * Throws a {@link CancellationException} if {@link #isCancelled()}.
     *
     * @throws CancellationException when the job was cancelled
     */
    default void throwIfCancelled() {
        if (isCancelled()) {
            throw new CancellationException("Cancelled by the progress listener");
        }
    }

    /**
     * A listener for one step of a larger job: its fraction f in [0, 1] is reported to this listener
     * as {@code start + f·(end − start)}; cancellation is delegated.
     *
     * @param start fraction of the whole job where the step starts, 0 ≤ start ≤ end ≤ 1
     * @param end   fraction of the whole job where the step ends
     */
    default ProgressListener range(double start, double end) {
        if (!(start >= 0 && start <= end && end <= 1)) {
            throw new IllegalArgumentException("Progress range must satisfy 0 <= start <= end <= 1, got ["
                    + start + ", " + end + "]");
        }
        ProgressListener parent = this;
        return new ProgressListener() {
            @Override
            public void progress(double fraction, String message) {
                double f = Math.max(0, Math.min(1, fraction));
                parent.progress(start + f * (end - start), message);
            }

            @Override
            public boolean isCancelled() {
                return parent.isCancelled();
            }
        };
    }
}
