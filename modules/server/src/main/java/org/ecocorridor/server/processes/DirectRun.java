package org.ecocorridor.server.processes;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import org.ecocorridor.core.progress.ProgressListener;
import org.ecocorridor.report.model.RunMetadata;
import org.ecocorridor.report.model.RunMetadata.InputRecord;
import org.ecocorridor.report.model.RunMetadata.OutputRecord;
import org.ecocorridor.report.model.RunReport;
import org.ecocorridor.store.SpatialStore;
import org.ecocorridor.store.catalog.CatalogEntry;
import org.ecocorridor.store.ingest.ResultLayer;
import org.ecocorridor.store.run.RunStatus;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Runs a process in the calling thread, without the job queue (the command line's {@code run}, and tests):
 * records the run, publishes its layers (public: the command line's user owns the store) and returns the
 * report. The same process code and report as a job.
 */
public final class DirectRun {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final SpatialStore store;
    private final Executor executor;
    private final String softwareVersion;

    public DirectRun(SpatialStore store, Executor executor, String softwareVersion) {
        this.store = store;
        this.executor = executor;
        this.softwareVersion = softwareVersion;
    }

    /** A finished run: its id, the outcome and the full report. */
    public record Result(long runId, ProcessOutcome outcome, RunReport report) {
    }

    /**
     * Validates, runs and publishes.
     *
     * @throws InvalidInputException for bad inputs (nothing recorded)
     * @throws IllegalArgumentException when the data do not allow the analysis (run recorded as failed)
     */
    public Result run(AnalysisProcess process, JsonNode inputs, String user, ProgressListener progress) {
        ObjectNode validated = process.validate(inputs, store);
        Instant created = Instant.now();
        long runId = store.runs().insert(process.id(), validated.toString(), user);
        store.runs().updateStatus(runId, RunStatus.RUNNING, "Running");
        List<InputRecord> recorded = new ArrayList<>();
        List<CatalogEntry> published = new ArrayList<>();
        ProcessContext context = new ProcessContext() {
            @Override
            public long runId() {
                return runId;
            }

            @Override
            public String user() {
                return user;
            }

            @Override
            public ObjectNode inputs() {
                return validated;
            }

            @Override
            public SpatialStore store() {
                return store;
            }

            @Override
            public Executor executor() {
                return executor;
            }

            @Override
            public ProgressListener progress() {
                return progress;
            }

            @Override
            public void recordInput(InputRecord input) {
                recorded.add(input);
            }

            @Override
            public List<CatalogEntry> publish(List<ResultLayer> layers) {
                List<CatalogEntry> entries = store.publisher().publish(runId, user, false, layers);
                published.addAll(entries);
                return entries;
            }
        };
        try {
            ProcessOutcome outcome = process.execute(context);
            store.runs().updateStatus(runId, RunStatus.SUCCESSFUL, outcome.summary());
            RunMetadata metadata = new RunMetadata(String.valueOf(runId), process.id(), process.describe(store).title(),
                    user, created, created, Instant.now(), RunStatus.SUCCESSFUL.code(), outcome.summary(),
                    parameters(validated), recorded, published.stream().map(e -> new OutputRecord(e.name(),
                            e.info().title(), e.info().kind().code())).toList(),
                    softwareVersion);
            return new Result(runId, outcome, new RunReport(metadata, outcome.title(), outcome.findings(), outcome.sections()));
        } catch (RuntimeException e) {
            if (!published.isEmpty()) {
                store.publisher().deleteRun(runId);
            }
            store.runs().updateStatus(runId, e instanceof java.util.concurrent.CancellationException ? RunStatus.DISMISSED
                    : RunStatus.FAILED, e.getMessage());
            throw e;
        }
    }

    /** The validated inputs as plain values, in order (for the report's parameter table), as the job runner reads them. */
    static Map<String, Object> parameters(ObjectNode validated) {
        return JSON.readValue(validated.toString(), new TypeReference<LinkedHashMap<String, Object>>() { });
    }
}
