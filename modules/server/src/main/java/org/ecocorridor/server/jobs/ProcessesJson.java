package org.ecocorridor.server.jobs;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.ecocorridor.server.processes.ProcessDescription;
import org.ecocorridor.store.run.AnalysisRun;
import org.ecocorridor.store.run.RunMessage;
import org.ecocorridor.store.run.RunStatus;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON documents of OGC API - Processes - Part 1 (OGC 18-062r2): landing page, conformance, process
 * summaries and descriptions ({@code process.yaml}), status info ({@code statusInfo.yaml}). Links are
 * absolute, from the advertised base URL. Stateless.
 */
final class ProcessesJson {
    static final String REL = "http://www.opengis.net/def/rel/ogc/1.0/";
    static final String CONF = "http://www.opengis.net/spec/ogcapi-processes-1/1.0/conf/";
    static final List<String> CONFORMANCE = List.of(CONF + "core", CONF + "ogc-process-description", CONF + "json",
            CONF + "job-list", CONF + "dismiss");
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private ProcessesJson() {
    }

    static ObjectNode landing(String base) {
        ObjectNode root = F.objectNode();
        root.put("title", "Ecocorridor analyses");
        root.put("description", "Connectivity analyses run as durable jobs (OGC API - Processes - Part 1: Core);"
                + " their outputs are published at once as WMS, WMTS and WFS layers.");
        ArrayNode links = root.putArray("links");
        link(links, base + "/ogcapi", "self", "application/json", "This document");
        link(links, base + "/ogcapi/conformance", REL + "conformance", "application/json", "Conformance classes");
        link(links, base + "/ogcapi/processes", REL + "processes", "application/json", "Processes");
        link(links, base + "/ogcapi/jobs", REL + "job-list", "application/json", "Jobs");
        return root;
    }

    static ObjectNode conformance() {
        ObjectNode root = F.objectNode();
        ArrayNode conformsTo = root.putArray("conformsTo");
        CONFORMANCE.forEach(conformsTo::add);
        return root;
    }

    /** A process summary ({@code processSummary.yaml}). */
    static ObjectNode summary(ProcessDescription d, String base) {
        ObjectNode s = F.objectNode();
        s.put("id", d.id());
        s.put("title", d.title());
        s.put("description", d.description());
        s.put("version", d.version());
        ArrayNode keywords = s.putArray("keywords");
        d.keywords().forEach(keywords::add);
        ArrayNode control = s.putArray("jobControlOptions");
        control.add("async-execute");
        if (d.synchronousAllowed()) {
            control.add("sync-execute");
        }
        control.add("dismiss");
        ArrayNode transmission = s.putArray("outputTransmission");
        transmission.add("value");
        transmission.add("reference");
        ArrayNode links = s.putArray("links");
        link(links, base + "/ogcapi/processes/" + d.id(), "self", "application/json", "Process description");
        return s;
    }

    /** The full description: the summary plus inputs (with {@code visibility}) and outputs as JSON Schema. */
    static ObjectNode description(ProcessDescription d, String base) {
        ObjectNode s = summary(d, base);
        ObjectNode inputs = s.putObject("inputs");
        d.inputs().forEach((name, p) -> inputs.set(name, parameter(p, true)));
        inputs.set(JobService.VISIBILITY, visibilityInput());
        ObjectNode outputs = s.putObject("outputs");
        d.outputs().forEach((name, p) -> outputs.set(name, parameter(p, false)));
        link((ArrayNode) s.get("links"), base + "/ogcapi/processes/" + d.id() + "/execution", REL + "execute",
                "application/json", "Execute the process");
        return s;
    }

    private static ObjectNode parameter(ProcessDescription.Parameter p, boolean input) {
        ObjectNode n = F.objectNode();
        n.put("title", p.title());
        n.put("description", p.description());
        n.set("schema", p.schema() == null ? F.objectNode() : p.schema());
        if (input) {
            n.put("minOccurs", p.minOccurs());
            n.put("maxOccurs", p.maxOccurs());
        }
        return n;
    }

