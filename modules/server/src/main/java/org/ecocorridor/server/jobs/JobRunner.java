package org.ecocorridor.server.jobs;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import org.ecocorridor.report.model.RunMetadata;
import org.ecocorridor.report.model.RunReport;
import org.ecocorridor.server.processes.AnalysisProcess;
import org.ecocorridor.server.processes.ProcessOutcome;
import org.ecocorridor.server.processes.ProcessRegistry;
import org.ecocorridor.store.SpatialStore;
import org.ecocorridor.store.catalog.CatalogEntry;
import org.ecocorridor.store.run.AnalysisRun;
import org.ecocorridor.store.run.RunStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Runs one claimed job to its end on the calling thread: executes the process with a {@link JobContext},
 * then records the final state (successful + results + report, or failed/dismissed with the reason) right
 * after the process published its layers. Whatever did not end successfully has its layers deleted
 * ({@code RunPublisher.deleteRun}), so no half-finished run stays visible.
 *
 * <p>Thread-safe: one runner serves every worker thread (and synchronous requests).
 */
final class JobRunner {
    private static final Logger LOG = LoggerFactory.getLogger(JobRunner.class);
    static final String INTERRUPTED = "interrupted: the server running it stopped; no results were published";
    static final String DISMISSED = "dismissed: cancelled on request; no results were published";

    private final SpatialStore store;
    private final ProcessRegistry registry;
    private final JsonMapper json;
    private final Executor compute;
    private final Duration cancelCheck;
    private final String softwareVersion;
    private final Map<Long, JobProgress> active = new ConcurrentHashMap<>();
    private volatile boolean stopping;

    JobRunner(SpatialStore store, ProcessRegistry registry, JsonMapper json, Executor compute, Duration cancelCheck,
            String softwareVersion) {
        this.store = store;
        this.registry = registry;
        this.json = json;
        this.compute = compute;
        this.cancelCheck = cancelCheck;
        this.softwareVersion = softwareVersion;
    }

    /** Ids of the jobs running on this instance (for heartbeats). */
    Set<Long> activeIds() {
        return Set.copyOf(active.keySet());
    }

    /** Asks a job running here to stop now (its dismissal was recorded in the database). */
    void stopLocal(long runId) {
        JobProgress p = active.get(runId);
        if (p != null) {
            p.stop();
        }
    }

    /** The server is stopping: every job running here stops and ends failed as interrupted. */
    void stopAll() {
        stopping = true;
        active.values().forEach(JobProgress::stop);
    }

    boolean idle() {
        return active.isEmpty();
    }

