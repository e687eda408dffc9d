package org.ecocorridor.server.jobs;

import java.time.Instant;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.ecocorridor.store.SpatialStore;
import org.ecocorridor.store.run.AnalysisRun;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * This instance's share of the job queue: a bounded pool of worker threads that claim {@code accepted}
 * jobs from the database, a heartbeat for the jobs running here, and the sweep that fails jobs whose
 * instance died (stale heartbeat) and deletes their layers.
 *
 * <p>Claiming: the poller claims a job only when a worker is free, so queued jobs stay claimable by other
 * instances. It polls every {@code pollInterval}, and at once when this instance accepted a job.
 *
 * <p>Stopping (a graceful server shutdown): no more claims; jobs running here are told to stop and end
 * failed as interrupted, their layers deleted. Jobs that do not stop within the grace period are left to
 * the other instances' (or the next start's) stale sweep.
 *
 * <p>Thread-safe.
 */
final class JobWorkers implements SmartLifecycle {
    private static final Logger LOG = LoggerFactory.getLogger(JobWorkers.class);

    private final SpatialStore store;
    private final JobRunner runner;
    private final JobProperties properties;
    private final String workerId;
    private final int size;
    private final Semaphore free;
    private final Object signal = new Object();
    private ExecutorService workers;
    private ScheduledExecutorService housekeeping;
    private Thread poller;
    private volatile boolean running;
    private boolean wakeUp;

    JobWorkers(SpatialStore store, JobRunner runner, JobProperties properties, String workerId) {
        this.store = store;
        this.runner = runner;
        this.properties = properties;
        this.workerId = workerId;
        this.size = properties.effectiveWorkers();
        this.free = new Semaphore(size);
    }

    @Override
    public synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        workers = Executors.newFixedThreadPool(size, named("job-worker-"));
        housekeeping = Executors.newSingleThreadScheduledExecutor(named("job-heartbeat-"));
        long beat = properties.heartbeatInterval().toMillis();
        housekeeping.scheduleWithFixedDelay(this::heartbeatAndSweep, 0, beat, TimeUnit.MILLISECONDS);
        poller = named("job-poller-").newThread(this::poll);
        poller.start();
        LOG.info("Job workers started: {} worker(s), instance {}", size, workerId);
    }

    /** Looks for a queued job now (called after this instance accepted one). */
    void wake() {
        synchronized (signal) {
            wakeUp = true;
            signal.notifyAll();
        }
    }

    private void poll() {
        while (running) {
            try {
                claimWhileFree();
                synchronized (signal) {
                    if (!wakeUp && running) {
                        signal.wait(properties.pollInterval().toMillis());
                    }
                    wakeUp = false;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                LOG.warn("Job polling failed (will retry): {}", e.getMessage());
                sleepQuietly(properties.pollInterval().toMillis());
            }
        }
    }

    private void claimWhileFree() throws InterruptedException {
        while (running && free.tryAcquire()) {
            AnalysisRun run;
            try {
                run = store.jobs().claim(workerId).orElse(null);
            } catch (RuntimeException e) {
                free.release();
                throw e;
            }
            if (run == null) {
                free.release();
                return;
            }
            try {
                workers.execute(() -> {
                    try {
                        runner.run(run);
                    } catch (RuntimeException e) {
                        LOG.error("Job {} could not be ended cleanly", run.id(), e);
                    } finally {
                        free.release();
                        wake();
                    }
                });
            } catch (RuntimeException e) {
                free.release();
                throw e;
            }
        }
    }

    private void heartbeatAndSweep() {
        try {
            store.jobs().heartbeat(workerId, runner.activeIds());
            Instant staleBefore = Instant.now().minus(properties.staleAfter());
            for (AnalysisRun stale : store.jobs().failStale(staleBefore, JobRunner.INTERRUPTED)) {
                LOG.warn("Job {} ({}) on instance {} stopped sending heartbeats: failed as interrupted", stale.id(),
                        stale.processId(), stale.worker());
                runner.cleanUpInterrupted(stale);
            }
        } catch (RuntimeException e) {
            LOG.warn("Job heartbeat or sweep failed (will retry): {}", e.getMessage());
        }
    }

    @Override
    public void stop() {
        ExecutorService pool;
        synchronized (this) {
            if (!running) {
                return;
            }
            running = false;
            pool = workers;
        }
        wake();
        runner.stopAll();
        pool.shutdown();
        try {
            if (!pool.awaitTermination(properties.shutdownGrace().toMillis(), TimeUnit.MILLISECONDS)) {
                LOG.warn("Jobs still running at shutdown: {}; the stale sweep will fail them", runner.activeIds());
                pool.shutdownNow();
            }
            poller.join(properties.pollInterval().toMillis() + 1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        housekeeping.shutdownNow();
        LOG.info("Job workers stopped");
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Stop before the web server and the store go (default phase stops last). */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 1000;
    }

    String workerId() {
        return workerId;
    }

    private static ThreadFactory named(String prefix) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, prefix + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    private static void sleepQuietly(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
