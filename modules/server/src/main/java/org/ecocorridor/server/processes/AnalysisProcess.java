package org.ecocorridor.server.processes;

import org.ecocorridor.store.SpatialStore;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One analysis offered as a process (OGC API - Processes - Part 1, OGC 18-062r2).
 *
 * <p>Life of a request: {@link #validate} checks the client's {@code inputs} object and returns it
 * completed with defaults (stored with the job); later a worker calls {@link #execute} with those
 * validated inputs. Implementations are stateless and thread-safe.
 */
public interface AnalysisProcess {

    /** The process id, e.g. {@code least-cost-corridors}. */
    String id();

    /** The description served at {@code /ogcapi/processes/{id}}; defaults may come from the store (species profiles). */
    ProcessDescription describe(SpatialStore store);

    /**
     * Checks a request's inputs and fills in defaults.
     *
     * @param inputs the {@code inputs} member of the execute request (never null; may be empty)
     * @return the complete inputs, as stored with the job and passed to {@link #execute}
     * @throws InvalidInputException naming the first bad field
     */
    ObjectNode validate(JsonNode inputs, SpatialStore store);

    /**
     * Runs the analysis, publishes its layers through {@code context.publish(...)} and returns the outcome.
     * Reports progress and honours cancellation through {@code context.progress()}.
     *
     * @throws IllegalArgumentException when the data do not allow the analysis (shown to the user as the
     *                                  failure reason)
     * @throws java.util.concurrent.CancellationException when cancelled
     */
    ProcessOutcome execute(ProcessContext context);
}