    /** Runs a job that this instance has claimed (status running, worker = this instance). */
    void run(AnalysisRun run) {
        Optional<AnalysisProcess> found = registry.find(run.processId());
        if (found.isEmpty()) {
            fail(run, null, null, 500, "process \"" + run.processId() + "\" is not offered by this server");
            return;
        }
        AnalysisProcess process = found.get();
        JobProgress progress = new JobProgress(run.id(), store.jobs(), cancelCheck, System::nanoTime);
        active.put(run.id(), progress);
        JobContext context = null;
        try {
            ObjectNode inputs = run.parametersJson() == null ? json.createObjectNode()
                    : (ObjectNode) json.readTree(run.parametersJson());
            context = new JobContext(run.id(), run.submittedBy(), inputs, store, compute, progress, run.publicRun());
            if (stopping) {
                throw new CancellationException("server stopping");
            }
            LOG.info("Job {} ({}) started", run.id(), run.processId());
            ProcessOutcome outcome = process.execute(context);
            succeed(run, process, context, outcome);
        } catch (CancellationException e) {
            if (stopping) {
                fail(run, process, context, 503, INTERRUPTED);
            } else {
                dismissed(run, process, context);
            }
        } catch (IllegalArgumentException e) {
            fail(run, process, context, 422, e.getMessage());
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            LOG.error("Job {} ({}) failed", run.id(), run.processId(), e);
            fail(run, process, context, 500, "internal error: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        } finally {
            active.remove(run.id());
        }
    }

    /**
     * After the stale sweep failed a job of a dead instance: deletes whatever it published (H2 commits
     * DDL statement by statement, and a worker may die between publishing and recording success) and
     * stores its failure report.
     */
    void cleanUpInterrupted(AnalysisRun run) {
        store.publisher().deleteRun(run.id());
        AnalysisProcess process = registry.find(run.processId()).orElse(null);
        storeReport(run, process, null, RunStatus.FAILED, INTERRUPTED);
    }

    private void succeed(AnalysisRun run, AnalysisProcess process, JobContext context, ProcessOutcome outcome) {
        ObjectNode results = json.createObjectNode();
        results.put("summary", outcome.summary());
        ArrayNode layers = results.putArray("layers");
        outcome.layers().forEach(layers::add);
        results.set("values", json.valueToTree(outcome.values()));
        String summary = outcome.summary() == null || outcome.summary().isBlank() ? "done" : outcome.summary();
        RunReport report = new RunReport(metadata(run, process, context, RunStatus.SUCCESSFUL, summary),
                outcome.title(), outcome.findings(), outcome.sections());
        if (store.jobs().finish(run.id(), RunStatus.SUCCESSFUL, summary, results.toString(),
                json.writeValueAsString(report))) {
            LOG.info("Job {} ({}) successful: {}", run.id(), run.processId(), summary);
        } else {
            // Dismissed (or swept) while finishing: its layers must not stay.
            LOG.info("Job {} ended elsewhere while finishing; removing its layers", run.id());
            store.publisher().deleteRun(run.id());
        }
    }

    private void dismissed(AnalysisRun run, AnalysisProcess process, JobContext context) {
        store.jobs().dismiss(run.id(), DISMISSED);
        store.publisher().deleteRun(run.id());
        AnalysisRun now = store.runs().get(run.id()).orElse(run);
        storeReport(run, process, context, now.status(), now.message());
        LOG.info("Job {} ({}) stopped: {}", run.id(), run.processId(), now.status().code());
    }

    private void fail(AnalysisRun run, AnalysisProcess process, JobContext context, int httpStatus, String reason) {
        String message = reason == null || reason.isBlank() ? "failed" : reason;
        ObjectNode error = json.createObjectNode();
        ObjectNode e = error.putObject("error");
        e.put("status", httpStatus);
        e.put("detail", message);
        RunReport report = failureReport(run, process, context, RunStatus.FAILED, message);
        boolean ended = store.jobs().finish(run.id(), RunStatus.FAILED, message, error.toString(),
                json.writeValueAsString(report));
        store.publisher().deleteRun(run.id());
        if (!ended) {
            AnalysisRun now = store.runs().get(run.id()).orElse(run);
            storeReport(run, process, context, now.status(), now.message());
        }
        LOG.info("Job {} ({}) failed: {}", run.id(), run.processId(), message);
    }

    private void storeReport(AnalysisRun run, AnalysisProcess process, JobContext context, RunStatus status,
            String message) {
        try {
            store.jobs().storeReport(run.id(), json.writeValueAsString(
                    failureReport(run, process, context, status, message)));
        } catch (RuntimeException e) {
            LOG.warn("Could not store the report of job {}: {}", run.id(), e.getMessage());
        }
    }

    private RunReport failureReport(AnalysisRun run, AnalysisProcess process, JobContext context, RunStatus status,
            String message) {
        RunMetadata meta = metadata(run, process, context, status, message);
        return new RunReport(meta, meta.processTitle() + ": " + status.code(), message, List.of());
    }

    /** The report's metadata; times are those recorded (the final ones, as this runs at the end). */
    RunMetadata metadata(AnalysisRun run, AnalysisProcess process, JobContext context, RunStatus status,
            String message) {
        String title = run.processId();
        if (process != null) {
            try {
                title = process.describe(store).title();
            } catch (RuntimeException e) {
                LOG.debug("No title for process {}: {}", run.processId(), e.getMessage());
            }
        }
        Map<String, Object> parameters = run.parametersJson() == null ? Map.of()
                : json.readValue(run.parametersJson(), new TypeReference<Map<String, Object>>() { });
        List<RunMetadata.OutputRecord> outputs = context == null || status != RunStatus.SUCCESSFUL ? List.of()
                : context.publishedLayers().stream().map(JobRunner::output).toList();
        Instant finished = Instant.now();
        return new RunMetadata(Long.toString(run.id()), run.processId(), title, run.submittedBy(), run.createdAt(),
                run.startedAt(), finished, status.code(), message, parameters,
                context == null ? List.of() : context.recordedInputs(), outputs, softwareVersion);
    }

    private static RunMetadata.OutputRecord output(CatalogEntry e) {
        return new RunMetadata.OutputRecord(e.name(), e.info().title(), e.info().kind().code());
    }
}
