package org.ecocorridor.ogc.wms;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.ecocorridor.ogc.exception.ExceptionCodes;
import org.ecocorridor.ogc.exception.OgcException;

/**
 * Runs renders on a bounded pool with a time limit, so that load is shed instead of exhausting
 * memory: the server gives an executor with a fixed number of threads and a bounded queue that
 * rejects work when full. A rejected render answers HTTP 503 ("busy, retry"); one that has not
 * finished within the timeout (queue wait included) is interrupted (feature reads stop at the next
 * row, see {@link MapComposer}) and answers 503 too.
 *
 * <p>Thread-safe.
 */
public final class RenderGate {
    private final ExecutorService executor;
    private final Duration timeout;

    /** @param executor bounded pool, or null to render on the calling thread (tests, CLI) */
    public RenderGate(ExecutorService executor, Duration timeout) {
        this.executor = executor;
        this.timeout = Objects.requireNonNull(timeout, "timeout");
    }

    /** Renders on the calling thread without limits. */
    public static RenderGate inline() {
        return new RenderGate(null, Duration.ofDays(1));
    }

    /**
     * Runs the work and returns its result.
     *
     * @throws OgcException 503 when the pool is full or the time limit passes; the work's own
     *                      {@link OgcException}s and runtime exceptions pass through
     */
    public <T> T call(Callable<T> work) {
        if (executor == null) {
            return callHere(work);
        }
        Future<T> future;
        try {
            future = executor.submit(work);
        } catch (RejectedExecutionException e) {
            throw new OgcException(ExceptionCodes.NO_APPLICABLE_CODE, null,
                    "The server is busy rendering other maps; retry shortly", 503, e);
        }
        try {
            return future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException | CancellationException e) {
            future.cancel(true);
            throw new OgcException(ExceptionCodes.NO_APPLICABLE_CODE, null, "Rendering took longer than the limit of "
                    + timeout.toMillis() / 1000.0 + " s; request a smaller area or fewer layers", 503, e);
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new OgcException(ExceptionCodes.NO_APPLICABLE_CODE, null, "Rendering was interrupted", 503, e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException("Rendering failed: " + cause, cause);
        }
    }

    private static <T> T callHere(Callable<T> work) {
        try {
            return work.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("Rendering failed: " + e.getMessage(), e);
        }
    }
}
