package org.ecocorridor.store.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.ecocorridor.store.SpatialStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The durable job queue on both stores: exactly-once claiming under contention, the stale-heartbeat sweep,
 * dismissal and the cancellation flag, compare-and-set endings. Subclasses open a fresh store.
 */
abstract class JobQueueContractTest {
    SpatialStore store;

    abstract SpatialStore openStore() throws Exception;

    void cleanUp() throws Exception {
    }

    @BeforeEach
    void open() throws Exception {
        store = openStore();
    }

    @AfterEach
    void close() throws Exception {
        store.close();
        cleanUp();
    }

    @Test
    void concurrentClaimersNeverGetTheSameJob() throws Exception {
        int jobs = 60;
        int claimers = 6;
        for (int i = 0; i < jobs; i++) {
            store.jobs().submit("count", "{}", "alice", false, null);
        }
        Map<Long, String> claimedBy = new ConcurrentHashMap<>();
        AtomicInteger duplicates = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(claimers);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int w = 0; w < claimers; w++) {
                String worker = "worker-" + w;
                done.add(pool.submit(() -> {
                    start.await();
                    for (AnalysisRun r = store.jobs().claim(worker).orElse(null); r != null;
                            r = store.jobs().claim(worker).orElse(null)) {
                        assertThat(r.status()).isEqualTo(RunStatus.RUNNING);
                        assertThat(r.worker()).isEqualTo(worker);
                        if (claimedBy.putIfAbsent(r.id(), worker) != null) {
                            duplicates.incrementAndGet();
                        }
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> f : done) {
                f.get(2, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }
        // Every job claimed once, by exactly one worker, and the row names that worker.
        assertThat(duplicates.get()).isZero();
        assertThat(claimedBy).hasSize(jobs);
        claimedBy.forEach((id, worker) -> assertThat(store.runs().get(id).orElseThrow().worker()).isEqualTo(worker));
        assertThat(store.jobs().claim("late")).isEmpty();
    }

    @Test
    void claimsTheOldestAcceptedJobFirst() {
        long first = store.jobs().submit("count", "{}", "alice", false, null);
        long second = store.jobs().submit("count", "{}", "alice", false, null);
        long sync = store.jobs().submit("count", "{}", "alice", false, "here"); // already running: not queued
        assertThat(store.runs().get(sync).orElseThrow().status()).isEqualTo(RunStatus.RUNNING);
        assertThat(store.jobs().claim("w").orElseThrow().id()).isEqualTo(first);
        assertThat(store.jobs().claim("w").orElseThrow().id()).isEqualTo(second);
        assertThat(store.jobs().claim("w")).isEmpty();
    }

    @Test
    void staleRunningJobsFailWithTheReasonAndLiveOnesStay() throws Exception {
        long dead = store.jobs().submit("count", "{}", "alice", false, null);
        long live = store.jobs().submit("count", "{}", "alice", false, null);
        long queued = store.jobs().submit("count", "{}", "alice", false, null);
        store.jobs().claim("dead-instance");
        store.jobs().claim("live-instance");
        Thread.sleep(30);
        Instant staleBefore = Instant.now();
        store.jobs().heartbeat("live-instance", List.of(live));
        List<AnalysisRun> failed = store.jobs().failStale(staleBefore, "interrupted");
        assertThat(failed).extracting(AnalysisRun::id).containsExactly(dead);
        AnalysisRun d = store.runs().get(dead).orElseThrow();
        assertThat(d.status()).isEqualTo(RunStatus.FAILED);
        assertThat(d.message()).isEqualTo("interrupted");
        assertThat(d.finishedAt()).isNotNull();
        assertThat(store.runs().messages(dead, 10)).extracting(RunMessage::message).containsExactly("interrupted");
        assertThat(store.runs().get(live).orElseThrow().status()).isEqualTo(RunStatus.RUNNING);
        assertThat(store.runs().get(queued).orElseThrow().status()).isEqualTo(RunStatus.ACCEPTED);
        // The dead worker comes back: its ending is refused, so it knows to remove what it published.
        assertThat(store.jobs().finish(dead, RunStatus.SUCCESSFUL, "done", "{}", "{}")).isFalse();
        assertThat(store.runs().get(dead).orElseThrow().status()).isEqualTo(RunStatus.FAILED);
    }

    @Test
    void dismissingARunningJobRaisesItsStopFlagAndRefusesItsEnding() {
        long id = store.jobs().submit("count", "{}", "alice", false, null);
        store.jobs().claim("w");
        assertThat(store.jobs().shouldStop(id)).isFalse();
        assertThat(store.jobs().dismiss(id, "dismissed")).isTrue();
        assertThat(store.jobs().shouldStop(id)).isTrue();
        AnalysisRun r = store.runs().get(id).orElseThrow();
        assertThat(r.status()).isEqualTo(RunStatus.DISMISSED);
        assertThat(r.cancelRequested()).isTrue();
        assertThat(store.jobs().finish(id, RunStatus.SUCCESSFUL, "done", "{}", "{}")).isFalse();
        assertThat(store.jobs().dismiss(id, "again")).isFalse();
    }

    @Test
    void aDismissedQueuedJobIsNeverClaimed() {
        long id = store.jobs().submit("count", "{}", "alice", false, null);
        assertThat(store.jobs().dismiss(id, "dismissed")).isTrue();
        assertThat(store.jobs().claim("w")).isEmpty();
    }

    @Test
    void progressIsRecordedWithEtaAndChangedMessagesAreLogged() {
        long id = store.jobs().submit("count", "{\"steps\":4}", "alice", true, null);
        store.jobs().claim("w");
        store.jobs().progress(id, 0.25, "step 1 of 4", 30.0, true);
        store.jobs().progress(id, 0.5, "step 1 of 4", 20.0, false);
        store.jobs().progress(id, 0.75, "step 3 of 4", 10.0, true);
        AnalysisRun r = store.runs().get(id).orElseThrow();
        assertThat(r.progress()).isEqualTo(0.75);
        assertThat(r.etaSeconds()).isEqualTo(10.0);
        assertThat(r.publicRun()).isTrue();
        assertThat(store.runs().messages(id, 10)).extracting(RunMessage::message)
                .containsExactly("step 1 of 4", "step 3 of 4");
        assertThat(store.runs().messages(id, 1)).extracting(RunMessage::message).containsExactly("step 3 of 4");
        assertThat(store.jobs().finish(id, RunStatus.SUCCESSFUL, "done", "{\"values\":{}}", "{\"r\":1}")).isTrue();
        AnalysisRun done = store.runs().get(id).orElseThrow();
        assertThat(done.progress()).isEqualTo(1.0);
        assertThat(done.etaSeconds()).isNull();
        assertThat(store.runs().results(id)).hasValue("{\"values\":{}}");
        assertThat(store.runs().report(id)).hasValue("{\"r\":1}");
    }

    @Test
    void listingShowsOwnAndPublicRunsAndAdminsSeeAll() {
        long alicePrivate = store.jobs().submit("count", "{}", "alice", false, null);
        long bobPrivate = store.jobs().submit("count", "{}", "bob", false, null);
        long bobPublic = store.jobs().submit("fail", "{}", "bob", true, null);
        assertThat(store.runs().listVisible("alice", false, null, null, 0, 10)).extracting(AnalysisRun::id)
                .containsExactly(bobPublic, alicePrivate);
        assertThat(store.runs().listVisible(null, false, null, null, 0, 10)).extracting(AnalysisRun::id)
                .containsExactly(bobPublic);
        assertThat(store.runs().listVisible("root", true, null, null, 0, 10)).extracting(AnalysisRun::id)
                .containsExactly(bobPublic, bobPrivate, alicePrivate);
        assertThat(store.runs().listVisible("root", true, "count", RunStatus.ACCEPTED, 1, 10))
                .extracting(AnalysisRun::id).containsExactly(alicePrivate);
    }
}
