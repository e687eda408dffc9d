package org.ecocorridor.server.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.ecocorridor.server.support.Http;
import org.ecocorridor.store.SpatialStore;
import org.ecocorridor.store.security.Role;
import org.ecocorridor.store.security.UserAccount;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Import;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * OGC API - Processes over real HTTP with the test processes ({@link TestProcesses}): discovery, async and
 * sync execution, progress, results, errors in the spec's exception types, dismissal, security and the
 * visibility of private runs in every protocol. Subclasses choose the store.
 */
@Import(TestProcesses.class)
abstract class JobsHttpContractTest {
    static final String ADMIN_PASSWORD = "test-admin-password";
    static final String PW = "secret-pw";
    static final String OGC = "http://www.opengis.net/def/exceptions/ogcapi-processes-1/1.0/";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Value("${local.server.port}")
    int port;

    @Autowired
    SpatialStore store;

    @Autowired
    PasswordEncoder encoder;

    /** Fast heartbeats and polling, no demo data: the tests only need their own runs. */
    static void jobProperties(DynamicPropertyRegistry registry) {
        registry.add("ecocorridor.demo-data", () -> "none");
        registry.add("ecocorridor.jobs.workers", () -> "2");
        registry.add("ecocorridor.jobs.poll-interval", () -> "100ms");
        registry.add("ecocorridor.jobs.heartbeat-interval", () -> "300ms");
        registry.add("ecocorridor.jobs.stale-after", () -> "3s");
        registry.add("ecocorridor.jobs.cancel-check", () -> "200ms");
    }

    @BeforeEach
    void users() {
        for (var u : List.of(List.of("alice", Role.RESEARCHER), List.of("bob", Role.RESEARCHER),
                List.of("ed", Role.EDITOR))) {
            String name = (String) u.get(0);
            if (store.users().find(name).isEmpty()) {
                store.users().create(new UserAccount(name, encoder.encode(PW), true, Set.of((Role) u.get(1))));
            }
        }
    }

    Http http() {
        return new Http(port);
    }

    static JsonNode json(HttpResponse<String> r) {
        return JSON.readTree(r.body());
    }

    HttpResponse<String> execute(String process, String body, String user, String... headers) {
        return http().postJson("/ogcapi/processes/" + process + "/execution", body, user,
                user == null ? null : user.equals("admin") ? ADMIN_PASSWORD : PW, headers);
    }

    HttpResponse<String> get(String path, String user) {
        return http().getAs(path, user, user == null ? null : user.equals("admin") ? ADMIN_PASSWORD : PW);
    }

    /** Submits asynchronously as alice; returns the job id. */
    String submit(String process, String body) {
        HttpResponse<String> r = execute(process, body, "alice", "Prefer", "respond-async");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return json(r).get("jobID").asString();
    }

