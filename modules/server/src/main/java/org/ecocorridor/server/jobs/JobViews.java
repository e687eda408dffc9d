package org.ecocorridor.server.jobs;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.ecocorridor.server.error.ApiException;
import org.ecocorridor.server.ows.PublicUrls;
import org.ecocorridor.store.SpatialStore;
import org.ecocorridor.store.run.AnalysisRun;
import org.ecocorridor.store.run.RunStatus;
import org.springframework.http.HttpStatus;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Builds the job documents (status info with its message log, results) and the problem for a job that
 * did not succeed. Thread-safe.
 */
final class JobViews {
    /** Messages shown in a status document: the last ones, newest last. */
    static final int MAX_MESSAGES = 100;

    private final SpatialStore store;
    private final JsonMapper json;
    private final PublicUrls urls;

    JobViews(SpatialStore store, JsonMapper json, String publicBaseUrl) {
        this.store = store;
        this.json = json;
        this.urls = new PublicUrls(publicBaseUrl);
    }

    String base(HttpServletRequest request) {
        return urls.base(request);
    }

    ObjectNode statusInfo(AnalysisRun run, String base) {
        return ProcessesJson.statusInfo(run, store.runs().messages(run.id(), MAX_MESSAGES), base);
    }

    /** The results document of a successful run. */
    ObjectNode results(AnalysisRun run, String base) {
        JsonNode stored = store.runs().results(run.id()).map(json::readTree).orElse(json.createObjectNode());
        return JobResults.document(run.id(), stored, store.catalog(), base);
    }

    /**
     * Why a run has no results: not finished yet (404 result-not-ready), failed (the failure, with the
     * status recorded by the runner: 422 for data that do not allow the analysis, 500 for internal
     * errors, 503 when its server stopped), or dismissed (410).
     */
    ApiException failure(AnalysisRun run) {
        if (!run.status().isFinal()) {
            return JobProblems.resultNotReady(run.id(), run.status().code());
        }
        Map<String, Object> details = Map.of("jobID", Long.toString(run.id()), "status", run.status().code());
        String reason = run.message() == null ? run.status().code() : run.message();
        if (run.status() == RunStatus.DISMISSED) {
            return new ApiException(HttpStatus.GONE, "job-dismissed", "Job dismissed",
                    "Job " + run.id() + " was dismissed: " + reason, null, details);
        }
        int status = store.runs().results(run.id()).map(json::readTree).map(n -> n.path("error").path("status")
                .asInt(500)).orElse(500);
        return new ApiException(HttpStatus.valueOf(status), "job-failed", "Job failed",
                "Job " + run.id() + " failed: " + reason, null, details);
    }
}