    private static ObjectNode visibilityInput() {
        ObjectNode n = F.objectNode();
        n.put("title", "Visibility of the run");
        n.put("description", "private (default): the job, its report and its result layers are visible only to"
                + " you and to admins, until you publish it (POST /ogcapi/jobs/{jobId}/publication); public:"
                + " visible to everyone at once.");
        ObjectNode schema = n.putObject("schema");
        schema.put("type", "string");
        ArrayNode values = schema.putArray("enum");
        values.add("private");
        values.add("public");
        schema.put("default", "private");
        n.put("minOccurs", 0);
        n.put("maxOccurs", 1);
        return n;
    }

    /** A job's status ({@code statusInfo.yaml}) with extensions {@code estimatedSecondsLeft} and {@code messages}. */
    static ObjectNode statusInfo(AnalysisRun run, List<RunMessage> messages, String base) {
        ObjectNode s = F.objectNode();
        s.put("jobID", Long.toString(run.id()));
        s.put("processID", run.processId());
        s.put("type", "process");
        s.put("status", run.status().code());
        if (run.message() != null) {
            s.put("message", run.message());
        }
        time(s, "created", run.createdAt());
        time(s, "started", run.startedAt());
        time(s, "finished", run.finishedAt());
        time(s, "updated", run.updatedAt() != null ? run.updatedAt() : run.createdAt());
        s.put("progress", (int) Math.floor(run.progress() * 100 + 1e-9));
        if (run.status() == RunStatus.RUNNING && run.etaSeconds() != null) {
            s.put("estimatedSecondsLeft", Math.round(run.etaSeconds()));
        }
        s.put("submittedBy", run.submittedBy());
        s.put("visibility", run.publicRun() ? "public" : "private");
        ArrayNode log = s.putArray("messages");
        for (RunMessage m : messages) {
            ObjectNode e = log.addObject();
            e.put("time", m.at().toString());
            e.put("message", m.message());
        }
        String job = base + "/ogcapi/jobs/" + run.id();
        ArrayNode links = s.putArray("links");
        link(links, job, "self", "application/json", "Job status");
        if (run.status() == RunStatus.SUCCESSFUL) {
            link(links, job + "/results", REL + "results", "application/json", "Results");
        }
        if (run.status().isFinal()) {
            link(links, job + "/report.html", "describedby", "text/html", "Report");
            link(links, job + "/report.pdf", "describedby", "application/pdf", "Report (PDF)");
            link(links, job + "/report.json", "describedby", "application/json", "Report (JSON model)");
        }
        return s;
    }

    /** The job list ({@code jobList.yaml}) with a {@code next} link when the page is full. */
    static ObjectNode jobList(List<ObjectNode> jobs, String base, int offset, int limit, boolean more,
            Map<String, String> filters) {
        ObjectNode root = F.objectNode();
        ArrayNode list = root.putArray("jobs");
        jobs.forEach(list::add);
        StringBuilder query = new StringBuilder();
        filters.forEach((k, v) -> query.append('&').append(k).append('=').append(
                java.net.URLEncoder.encode(v, java.nio.charset.StandardCharsets.UTF_8)));
        ArrayNode links = root.putArray("links");
        link(links, base + "/ogcapi/jobs?limit=" + limit + "&offset=" + offset + query, "self", "application/json",
                "This page");
        if (more) {
            link(links, base + "/ogcapi/jobs?limit=" + limit + "&offset=" + (offset + limit) + query, "next",
                    "application/json", "Next page");
        }
        return root;
    }

    static void link(ArrayNode links, String href, String rel, String type, String title) {
        ObjectNode l = links.addObject();
        l.put("href", href);
        l.put("rel", rel);
        l.put("type", type);
        l.put("title", title);
    }

    private static void time(ObjectNode n, String name, Instant t) {
        if (t != null) {
            n.put(name, t.toString());
        }
    }
}
