package org.ecocorridor.server.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.ecocorridor.server.support.Http;
import org.ecocorridor.server.support.Paths;
import org.ecocorridor.server.support.PostgisTestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Durability on one PostGIS database with real server processes (separate JVMs, killed with
 * {@code destroyForcibly}, i.e. SIGKILL: no shutdown hook runs): a job running on a killed instance ends
 * failed as interrupted on a surviving instance, with no layer left; queued jobs are picked up; two
 * instances sharing the queue run each job exactly once (counted in {@code test_executions}).
 */
class JobDurabilityTest {
    private static final String ADMIN_PASSWORD = "durability-admin";
    private static final ObjectMapper JSON = new ObjectMapper();
    private final List<Process> servers = new ArrayList<>();

    @TempDir
    Path tmp;

    @AfterEach
    void stopServers() {
        servers.forEach(Process::destroyForcibly);
    }

    @Test
    void jobsSurviveADeadInstanceAndRunExactlyOnceAcrossInstances() throws Exception {
        String url = PostgisTestDatabase.recreate("ecocorridor_jobs_durability_test");
        int portA = freePort();
        Process a = start(url, portA, "a");
        Http httpA = await(portA, a);

        // A has one worker: the slow job runs (20 s unless killed), the quick ones wait in the queue.
        String slow = submit(httpA, "{\"steps\":200,\"stepMillis\":100}");
        List<String> quick = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            quick.add(submit(httpA, "{\"steps\":5,\"stepMillis\":150}"));
        }
        awaitJob(httpA, slow, s -> s.get("status").asString().equals("running") && s.get("progress").asInt() >= 3);
        a.destroyForcibly().waitFor(30, TimeUnit.SECONDS);

        int portB = freePort();
        int portC = freePort();
        Process b = start(url, portB, "b");
        Process c = start(url, portC, "c");
        Http httpB = await(portB, b);
        Http httpC = await(portC, c);

        // The stale sweep (heartbeat older than 2 s) fails the slow job; nothing of it stays published.
        JsonNode failed = awaitJob(httpB, slow, JobDurabilityTest::ended);
        assertThat(failed.get("status").asString()).isEqualTo("failed");
        assertThat(failed.get("message").asString()).isEqualTo(JobRunner.INTERRUPTED);
        assertThat(httpB.get("/api/layers/run_" + slow + "_points", "admin", ADMIN_PASSWORD).statusCode())
                .isEqualTo(404);
        assertThat(httpB.get("/ogcapi/jobs/" + slow + "/report.json", "admin", ADMIN_PASSWORD).body())
                .contains(JobRunner.INTERRUPTED);

        // The queued jobs are picked up by the surviving instances, each run once.
        for (String id : quick) {
            JsonNode s = awaitJob(id.hashCode() % 2 == 0 ? httpB : httpC, id, JobDurabilityTest::ended);
            assertThat(s.get("status").asString()).as("job " + id).isEqualTo("successful");
        }
        Map<Long, Integer> executions = executions(url);
        assertThat(executions.get(Long.parseLong(slow))).as("the interrupted job is not re-run").isEqualTo(1);
        for (String id : quick) {
            assertThat(executions.get(Long.parseLong(id))).as("executions of job " + id).isEqualTo(1);
        }
        assertThat(layerCount(url, "run_" + slow + "_points")).as("catalog rows and tables").isZero();
    }

    private Process start(String url, int port, String name) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m", "-cp", System.getProperty("java.class.path"), JobServerMain.class.getName(),
                "--server.port=" + port, "--ecocorridor.db.url=" + url,
                "--ecocorridor.db.user=" + PostgisTestDatabase.user(),
                "--ecocorridor.db.password=" + PostgisTestDatabase.password(),
                "--ecocorridor.data-dir=" + tmp.resolve(name), "--ecocorridor.demo-data=none",
                "--ecocorridor.admin-password=" + ADMIN_PASSWORD,
                "--ecocorridor.map.styles-dir=" + Paths.repoRoot().resolve("styles"),
                "--ecocorridor.jobs.workers=1", "--ecocorridor.jobs.poll-interval=200ms",
                "--ecocorridor.jobs.heartbeat-interval=500ms", "--ecocorridor.jobs.stale-after=2s"));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                .redirectOutput(tmp.resolve(name + ".log").toFile()).redirectErrorStream(true);
        pb.environment().remove("ECOCORRIDOR_DB_URL");
        Process p = pb.start();
        servers.add(p);
        return p;
    }

    /** Waits until the server answers its health check (2 minutes at most: 2 busy cores). */
    private Http await(int port, Process p) throws Exception {
        Http http = new Http(port);
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (System.nanoTime() < deadline) {
            assertThat(p.isAlive()).as("server on port " + port + " died; see its log in " + tmp).isTrue();
            try {
                if (http.get("/actuator/health").statusCode() == 200) {
                    return http;
                }
            } catch (java.io.UncheckedIOException e) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new AssertionError("server on port " + port + " did not start");
    }

    private static String submit(Http http, String inputs) {
        HttpResponse<String> r = http.postJson("/ogcapi/processes/count-async/execution", "{\"inputs\":" + inputs + "}",
                "admin", ADMIN_PASSWORD);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return JSON.readTree(r.body()).get("jobID").asString();
    }

    private static JsonNode awaitJob(Http http, String id, Predicate<JsonNode> condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        JsonNode s = null;
        while (System.nanoTime() < deadline) {
            s = JSON.readTree(http.get("/ogcapi/jobs/" + id, "admin", ADMIN_PASSWORD).body());
            if (condition.test(s)) {
                return s;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("job " + id + " never reached the condition; last status " + s);
    }

    private static boolean ended(JsonNode s) {
        return List.of("successful", "failed", "dismissed").contains(s.get("status").asString());
    }

    private static Map<Long, Integer> executions(String url) throws SQLException {
        Map<Long, Integer> counts = new HashMap<>();
        try (Connection c = DriverManager.getConnection(url, PostgisTestDatabase.user(), PostgisTestDatabase.password());
                PreparedStatement ps = c.prepareStatement("SELECT run_id, COUNT(*) FROM test_executions GROUP BY run_id");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                counts.put(rs.getLong(1), rs.getInt(2));
            }
        }
        return counts;
    }

    private static int layerCount(String url, String name) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, PostgisTestDatabase.user(), PostgisTestDatabase.password());
                PreparedStatement ps = c.prepareStatement("SELECT (SELECT COUNT(*) FROM layers WHERE name = ?)"
                        + " + (SELECT COUNT(*) FROM information_schema.tables WHERE table_name = ?)")) {
            ps.setString(1, name);
            ps.setString(2, name);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
