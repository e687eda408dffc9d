package org.ecocorridor.server.jobs;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ecocorridor.report.model.RunReport;
import org.ecocorridor.server.security.Caller;
import org.ecocorridor.store.run.AnalysisRun;
import org.ecocorridor.store.run.RunStatus;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The jobs of OGC API - Processes - Part 1 (OGC 18-062r2): list, status, results, dismissal; plus
 * publication of a private run and its report in several formats. A private job exists only for its
 * submitter and admins: others get 404 no-such-job.
 */
@RestController
@RequestMapping("/ogcapi/jobs")
class JobsController {
    /** Largest page of the job list. */
    static final int MAX_LIMIT = 1000;

    private final JobService jobs;
    private final JobViews views;
    private final ReportService reports;
    private final JsonMapper json;

    JobsController(JobService jobs, JobViews views, ReportService reports, JsonMapper json) {
        this.jobs = jobs;
        this.views = views;
        this.reports = reports;
        this.json = json;
    }

    /** The jobs the caller may see (own and public ones; admins all), newest first. */
    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    ObjectNode list(@RequestParam(defaultValue = "10") String limit, @RequestParam(defaultValue = "0") String offset,
            @RequestParam(name = "processID", required = false) String processId,
            @RequestParam(required = false) String status, HttpServletRequest request, Authentication auth) {
        int lim = intParam("limit", limit, 1, MAX_LIMIT);
        int off = intParam("offset", offset, 0, Integer.MAX_VALUE);
        RunStatus st = null;
        if (status != null) {
            try {
                st = RunStatus.of(status);
            } catch (IllegalArgumentException e) {
                throw JobProblems.invalidInput("status", e.getMessage());
            }
        }
        String base = views.base(request);
        List<AnalysisRun> page = jobs.list(Caller.of(auth), processId, st, off, lim + 1);
        boolean more = page.size() > lim;
        List<ObjectNode> infos = page.stream().limit(lim).map(r -> views.statusInfo(r, base)).toList();
        Map<String, String> filters = new LinkedHashMap<>();
        if (processId != null) {
            filters.put("processID", processId);
        }
        if (status != null) {
            filters.put("status", status);
        }
        return ProcessesJson.jobList(infos, base, off, lim, more, filters);
    }

    @GetMapping(path = "/{jobId}", produces = MediaType.APPLICATION_JSON_VALUE)
    ObjectNode status(@PathVariable String jobId, HttpServletRequest request, Authentication auth) {
        return views.statusInfo(jobs.visibleJob(jobId, Caller.of(auth)), views.base(request));
    }

    @GetMapping(path = "/{jobId}/results", produces = MediaType.APPLICATION_JSON_VALUE)
    ObjectNode results(@PathVariable String jobId, HttpServletRequest request, Authentication auth) {
        AnalysisRun run = jobs.visibleJob(jobId, Caller.of(auth));
        if (run.status() != RunStatus.SUCCESSFUL) {
            throw views.failure(run);
        }
        return views.results(run, views.base(request));
    }

    /** Dismisses the job (owner or admin): 200 with its status, now {@code dismissed}. */
    @DeleteMapping(path = "/{jobId}", produces = MediaType.APPLICATION_JSON_VALUE)
    ObjectNode dismiss(@PathVariable String jobId, HttpServletRequest request, Authentication auth) {
        return views.statusInfo(jobs.dismiss(jobId, Caller.of(auth)), views.base(request));
    }

    /** Makes a successful private run public (owner or admin): 200 with its status. */
    @PostMapping(path = "/{jobId}/publication", produces = MediaType.APPLICATION_JSON_VALUE)
    ObjectNode publish(@PathVariable String jobId, HttpServletRequest request, Authentication auth) {
        return views.statusInfo(jobs.publish(jobId, Caller.of(auth)), views.base(request));
    }

    /** The report model as JSON, once the job has ended. */
    @GetMapping(path = "/{jobId}/report.json", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<String> reportJson(@PathVariable String jobId, Authentication auth) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(reportText(jobId, auth).text());
    }

    @GetMapping("/{jobId}/report.html")
    ResponseEntity<byte[]> reportHtml(@PathVariable String jobId, Authentication auth) {
        Report r = reportText(jobId, auth);
        return ResponseEntity.ok().contentType(new MediaType("text", "html", java.nio.charset.StandardCharsets.UTF_8))
                .body(reports.html(r.runId(), r.model(json)));
    }

    @GetMapping("/{jobId}/report.pdf")
    ResponseEntity<byte[]> reportPdf(@PathVariable String jobId, Authentication auth) {
        Report r = reportText(jobId, auth);
        byte[] pdf = reports.pdf(r.runId(), r.model(json));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename("job-" + r.runId() + "-report.pdf").build().toString())
                .body(pdf);
    }

    @GetMapping("/{jobId}/tables/{tableId}.csv")
    ResponseEntity<byte[]> table(@PathVariable String jobId, @PathVariable String tableId, Authentication auth) {
        Report r = reportText(jobId, auth);
        byte[] csv = reports.csv(r.runId(), r.model(json), tableId);
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("job-" + r.runId() + "-" + tableId + ".csv").build().toString())
                .body(csv);
    }

    /** The run's output layers as one GeoPackage (successful runs). */
    @GetMapping("/{jobId}/outputs.gpkg")
    ResponseEntity<Resource> outputs(@PathVariable String jobId, Authentication auth) throws IOException {
        AnalysisRun run = jobs.visibleJob(jobId, Caller.of(auth));
        if (run.status() != RunStatus.SUCCESSFUL) {
            throw views.failure(run);
        }
        Path gpkg = reports.geopackage(run.id());
        byte[] bytes = Files.readAllBytes(gpkg);
        Files.deleteIfExists(gpkg);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/geopackage+sqlite3"))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("job-" + run.id() + "-outputs.gpkg").build().toString())
                .body(new org.springframework.core.io.ByteArrayResource(bytes));
    }

    /** A stored report, as JSON text. */
    private record Report(long runId, String text) {
        RunReport model(JsonMapper json) {
            return json.readValue(text, RunReport.class);
        }
    }

    private Report reportText(String jobId, Authentication auth) {
        AnalysisRun run = jobs.visibleJob(jobId, Caller.of(auth));
        String text = jobs.store().runs().report(run.id()).orElse(null);
        if (text == null) {
            throw JobProblems.resultNotReady(run.id(), run.status().code());
        }
        return new Report(run.id(), text);
    }

    private static int intParam(String name, String value, int min, int max) {
        try {
            int v = Integer.parseInt(value.trim());
            if (v >= min && v <= max) {
                return v;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw JobProblems.invalidInput(name, "Parameter \"" + name + "\" must be an integer from " + min + " to " + max
                + ", got \"" + value + "\"");
    }
}