    /** Polls the job (as admin) until the condition holds; fails after 60 s. */
    JsonNode awaitJob(String id, Predicate<JsonNode> condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        JsonNode status = null;
        while (System.nanoTime() < deadline) {
            status = json(get("/ogcapi/jobs/" + id, "admin"));
            if (condition.test(status)) {
                return status;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("job " + id + " never reached the condition; last status " + status);
    }

    static boolean ended(JsonNode s) {
        return Set.of("successful", "failed", "dismissed").contains(s.get("status").asString());
    }

    static void assertProblem(HttpResponse<String> r, int status, String type) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(
                ct -> assertThat(ct).startsWith("application/problem+json"));
        if (type != null) {
            assertThat(json(r).get("type").asString()).isEqualTo(type);
        }
    }

    /** Path part of an absolute link from the server. */
    static String path(String href) {
        return href.substring(href.indexOf('/', "http://".length()));
    }

    @Test
    void landingConformanceAndProcessDescriptions() {
        JsonNode landing = json(http().get("/ogcapi"));
        List<String> rels = new ArrayList<>();
        landing.get("links").forEach(l -> rels.add(l.get("rel").asString()));
        assertThat(rels).contains("self", "http://www.opengis.net/def/rel/ogc/1.0/conformance",
                "http://www.opengis.net/def/rel/ogc/1.0/processes", "http://www.opengis.net/def/rel/ogc/1.0/job-list");
        assertThat(http().get("/ogcapi/conformance").body()).contains(
                "http://www.opengis.net/spec/ogcapi-processes-1/1.0/conf/core",
                "http://www.opengis.net/spec/ogcapi-processes-1/1.0/conf/ogc-process-description",
                "http://www.opengis.net/spec/ogcapi-processes-1/1.0/conf/json",
                "http://www.opengis.net/spec/ogcapi-processes-1/1.0/conf/job-list",
                "http://www.opengis.net/spec/ogcapi-processes-1/1.0/conf/dismiss");
        List<String> ids = new ArrayList<>();
        json(http().get("/ogcapi/processes")).get("processes").forEach(p -> ids.add(p.get("id").asString()));
        assertThat(ids).contains("count", "count-async", "fail");
        JsonNode d = json(http().get("/ogcapi/processes/count"));
        assertThat(d.get("jobControlOptions").toString()).contains("async-execute", "sync-execute", "dismiss");
        assertThat(d.get("inputs").get("steps").get("schema").get("type").asString()).isEqualTo("integer");
        assertThat(d.get("inputs").get("visibility").get("schema").get("enum").toString()).contains("private", "public");
        assertThat(d.get("outputs").has("points")).isTrue();
        JsonNode async = json(http().get("/ogcapi/processes/count-async"));
        List<String> control = new ArrayList<>();
        async.get("jobControlOptions").forEach(o -> control.add(o.asString()));
        assertThat(control).containsExactly("async-execute", "dismiss");
    }

    @Test
    void asyncExecutionShowsProgressAndEtaThenResults() throws Exception {
        // 20 steps of 150 ms: about 3 s of work, long enough to watch it run.
        HttpResponse<String> r = execute("count-async", "{\"inputs\":{\"steps\":20,\"stepMillis\":150}}", "alice");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        String id = json(r).get("jobID").asString();
        assertThat(r.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/ogcapi/jobs/" + id));
        assertThat(json(r).get("status").asString()).isIn("accepted", "running");
        JsonNode running = awaitJob(id, s -> s.get("status").asString().equals("running")
                && s.get("progress").asInt() >= 10 && s.has("estimatedSecondsLeft"));
        // ETA = elapsed·(1 − f)/f: at f ≥ 0.10 after at least 0.15 s per 5% done, it lies in (0, 60) s.
        assertThat(running.get("estimatedSecondsLeft").asLong()).isBetween(0L, 60L);
        assertThat(running.get("started").asString()).isNotBlank();
        JsonNode done = awaitJob(id, JobsHttpContractTest::ended);
        assertThat(done.get("status").asString()).isEqualTo("successful");
        assertThat(done.get("progress").asInt()).isEqualTo(100);
        assertThat(done.get("message").asString()).isEqualTo("20 steps counted");
        List<String> messages = new ArrayList<>();
        done.get("messages").forEach(m -> messages.add(m.get("message").asString()));
        assertThat(messages).contains("step 1 of 20").last().isEqualTo("20 steps counted");
        assertThat(done.get("links").toString()).contains("/ogcapi/jobs/" + id + "/results", "report.html", "report.pdf");

        JsonNode results = json(get("/ogcapi/jobs/" + id + "/results", "alice"));
        assertThat(results.get("count").asInt()).isEqualTo(20);
        JsonNode points = results.get("points");
        assertThat(points.get("layer").asString()).isEqualTo("run_" + id + "_points");
        assertThat(points.get("type").asString()).isEqualTo("application/geo+json");
        assertThat(points.get("links").toString()).contains("/wms?", "/wfs?", "/tiles/run_" + id + "_points/");
        JsonNode geojson = json(get(path(points.get("href").asString()), "alice"));
        assertThat(geojson.get("features").size()).isEqualTo(20);

        JsonNode report = json(get("/ogcapi/jobs/" + id + "/report.json", "alice"));
        assertThat(report.get("run").get("jobId").asString()).isEqualTo(id);
        assertThat(report.get("run").get("status").asString()).isEqualTo("successful");
        assertThat(report.get("run").get("parameters").get("steps").asInt()).isEqualTo(20);
        assertThat(report.get("run").get("outputs").get(0).get("layer").asString()).isEqualTo("run_" + id + "_points");
        assertThat(report.get("title").asString()).isEqualTo("Counting 20 steps");
        HttpResponse<String> html = get("/ogcapi/jobs/" + id + "/report.html", "alice");
        assertThat(html.statusCode()).isEqualTo(200);
        assertThat(html.body()).contains("Counting 20 steps", "run_" + id + "_points");
    }

    @Test
    void synchronousExecutionAnswersTheResultsAndIsRecorded() {
        HttpResponse<String> r = execute("count", "{\"inputs\":{\"steps\":3,\"stepMillis\":0}}", "alice");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(json(r).get("count").asInt()).isEqualTo(3);
        String job = path(r.headers().firstValue("Location").orElseThrow());
        JsonNode status = json(get(job, "alice"));
        assertThat(status.get("status").asString()).isEqualTo("successful");
        // Prefer: respond-async wins over a process's synchronous option.
        HttpResponse<String> async = execute("count", "{\"inputs\":{\"steps\":1}}", "alice", "Prefer", "respond-async");
        assertThat(async.statusCode()).isEqualTo(201);
        assertThat(async.headers().firstValue("Preference-Applied")).hasValue("respond-async");
    }

    @Test
    void badInputsAreProblemsNamingTheField() {
        HttpResponse<String> r = execute("count", "{\"inputs\":{\"steps\":\"many\"}}", "alice");
        assertProblem(r, 400, null);
        assertThat(json(r).get("field").asString()).isEqualTo("steps");
        HttpResponse<String> v = execute("count", "{\"inputs\":{\"visibility\":\"everyone\"}}", "alice");
        assertProblem(v, 400, null);
        assertThat(json(v).get("field").asString()).isEqualTo("visibility");
        HttpResponse<String> broken = execute("count", "{\"inputs\":", "alice");
        assertProblem(broken, 400, null);
        assertThat(json(broken).get("field").asString()).isEqualTo("body");
        assertThat(json(get("/ogcapi/jobs?limit=0", "alice")).get("field").asString()).isEqualTo("limit");
    }

    @Test
    void unknownProcessesAndJobsAre404WithTheSpecTypes() throws Exception {
        assertProblem(http().get("/ogcapi/processes/nope"), 404, OGC + "no-such-process");
        assertProblem(execute("nope", "{}", "alice"), 404, OGC + "no-such-process");
        assertProblem(get("/ogcapi/jobs/999999", "alice"), 404, OGC + "no-such-job");
        assertProblem(get("/ogcapi/jobs/not-a-number", "alice"), 404, OGC + "no-such-job");
        String id = submit("count-async", "{\"inputs\":{\"steps\":40,\"stepMillis\":100}}");
        assertProblem(get("/ogcapi/jobs/" + id + "/results", "alice"), 404, OGC + "result-not-ready");
        http().delete("/ogcapi/jobs/" + id, "alice", PW);
    }

    @Test
    void aFailingJobEndsFailedWithItsReason() throws Exception {
        String id = submit("fail", "{}");
        JsonNode s = awaitJob(id, JobsHttpContractTest::ended);
        assertThat(s.get("status").asString()).isEqualTo("failed");
        assertThat(s.get("message").asString()).isEqualTo(FailProcess.REASON);
        HttpResponse<String> results = get("/ogcapi/jobs/" + id + "/results", "alice");
        assertProblem(results, 422, null);
        assertThat(json(results).get("detail").asString()).contains(FailProcess.REASON);
        JsonNode report = json(get("/ogcapi/jobs/" + id + "/report.json", "alice"));
        assertThat(report.get("run").get("status").asString()).isEqualTo("failed");
        assertThat(report.get("run").get("message").asString()).isEqualTo(FailProcess.REASON);
        assertProblem(execute("fail", "{}", "alice"), 422, null); // synchronous: the failure at once
    }

    @Test
    void dismissingARunningJobStopsItPromptlyAndPublishesNothing() throws Exception {
        // 100 steps of 100 ms: 10 s unless stopped.
        String id = submit("count-async", "{\"inputs\":{\"steps\":100,\"stepMillis\":100}}");
        awaitJob(id, s -> s.get("status").asString().equals("running") && s.get("progress").asInt() >= 2);
        long t0 = System.nanoTime();
        HttpResponse<String> d = http().delete("/ogcapi/jobs/" + id, "alice", PW);
        assertThat(d.statusCode()).as(d.body()).isEqualTo(200);
        assertThat(json(d).get("status").asString()).isEqualTo("dismissed");
        // The worker stops within a cancellation check (200 ms here) plus a 20 ms sleep slice.
        awaitWorkerIdle();
        assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(5));
        JsonNode s = json(get("/ogcapi/jobs/" + id, "alice"));
        assertThat(s.get("status").asString()).isEqualTo("dismissed");
        assertThat(s.get("progress").asInt()).isLessThan(100);
        assertThat(store.catalog().get("run_" + id + "_points")).isEmpty();
        assertThat(json(get("/ogcapi/jobs/" + id + "/report.json", "alice")).get("run").get("status").asString())
                .isEqualTo("dismissed");
    }

    /** Waits until no job runs on this server (the dismissed one has unwound). */
    void awaitWorkerIdle() throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (store.runs().listVisible(null, true, null, org.ecocorridor.store.run.RunStatus.RUNNING, 0, 1).size() > 0
                || !runnerIdle()) {
            assertThat(System.nanoTime()).as("worker still busy").isLessThan(deadline);
            Thread.sleep(20);
        }
    }

