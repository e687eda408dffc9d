package org.ecocorridor.server.processes;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.ecocorridor.server.analysis.RunScope;
import org.ecocorridor.store.ingest.ResultLayer;
import org.ecocorridor.store.ingest.RunPublisher;

/**
 * A job's {@link RunScope}: every analysis of the process joins the job's run, and their layers are
 * collected and published together by {@link #publishAll()}, all or nothing. Not thread-safe (one per job).
 */
final class CollectingScope implements RunScope {
    private final ProcessContext context;
    private final List<ResultLayer> pending = new ArrayList<>();
    private final Set<String> suffixes = new HashSet<>();

    CollectingScope(ProcessContext context) {
        this.context = context;
    }

    @Override
    public long begin(String processId, String parametersJson) {
        return context.runId();
    }

    @Override
    public List<String> publish(long runId, List<ResultLayer> layers) {
        List<String> names = new ArrayList<>();
        for (ResultLayer layer : layers) {
            if (!suffixes.add(layer.suffix())) {
                throw new IllegalStateException("Two outputs of run " + runId + " are named " + layer.suffix());
            }
            pending.add(layer);
            names.add(RunPublisher.layerName(context.runId(), layer.suffix()));
        }
        return names;
    }

    @Override
    public void succeeded(long runId, String message) {
        // the job system records the outcome
    }

    @Override
    public void failed(long runId, String message) {
        // the job system records the failure
    }

    /** Publishes everything collected; returns the layer names. */
    List<String> publishAll() {
        context.progress().throwIfCancelled();
        return context.publish(pending).stream().map(e -> e.name()).toList();
    }
}
