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
 * @param publicRun      whether the run (job, report, layers) is visible to everyone, not just its submitter
 * @param worker         id of the server instance running (or last running) it, or null
 * @param heartbeatAt    last sign of life of that worker, or null
 * @param cancelRequested whether a dismissal was asked while it ran
 * @param etaSeconds     estimated seconds left, or null when unknown
 * @param updatedAt      last change of status, progress or message, or null
 */
public record AnalysisRun(long id, String processId, RunStatus status, String parametersJson, String submittedBy,
        Instant createdAt, Instant startedAt, Instant finishedAt, double progress, String message, boolean publicRun,
        String worker, Instant heartbeatAt, boolean cancelRequested, Double etaSeconds, Instant updatedAt) {
    public AnalysisRun {
        Objects.requireNonNull(processId, "processId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
        AnalysisRunStore.requireProgress(progress);
    }

    /** A run as recorded before the job system (private, no worker). */
    public AnalysisRun(long id, String processId, RunStatus status, String parametersJson, String submittedBy,
            Instant createdAt, Instant startedAt, Instant finishedAt, double progress, String message) {
        this(id, processId, status, parametersJson, submittedBy, createdAt, startedAt, finishedAt, progress, message,
                false, null, null, false, null, null);
    }

    /**
     * Whether a user may see this run (its job, report and, through the layers' own flag, its outputs):
     * admins see all, anyone sees a public run, a signed-in user their own runs.
     *
     * @param user  the user's name, or null when anonymous
     * @param admin whether the user has the admin role
     */
    public boolean visibleTo(String user, boolean admin) {
        return admin || publicRun || (user != null && user.equals(submittedBy));
    }
}