    @Autowired
    JobRunner runner;

    boolean runnerIdle() {
        return runner.idle();
    }

    @Test
    void dismissingAFinishedJobDeletesItsLayers() throws Exception {
        String id = submit("count-async", "{\"inputs\":{\"steps\":2,\"stepMillis\":0}}");
        awaitJob(id, JobsHttpContractTest::ended);
        String wfsCaps = "/wfs?SERVICE=WFS&REQUEST=GetCapabilities&VERSION=2.0.0";
        assertThat(get(wfsCaps, "alice").body()).contains("run_" + id + "_points");
        HttpResponse<String> d = http().delete("/ogcapi/jobs/" + id, "alice", PW);
        assertThat(d.statusCode()).isEqualTo(200);
        assertThat(json(d).get("status").asString()).isEqualTo("dismissed");
        assertThat(get(wfsCaps, "alice").body()).doesNotContain("run_" + id + "_points");
        assertThat(get(wfsCaps, "admin").body()).doesNotContain("run_" + id + "_points");
        assertProblem(get("/ogcapi/jobs/" + id + "/results", "alice"), 410, null);
    }

    @Test
    void onlyResearchersAndAdminsExecute() {
        HttpResponse<String> anonymous = execute("count", "{}", null);
        assertProblem(anonymous, 401, null);
        assertThat(anonymous.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                h -> assertThat(h).startsWith("Basic"));
        assertProblem(execute("count", "{}", "ed"), 403, null);
        assertThat(execute("count", "{\"inputs\":{\"steps\":1,\"stepMillis\":0}}", "admin").statusCode()).isEqualTo(200);
    }

