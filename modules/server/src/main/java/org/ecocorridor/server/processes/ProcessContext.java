package org.ecocorridor.server.processes;

import java.util.List;
import java.util.concurrent.Executor;
import org.ecocorridor.core.progress.ProgressListener;
import org.ecocorridor.report.model.RunMetadata.InputRecord;
import org.ecocorridor.store.SpatialStore;
import org.ecocorridor.store.catalog.CatalogEntry;
import org.ecocorridor.store.ingest.ResultLayer;
import tools.jackson.databind.node.ObjectNode;

/**
 * What a running process may use: its validated inputs, the store, an executor for parallel work, the
 * progress listener (also the cancellation signal) and the way to publish outputs.
 */
public interface ProcessContext {

    /** The job's run id (layers are named {@code run_<runId>_<suffix>}). */
    long runId();

    /** Who submitted it, or null for a command-line run. */
    String user();

    /** The inputs as returned by {@link AnalysisProcess#validate}. */
    ObjectNode inputs();

    SpatialStore store();

    /** For parallel work inside the run (bounded; shared with other runs). */
    Executor executor();

    /** Progress in [0, 1] and cancellation; thread-safe. */
    ProgressListener progress();

    /** Records a data set the run read, with its content hash, for the report. */
    void recordInput(InputRecord input);

    /**
     * Publishes the run's layers all or nothing (a process calls this once, at the end), with the visibility
     * the job asked for (private to the submitter unless published).
     */
    List<CatalogEntry> publish(List<ResultLayer> layers);
}
