package org.ecocorridor.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.ecocorridor.server.support.Paths;
import org.ecocorridor.server.support.PostgisTestDatabase;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.ObjectMapper;

/**
 * The command-line tools as a user runs them: a separate JVM with the server's class path and the
 * store chosen by environment variables, checking exit codes and what lands in the store.
 */
class CommandLineToolsTest {
    @TempDir
    Path tmp;

    record Run(int exit, String out, String err) {
    }

    private Run run(Map<String, String> env, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-cp", System.getProperty("java.class.path"), "org.ecocorridor.server.EcocorridorMain"));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        pb.environment().remove("ECOCORRIDOR_DB_URL");
        pb.environment().putAll(env);
        Path out = tmp.resolve("out.txt");
        Path err = tmp.resolve("err.txt");
        Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).as("command finished").isTrue();
        return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    private Map<String, String> embedded() {
        return Map.of("ECOCORRIDOR_DATA_DIR", tmp.resolve("store").toString());
    }

    @Test
    void helpListsTheCommands() throws Exception {
        Run r = run(Map.of(), "--help");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("serve", "import", "export");
        Run imp = run(Map.of(), "import", "--help");
        assertThat(imp.exit()).isZero();
        assertThat(imp.out()).contains("--layer", "--title");
        Run exp = run(Map.of(), "export", "--help");
        assertThat(exp.exit()).isZero();
        assertThat(exp.out()).contains("--format", "--out");
    }

    @Test
    void importsNaturalEarthCountriesAndExportsThemOnEmbeddedStore() throws Exception {
        importAndExport(embedded());
    }

    @Test
    void importsNaturalEarthCountriesAndExportsThemOnPostgis() throws Exception {
        String url = PostgisTestDatabase.recreate("ecocorridor_cli_test");
        importAndExport(Map.of("ECOCORRIDOR_DB_URL", url, "ECOCORRIDOR_DB_USER", PostgisTestDatabase.user(),
                "ECOCORRIDOR_DB_PASSWORD", PostgisTestDatabase.password()));
    }

    private void importAndExport(Map<String, String> env) throws Exception {
        var file = Paths.referenceData("boundaries/ne_50m_admin0_neasia.geojson");
        Assumptions.assumeTrue(file.isPresent(), "../shared/reference-data not present");
        Run imported = run(env, "import", file.get().toString(), "--layer", "ne_countries", "--title", "Countries");
        assertThat(imported.exit()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("20 features");

        Path geojson = tmp.resolve("countries.geojson");
        Run exported = run(env, "export", "ne_countries", "--format", "geojson", "--out", geojson.toString());
        assertThat(exported.exit()).as(exported.err()).isZero();
        assertThat(new ObjectMapper().readTree(geojson.toFile()).get("features").size()).isEqualTo(20);

        Path gpkg = tmp.resolve("countries.gpkg");
        assertThat(run(env, "export", "ne_countries", "--format", "gpkg", "--out", gpkg.toString()).exit()).isZero();
        assertThat(Files.size(gpkg)).isGreaterThan(10_000);
        Path csv = tmp.resolve("countries.csv");
        assertThat(run(env, "export", "ne_countries", "--format", "csv", "--out", csv.toString()).exit()).isZero();
        assertThat(Files.readAllLines(csv)).hasSize(21);
    }

    @Test
    void brokenFileFailsAndLeavesTheStoreUnchanged() throws Exception {
        Path good = tmp.resolve("good.csv");
        Files.writeString(good, "name,lon,lat\na,130.1,43.1\nb,130.2,43.2\n");
        assertThat(run(embedded(), "import", good.toString(), "--layer", "sites").exit()).isZero();
        // Row 3's latitude is not a number: the whole replacement must be refused.
        Path bad = tmp.resolve("bad.csv");
        Files.writeString(bad, "name,lon,lat\nc,130.3,43.3\nd,130.4,43.4\ne,130.5,north\n");
        Run r = run(embedded(), "import", bad.toString(), "--layer", "sites");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("nothing was changed");
        assertThat(r.err()).doesNotContain("\tat ");
        Path out = tmp.resolve("sites.csv");
        assertThat(run(embedded(), "export", "sites", "--format", "csv", "--out", out.toString()).exit()).isZero();
        assertThat(Files.readString(out)).contains("130.1").doesNotContain("130.3");
    }

    @Test
    void unknownLayerAndFormatExitNonZeroWithTheReason() throws Exception {
        Run unknown = run(embedded(), "export", "no_such_layer", "--format", "geojson", "--out", tmp.resolve("x").toString());
        assertThat(unknown.exit()).isEqualTo(1);
        assertThat(unknown.err()).contains("no_such_layer");
        Run format = run(embedded(), "export", "x", "--format", "kml", "--out", tmp.resolve("x").toString());
        assertThat(format.exit()).isEqualTo(2);
        assertThat(format.err()).contains("kml");
        Run missing = run(embedded(), "import", tmp.resolve("nope.geojson").toString(), "--layer", "x");
        assertThat(missing.exit()).isEqualTo(1);
        assertThat(missing.err()).contains("no such file");
    }

    @Test
    void runsAProcessWithoutTheServerAndWritesItsReportAndOutputs() throws Exception {
        Path params = tmp.resolve("params.json");
        Files.writeString(params, "{\"inputs\": {\"species\": \"hooded_crane\"}}");
        Path out = tmp.resolve("flyway-run");
        Run r = run(embedded(), "run", "flyway-network", "--params", params.toString(), "--out", out.toString(),
                "--demo-data", Paths.repoRoot().resolve("data").toString(), "--styles",
                Paths.repoRoot().resolve("styles").toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("flyway-network run 1:", "run_1_site_importance", "run_1_flyway_edges");
        var report = new ObjectMapper().readTree(out.resolve("report.json").toFile());
        assertThat(report.path("run").path("processId").asString()).isEqualTo("flyway-network");
        assertThat(report.path("run").path("parameters").path("species").asString()).isEqualTo("hooded_crane");
        assertThat(out.resolve("outputs.gpkg")).isNotEmptyFile();
        assertThat(out.resolve("report.pdf")).isNotEmptyFile();
        assertThat(Files.readString(out.resolve("report.html"))).contains("Site importance", "hooded_crane");
        assertThat(out.resolve("tables/site_importance.csv")).isNotEmptyFile();
        assertThat(out.resolve("figures/flyway.png")).isNotEmptyFile();

        Run bad = run(embedded(), "run", "flyway-network", "--out", out.toString(), "--demo-data", "none");
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err()).contains("input \"species\"", "required");
        Run unknown = run(embedded(), "run", "no-such-process", "--out", out.toString(), "--demo-data", "none");
        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.err()).contains("no process \"no-such-process\"", "corridor-report");
    }
}