    @Test
    void aPrivateRunIsInvisibleToOthersUntilPublished() throws Exception {
        String id = submit("count-async", "{\"inputs\":{\"steps\":2,\"stepMillis\":0}}");
        awaitJob(id, JobsHttpContractTest::ended);
        String layer = "run_" + id + "_points";
        String wms = "/wms?SERVICE=WMS&REQUEST=GetCapabilities&VERSION=1.3.0";
        String wfs = "/wfs?SERVICE=WFS&REQUEST=GetCapabilities&VERSION=2.0.0";
        for (String other : new String[] {"bob", null}) {
            assertProblem(get("/ogcapi/jobs/" + id, other), 404, OGC + "no-such-job");
            assertProblem(get("/ogcapi/jobs/" + id + "/results", other), 404, OGC + "no-such-job");
            assertProblem(get("/ogcapi/jobs/" + id + "/report.json", other), 404, OGC + "no-such-job");
            assertThat(get(wms, other).body()).doesNotContain(layer);
            assertThat(get(wfs, other).body()).doesNotContain(layer);
            assertThat(get("/api/layers", other).body()).doesNotContain(layer);
            assertThat(get("/api/layers/" + layer, other).statusCode()).isEqualTo(404);
            // As for any unknown layer: an OGC exception report (LayerNotDefined), never the tile.
            assertThat(get("/tiles/" + layer + "/0/0/0.png", other).statusCode()).isIn(400, 404);
            assertThat(get("/ogcapi/jobs", other).body()).doesNotContain("\"jobID\":\"" + id + "\"");
        }
        assertThat(http().delete("/ogcapi/jobs/" + id, "bob", PW).statusCode()).isEqualTo(404);
        assertThat(http().postJson("/ogcapi/jobs/" + id + "/publication", "", "bob", PW).statusCode()).isEqualTo(404);
        for (String insider : new String[] {"alice", "admin"}) {
            assertThat(get("/ogcapi/jobs/" + id, insider).statusCode()).isEqualTo(200);
            assertThat(get(wms, insider).body()).contains(layer);
            assertThat(get(wfs, insider).body()).contains(layer);
            assertThat(get("/api/layers/" + layer, insider).statusCode()).isEqualTo(200);
            assertThat(get("/ogcapi/jobs", insider).body()).contains("\"jobID\":\"" + id + "\"");
        }
        HttpResponse<String> tile = get("/tiles/" + layer + "/0/0/0.png", "alice");
        assertThat(tile.statusCode()).isEqualTo(200);
        assertThat(tile.headers().firstValue("Cache-Control")).hasValueSatisfying(c -> assertThat(c).startsWith("private"));

        HttpResponse<String> pub = http().postJson("/ogcapi/jobs/" + id + "/publication", "", "alice", PW);
        assertThat(pub.statusCode()).as(pub.body()).isEqualTo(200);
        assertThat(json(pub).get("visibility").asString()).isEqualTo("public");
        for (String other : new String[] {"bob", null}) {
            assertThat(get("/ogcapi/jobs/" + id, other).statusCode()).isEqualTo(200);
            assertThat(get(wms, other).body()).contains(layer);
            assertThat(get(wfs, other).body()).contains(layer);
            assertThat(get("/api/layers/" + layer, other).statusCode()).isEqualTo(200);
        }
    }

