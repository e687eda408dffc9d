package org.ecocorridor.server.jobs;

import java.time.Duration;
import java.util.Objects;
import java.util.function.LongSupplier;
import org.ecocorridor.core.progress.ProgressListener;
import org.ecocorridor.store.run.JobQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The progress listener of one running job: keeps the latest fraction and message, writes them to the
 * job's row at most once a second (or when the message changes, also appending it to the message log)
 * with an estimate of the time left, and answers {@link #isCancelled()} from a local flag refreshed from
 * the database at most every {@code cancelCheck} (so a dismissal on another instance stops the job too).
 *
 * <p>ETA: with f the fraction done after t seconds of running, the time left is t·(1 − f)/f, given once
 * f > 0.02 (earlier estimates swing too much to be useful).
 *
 * <p>Thread-safe: algorithms may report from several threads.
 */
final class JobProgress implements ProgressListener {
    private static final Logger LOG = LoggerFactory.getLogger(JobProgress.class);
    /** Minimum spacing of progress writes, in nanoseconds (1 s). */
    private static final long WRITE_INTERVAL_NANOS = 1_000_000_000L;
    /** Minimum spacing even for message changes, so that chatty algorithms cannot flood the database. */
    private static final long MESSAGE_INTERVAL_NANOS = 50_000_000L;
    private static final double ETA_MIN_FRACTION = 0.02;

    private final long runId;
    private final JobQueue queue;
    private final long cancelCheckNanos;
    private final LongSupplier clock;
    private final long startNanos;

    private volatile boolean cancelled;
    private volatile boolean stopRequestedLocally;
    private long lastCancelCheck;
    private long lastWrite;
    private double fraction;
    private String message;
    private String lastWrittenMessage;

    JobProgress(long runId, JobQueue queue, Duration cancelCheck, LongSupplier nanoClock) {
        this.runId = runId;
        this.queue = Objects.requireNonNull(queue, "queue");
        this.cancelCheckNanos = cancelCheck.toNanos();
        this.clock = nanoClock;
        this.startNanos = nanoClock.getAsLong();
        this.lastCancelCheck = startNanos;
        this.lastWrite = startNanos - WRITE_INTERVAL_NANOS;
    }

    @Override
    public void progress(double f, String msg) {
        double clamped = Double.isNaN(f) ? 0 : Math.max(0, Math.min(1, f));
        Double eta;
        boolean messageChanged;
        synchronized (this) {
            fraction = Math.max(fraction, clamped); // progress never goes backwards on screen
            message = msg == null ? message : msg;
            long now = clock.getAsLong();
            messageChanged = message != null && !message.equals(lastWrittenMessage);
            boolean due = now - lastWrite >= WRITE_INTERVAL_NANOS
                    || (messageChanged && now - lastWrite >= MESSAGE_INTERVAL_NANOS);
            if (!due) {
                return;
            }
            lastWrite = now;
            lastWrittenMessage = message;
            eta = etaSeconds(fraction, (now - startNanos) / 1e9);
            write(fraction, message, eta, messageChanged);
        }
    }

    /** Estimated seconds left: elapsed·(1 − f)/f once f > 0.02, else null (unknown). */
    static Double etaSeconds(double f, double elapsedSeconds) {
        if (f <= ETA_MIN_FRACTION) {
            return null;
        }
        return elapsedSeconds * (1 - f) / f;
    }

    private void write(double f, String msg, Double eta, boolean logMessage) {
        try {
            queue.progress(runId, f, msg, eta, logMessage);
        } catch (RuntimeException e) {
            // Progress is advisory: a failed write must not fail the analysis.
            LOG.warn("Could not record progress of job {}: {}", runId, e.getMessage());
        }
    }

    @Override
    public boolean isCancelled() {
        if (cancelled || stopRequestedLocally) {
            return true;
        }
        long now = clock.getAsLong();
        boolean check;
        synchronized (this) {
            check = now - lastCancelCheck >= cancelCheckNanos;
            if (check) {
                lastCancelCheck = now;
            }
        }
        if (check) {
            try {
                cancelled = queue.shouldStop(runId);
            } catch (RuntimeException e) {
                LOG.warn("Could not read the cancellation flag of job {}: {}", runId, e.getMessage());
            }
        }
        return cancelled;
    }

    /** Stops the job from this instance (a dismissal received here, or the server shutting down). */
    void stop() {
        stopRequestedLocally = true;
    }

    /** The last reported fraction, 0 to 1. */
    synchronized double fraction() {
        return fraction;
    }
}
