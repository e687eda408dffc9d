package org.ecocorridor.server.jobs;

import java.util.Map;
import org.ecocorridor.server.error.ApiException;
import org.springframework.http.HttpStatus;

/**
 * The errors of OGC API - Processes - Part 1 (OGC 18-062r2, section 7.5 and the exception types of its
 * requirements), as problem+json {@link ApiException}s. Stateless.
 */
final class JobProblems {
    /** Prefix of the exception types defined by OGC 18-062r2. */
    static final String OGC = "http://www.opengis.net/def/exceptions/ogcapi-processes-1/1.0/";

    private JobProblems() {
    }

    static ApiException noSuchProcess(String id) {
        return new ApiException(HttpStatus.NOT_FOUND, OGC + "no-such-process", "No such process",
                "No process with id \"" + id + "\"; GET /ogcapi/processes lists them", null, Map.of());
    }

    /** Also for jobs the caller may not see: private jobs do not exist for others. */
    static ApiException noSuchJob(String id) {
        return new ApiException(HttpStatus.NOT_FOUND, OGC + "no-such-job", "No such job",
                "No job with id \"" + id + "\"", null, Map.of());
    }

    static ApiException resultNotReady(long id, String status) {
        return new ApiException(HttpStatus.NOT_FOUND, OGC + "result-not-ready", "Result not ready",
                "Job " + id + " is " + status + "; its results are available once it is successful", null,
                Map.of("status", status));
    }

    static ApiException invalidInput(String field, String detail) {
        return new ApiException(HttpStatus.BAD_REQUEST, "invalid-input", "Invalid input", detail, field, Map.of());
    }

    static ApiException forbidden(String detail) {
        return new ApiException(HttpStatus.FORBIDDEN, "forbidden", "Forbidden", detail, null, Map.of());
    }

    static ApiException conflict(String detail) {
        return new ApiException(HttpStatus.CONFLICT, "conflict", "Conflict", detail, null, Map.of());
    }
}
