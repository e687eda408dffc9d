package org.ecocorridor.server.jobs;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Arrays;
import java.util.Locale;
import org.ecocorridor.server.processes.AnalysisProcess;
import org.ecocorridor.server.processes.ProcessDescription;
import org.ecocorridor.server.security.Caller;
import org.ecocorridor.store.run.AnalysisRun;
import org.ecocorridor.store.run.RunStatus;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * OGC API - Processes - Part 1 (OGC 18-062r2) under {@code /ogcapi}: landing page, conformance, process
 * list and descriptions, and execution. Execution is asynchronous (201 + {@code Location} of the job)
 * unless the process allows synchronous runs and the client did not send {@code Prefer: respond-async}:
 * then the job runs in the request thread, still recorded, and the answer is its results (200).
 */
@RestController
@RequestMapping(path = "/ogcapi", produces = MediaType.APPLICATION_JSON_VALUE)
class ProcessesController {
    private final JobService jobs;
    private final JobViews views;
    private final JsonMapper json;

    ProcessesController(JobService jobs, JobViews views, JsonMapper json) {
        this.jobs = jobs;
        this.views = views;
        this.json = json;
    }

    @GetMapping({"", "/"})
    ObjectNode landing(HttpServletRequest request) {
        return ProcessesJson.landing(views.base(request));
    }

    @GetMapping("/conformance")
    ObjectNode conformance() {
        return ProcessesJson.conformance();
    }

    @GetMapping("/processes")
    ObjectNode processes(HttpServletRequest request) {
        String base = views.base(request);
        ObjectNode root = json.createObjectNode();
        ArrayNode list = root.putArray("processes");
        for (AnalysisProcess p : jobs.registry().all()) {
            list.add(ProcessesJson.summary(p.describe(jobs.store()), base));
        }
        ProcessesJson.link(root.putArray("links"), base + "/ogcapi/processes", "self", "application/json",
                "Processes");
        return root;
    }

    @GetMapping("/processes/{id}")
    ObjectNode process(@PathVariable String id, HttpServletRequest request) {
        return ProcessesJson.description(jobs.process(id).describe(jobs.store()), views.base(request));
    }

    /**
     * Executes a process: body {@code {"inputs": {...}}} (outputs and response members are accepted and
     * ignored: every output is returned, as a document). Needs the researcher or admin role.
     */
    @PostMapping(path = "/processes/{id}/execution", consumes = MediaType.ALL_VALUE)
    ResponseEntity<JsonNode> execute(@PathVariable String id, @RequestBody(required = false) byte[] body,
            @RequestHeader(name = "Prefer", required = false) String prefer, HttpServletRequest request,
            Authentication auth) {
        AnalysisProcess process = jobs.process(id);
        JsonNode inputs = inputs(body);
        ProcessDescription d = process.describe(jobs.store());
        boolean async = preferAsync(prefer);
        boolean synchronous = d.synchronousAllowed() && !async;
        AnalysisRun run = jobs.submit(process, inputs, Caller.of(auth), synchronous);
        String base = views.base(request);
        URI location = URI.create(base + "/ogcapi/jobs/" + run.id());
        if (!synchronous) {
            ResponseEntity.BodyBuilder created = ResponseEntity.created(location);
            if (async) {
                created.header("Preference-Applied", "respond-async");
            }
            return created.body(views.statusInfo(run, base));
        }
        if (run.status() != RunStatus.SUCCESSFUL) {
            throw views.failure(run);
        }
        return ResponseEntity.ok().header(HttpHeaders.LOCATION, location.toString())
                .header(HttpHeaders.LINK, "<" + location + ">; rel=\"monitor\"")
                .body(views.results(run, base));
    }

    private JsonNode inputs(byte[] body) {
        if (body == null || body.length == 0) {
            return null;
        }
        JsonNode root;
        try {
            root = json.readTree(body);
        } catch (JacksonException e) {
            throw JobProblems.invalidInput("body", "The execute request is not valid JSON: " + e.getOriginalMessage());
        }
        if (!root.isObject()) {
            throw JobProblems.invalidInput("body", "The execute request must be a JSON object with member \"inputs\"");
        }
        return root.get("inputs");
    }

    /** {@code Prefer: respond-async} (RFC 7240), possibly among other preferences. */
    static boolean preferAsync(String prefer) {
        return prefer != null && Arrays.stream(prefer.split(","))
                .map(p -> p.trim().toLowerCase(Locale.ROOT)).anyMatch(p -> p.equals("respond-async"));
    }
}
