package org.ecocorridor.store.run;

import java.time.Instant;
import java.util.Objects;

/**
 * One analysis run as recorded. Immutable.
 *
 * @param id             database id
 * @param processId      process name, e.g. {@code least-cost-corridor}
 * @param status         current state
 * @param parametersJson inputs as JSON text, or null
 * @param submittedBy    user name, or null
 * @param createdAt      submission time
 * @param startedAt      when it started running, or null
 * @param finishedAt     when it reached a final state, or null
 * @param progress       fraction done, 0 to 1
 * @param message        last status message, or null
 */
public record AnalysisRun(long id, String processId, RunStatus status, String parametersJson, String submittedBy,
        Instant createdAt, Instant startedAt, Instant finishedAt, double progress, String message) {
    public AnalysisRun {
        Objects.requireNonNull(processId, "processId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
        AnalysisRunStore.requireProgress(progress);
    }
}
