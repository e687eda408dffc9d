package org.ecocorridor.server.analysis;

import java.util.List;
import org.ecocorridor.store.SpatialStore;
import org.ecocorridor.store.catalog.CatalogEntry;
import org.ecocorridor.store.ingest.ResultLayer;
import org.ecocorridor.store.run.RunStatus;

/**
 * Where a store-driven analysis records its run and publishes its layers. Two kinds:
 * <ul>
 *   <li>{@link #standalone}: the analysis is its own run (the command-line tools): a run row is inserted,
 *       layers are published at once, and the status is set at the end;</li>
 *   <li>a job's scope ({@code org.ecocorridor.server.processes}): the job system owns the run row and its
 *       status; layers are collected and published together when the whole process ends, so a chain of
 *       analyses (corridors, then metrics) is one all-or-nothing publication.</li>
 * </ul>
 */
public interface RunScope {

    /** Starts (or joins) a run; returns its id. */
    long begin(String processId, String parametersJson);

    /** Publishes (or queues for publication) layers of run {@code runId}; returns their layer names. */
    List<String> publish(long runId, List<ResultLayer> layers);

    /** Records success with a one-line summary. */
    void succeeded(long runId, String message);

    /** Records failure with the reason. */
    void failed(long runId, String message);

    /** The analysis is its own run, recorded and published in the store as {@code user}. */
    static RunScope standalone(SpatialStore store, String user) {
        return new RunScope() {
            @Override
            public long begin(String processId, String parametersJson) {
                return store.runs().insert(processId, parametersJson, user);
            }

            @Override
            public List<String> publish(long runId, List<ResultLayer> layers) {
                return store.publisher().publish(runId, user, false, layers).stream().map(CatalogEntry::name).toList();
            }

            @Override
            public void succeeded(long runId, String message) {
                store.runs().updateStatus(runId, RunStatus.SUCCESSFUL, message);
            }

            @Override
            public void failed(long runId, String message) {
                store.runs().updateStatus(runId, RunStatus.FAILED, message);
            }
        };
    }
}
