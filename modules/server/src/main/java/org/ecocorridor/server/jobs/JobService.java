package org.ecocorridor.server.jobs;

import java.util.List;
import java.util.Locale;
import org.ecocorridor.server.processes.AnalysisProcess;
import org.ecocorridor.server.processes.InvalidInputException;
import org.ecocorridor.server.processes.ProcessRegistry;
import org.ecocorridor.server.security.Caller;
import org.ecocorridor.store.SpatialStore;
import org.ecocorridor.store.run.AnalysisRun;
import org.ecocorridor.store.run.RunStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What the job endpoints do, independent of HTTP: submit (validate, record, run now or queue), find a
 * job the caller may see, list, dismiss, publish. Visibility: a job exists only for its submitter, for
 * admins, and for everyone once published; others get "no such job".
 *
 * <p>Thread-safe.
 */
final class JobService {
    private static final Logger LOG = LoggerFactory.getLogger(JobService.class);
    /** The input every process accepts, handled here: {@code "private"} (default) or {@code "public"}. */
    static final String VISIBILITY = "visibility";

    private final SpatialStore store;
    private final ProcessRegistry registry;
    private final JobRunner runner;
    private final JobWorkers workers;

    JobService(SpatialStore store, ProcessRegistry registry, JobRunner runner, JobWorkers workers) {
        this.store = store;
        this.registry = registry;
        this.runner = runner;
        this.workers = workers;
    }

    ProcessRegistry registry() {
        return registry;
    }

    SpatialStore store() {
        return store;
    }

    AnalysisProcess process(String id) {
        return registry.find(id).orElseThrow(() -> JobProblems.noSuchProcess(id));
    }

    /**
     * Validates and records a job. With {@code synchronous} it runs in the calling thread (recorded as
     * running on this instance, so no worker claims it) and the returned run has ended; otherwise it is
     * queued for the workers.
     *
     * @param inputs the request's {@code inputs} member (may be null or missing)
     * @throws org.ecocorridor.server.error.ApiException 400 naming the bad input
     */
    AnalysisRun submit(AnalysisProcess process, JsonNode inputs, Caller caller, boolean synchronous) {
        if (inputs != null && !inputs.isNull() && !inputs.isMissingNode() && !inputs.isObject()) {
            throw JobProblems.invalidInput("inputs", "\"inputs\" must be a JSON object of input values by name");
        }
        ObjectNode given = inputs == null || !inputs.isObject() ? tools.jackson.databind.node.JsonNodeFactory.instance
                .objectNode() : ((ObjectNode) inputs).deepCopy();
        boolean publicRun = visibility(given.remove(VISIBILITY));
        ObjectNode validated;
        try {
            validated = process.validate(given, store);
        } catch (InvalidInputException e) {
            throw JobProblems.invalidInput(e.field(), e.getMessage());
        }
        String worker = synchronous ? workers.workerId() : null;
        long id = store.jobs().submit(process.id(), validated.toString(), caller.name(), publicRun, worker);
        LOG.info("Job {} ({}) submitted by {}{}", id, process.id(), caller.name(), synchronous ? ", synchronous" : "");
        if (synchronous) {
            runner.run(store.runs().get(id).orElseThrow());
        } else {
            workers.wake();
        }
        return store.runs().get(id).orElseThrow();
    }

    /** {@code "private"} (default) or {@code "public"}, plain or as {@code {"value": ...}}. */
    private static boolean visibility(JsonNode node) {
        if (node == null || node.isNull()) {
            return false;
        }
        JsonNode v = node.isObject() && node.has("value") ? node.get("value") : node;
        String s = v.isString() ? v.asString().toLowerCase(Locale.ROOT) : "";
        return switch (s) {
            case "private" -> false;
            case "public" -> true;
            default -> throw JobProblems.invalidInput(VISIBILITY,
                    "Input \"visibility\" must be \"private\" or \"public\", got " + v);
        };
    }

    /** A job the caller may see. @throws org.ecocorridor.server.error.ApiException 404 no-such-job */
    AnalysisRun visibleJob(String jobId, Caller caller) {
        long id = parseId(jobId);
        return store.runs().get(id).filter(r -> r.visibleTo(caller.name(), caller.isAdmin()))
                .orElseThrow(() -> JobProblems.noSuchJob(jobId));
    }

    List<AnalysisRun> list(Caller caller, String processId, RunStatus status, int offset, int limit) {
        return store.runs().listVisible(caller.name(), caller.isAdmin(), processId, status, offset, limit);
    }

    /**
     * Dismisses a job (owner or admin): a queued or running job stops (running ones within about half a
     * second) and publishes nothing; a finished job's layers are deleted.
     */
    AnalysisRun dismiss(String jobId, Caller caller) {
        AnalysisRun run = requireOwner(visibleJob(jobId, caller), caller, "dismiss");
        String by = "dismissed by " + caller.name();
        if (store.jobs().dismiss(run.id(), JobRunner.DISMISSED)) {
            runner.stopLocal(run.id());
            LOG.info("Job {} {} while {}", run.id(), by, run.status().code());
        } else if (store.jobs().dismissFinished(run.id(), "dismissed: its results were deleted on request")) {
            int n = store.publisher().deleteRun(run.id());
            LOG.info("Job {} {}: {} layer(s) deleted", run.id(), by, n);
        }
        return store.runs().get(run.id()).orElseThrow();
    }

    /** Makes a successful run public: its job, report and layers become visible to all (owner or admin). */
    AnalysisRun publish(String jobId, Caller caller) {
        AnalysisRun run = requireOwner(visibleJob(jobId, caller), caller, "publish");
        if (run.status() != RunStatus.SUCCESSFUL) {
            throw JobProblems.conflict("Job " + run.id() + " is " + run.status().code()
                    + "; only a successful run can be published");
        }
        store.runs().setPublic(run.id(), true);
        int n = store.publisher().setOwnerOnly(run.id(), false);
        LOG.info("Job {} published by {}: {} layer(s) now public", run.id(), caller.name(), n);
        return store.runs().get(run.id()).orElseThrow();
    }

    private static AnalysisRun requireOwner(AnalysisRun run, Caller caller, String action) {
        if (!caller.isAdmin() && (caller.name() == null || !caller.name().equals(run.submittedBy()))) {
            throw JobProblems.forbidden("Only the submitter of job " + run.id() + " or an admin may " + action + " it");
        }
        return run;
    }

    private static long parseId(String jobId) {
        try {
            long id = Long.parseLong(jobId);
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw JobProblems.noSuchJob(jobId);
    }
}