    @Test
    void aPublicRunIsVisibleAtOnce() throws Exception {
        String id = submit("count-async", "{\"inputs\":{\"steps\":1,\"stepMillis\":0,\"visibility\":\"public\"}}");
        awaitJob(id, JobsHttpContractTest::ended);
        assertThat(get("/ogcapi/jobs/" + id, null).statusCode()).isEqualTo(200);
        assertThat(get("/api/layers/run_" + id + "_points", null).statusCode()).isEqualTo(200);
    }

    @Test
    void theJobListPagesWithANextLink() throws Exception {
        String a = submit("count-async", "{\"inputs\":{\"steps\":1,\"stepMillis\":0}}");
        String b = submit("count-async", "{\"inputs\":{\"steps\":1,\"stepMillis\":0}}");
        JsonNode page = json(get("/ogcapi/jobs?limit=1&processID=count-async", "alice"));
        assertThat(page.get("jobs").size()).isEqualTo(1);
        assertThat(page.get("jobs").get(0).get("jobID").asString()).isEqualTo(b); // newest first
        String next = null;
        for (JsonNode l : page.get("links")) {
            if (l.get("rel").asString().equals("next")) {
                next = l.get("href").asString();
            }
        }
        assertThat(next).isNotNull();
        JsonNode second = json(get(path(next), "alice"));
        assertThat(second.get("jobs").get(0).get("jobID").asString()).isEqualTo(a);
    }
}
