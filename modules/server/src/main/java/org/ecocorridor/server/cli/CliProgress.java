package org.ecocorridor.server.cli;

import java.io.PrintWriter;
import org.ecocorridor.core.progress.ProgressListener;

/**
 * Prints a job's progress to standard error, at most once per 5 % step, with the elapsed time and an
 * estimate of the time left (linear extrapolation of the elapsed time). Thread-safe.
 */
final class CliProgress implements ProgressListener {
    private final PrintWriter err;
    private final long startNanos = System.nanoTime();
    private int lastStep = -1;

    CliProgress(PrintWriter err) {
        this.err = err;
    }

    @Override
    public synchronized void progress(double fraction, String message) {
        double f = Math.max(0, Math.min(1, fraction));
        int step = (int) (f * 20);
        if (step <= lastStep) {
            return;
        }
        lastStep = step;
        double elapsed = (System.nanoTime() - startNanos) / 1e9;
        String eta = f > 0.02 && f < 1 ? String.format(", about %.0f s left", elapsed * (1 - f) / f) : "";
        err.printf("%3.0f%%  %s  (%.1f s%s)%n", f * 100, message, elapsed, eta);
        err.flush();
    }
}
