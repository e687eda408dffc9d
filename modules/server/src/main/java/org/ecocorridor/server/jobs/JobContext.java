package org.ecocorridor.server.jobs;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import org.ecocorridor.core.progress.ProgressListener;
import org.ecocorridor.report.model.RunMetadata.InputRecord;
import org.ecocorridor.server.processes.ProcessContext;
import org.ecocorridor.store.SpatialStore;
import org.ecocorridor.store.catalog.CatalogEntry;
import org.ecocorridor.store.ingest.ResultLayer;
import tools.jackson.databind.node.ObjectNode;

/**
 * What a process sees of its job. Publishing goes through {@link org.ecocorridor.store.ingest.RunPublisher}
 * (all or nothing) with the job's visibility: owner-only unless the job asked to be public. Remembers the
 * recorded inputs and the published layers for the report.
 *
 * <p>Thread-safe (recording is synchronized), one per job.
 */
final class JobContext implements ProcessContext {
    private final long runId;
    private final String user;
    private final ObjectNode inputs;
    private final SpatialStore store;
    private final Executor executor;
    private final JobProgress progress;
    private final boolean publicRun;
    private final List<InputRecord> recorded = new ArrayList<>();
    private final List<CatalogEntry> published = new ArrayList<>();

    JobContext(long runId, String user, ObjectNode inputs, SpatialStore store, Executor executor, JobProgress progress,
            boolean publicRun) {
        this.runId = runId;
        this.user = user;
        this.inputs = inputs;
        this.store = store;
        this.executor = executor;
        this.progress = progress;
        this.publicRun = publicRun;
    }

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
        return inputs;
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

    JobProgress jobProgress() {
        return progress;
    }

    @Override
    public synchronized void recordInput(InputRecord input) {
        recorded.add(input);
    }

    /** Publishes the layers, unless the job was cancelled: a dismissed job publishes nothing. */
    @Override
    public List<CatalogEntry> publish(List<ResultLayer> layers) {
        progress.throwIfCancelled();
        boolean ownerOnly = !publicRun && user != null;
        List<CatalogEntry> entries = store.publisher().publish(runId, user, false, ownerOnly, layers);
        synchronized (this) {
            published.addAll(entries);
        }
        return entries;
    }

    synchronized List<InputRecord> recordedInputs() {
        return List.copyOf(recorded);
    }

    synchronized List<CatalogEntry> publishedLayers() {
        return List.copyOf(published);
    }
}
