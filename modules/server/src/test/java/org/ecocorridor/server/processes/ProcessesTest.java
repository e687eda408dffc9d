package org.ecocorridor.server.processes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.util.Map;
import java.util.stream.Collectors;
import org.ecocorridor.core.progress.ProgressListener;
import org.ecocorridor.report.model.QualityChecks;
import org.ecocorridor.report.model.ReportTable;
import org.ecocorridor.report.model.RunReport;
import org.ecocorridor.server.support.Paths;
import org.ecocorridor.store.SpatialStore;
import org.ecocorridor.store.SpatialStores;
import org.ecocorridor.store.StoreConfig;
import org.ecocorridor.store.demo.DemoDataLoader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Every process on the demo data (embedded store) through {@link DirectRun}: layers, report content, bad inputs. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProcessesTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private SpatialStore store;
    private ProcessRegistry processes;
    private DirectRun runner;

    @BeforeAll
    void open() throws Exception {
        store = SpatialStores.open(StoreConfig.embedded(Files.createTempDirectory("eco-processes-test")));
        new DemoDataLoader(store).loadIfEmpty(Paths.repoRoot().resolve("data"));
        processes = Processes.all(Runnable::run);
        runner = new DirectRun(store, Runnable::run, "test");
    }

    @AfterAll
    void close() {
        store.close();
    }

    private DirectRun.Result run(String id, String inputs) {
        return runner.run(processes.find(id).orElseThrow(), JSON.readTree(inputs), "tester", ProgressListener.NONE);
    }

    private static ReportTable table(RunReport report, String id) {
        return report.tables().stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow(
                () -> new AssertionError("no table " + id + " in " + report.tables().stream().map(ReportTable::id).toList()));
    }

    private static void assertChecksPass(RunReport report) {
        report.sections().stream().flatMap(s -> s.blocks().stream()).filter(QualityChecks.class::isInstance)
                .flatMap(b -> ((QualityChecks) b).checks().stream())
                .forEach(c -> assertThat(c.status()).as(c.name() + ": " + c.detail()).isNotEqualTo(QualityChecks.Status.FAIL));
    }

    @Test
    void everyProcessIsListedAndDescribed() {
        assertThat(processes.all().stream().map(AnalysisProcess::id)).containsExactly("resistance-surface",
                "least-cost-corridors", "patch-connectivity", "country-shares", "transboundary-connectivity",
                "flyway-network", "infrastructure-risk", "corridor-report");
        for (AnalysisProcess p : processes.all()) {
            ProcessDescription d = p.describe(store);
            assertThat(d.id()).isEqualTo(p.id());
            assertThat(d.inputs()).isNotEmpty();
            assertThat(d.outputs()).isNotEmpty();
            d.inputs().values().forEach(i -> assertThat(i.schema().isObject()).isTrue());
        }
    }

    @Test
    void corridorReportForAmurLeopardBetweenRussiaAndChina() {
        DirectRun.Result r = run("corridor-report", "{\"species\":\"amur_leopard\",\"countries\":[\"RUS\",\"CHN\"]}");
        long id = r.runId();
        assertThat(r.outcome().layers()).contains("run_" + id + "_corridors", "run_" + id + "_corridor_polygons",
                "run_" + id + "_lcps", "run_" + id + "_links", "run_" + id + "_patch_metrics",
                "run_" + id + "_country_shares", "run_" + id + "_border_crossings", "run_" + id + "_country_pairs");
        r.outcome().layers().forEach(l -> assertThat(store.catalog().get(l)).as(l).isPresent());
        RunReport report = r.report();
        assertThat(report.run().processId()).isEqualTo("corridor-report");
        assertThat(report.run().submittedBy()).isEqualTo("tester");
        assertThat(report.run().inputs()).extracting(i -> i.sha256().length()).containsOnly(64);
        ReportTable links = table(report, "links");
        assertThat(links.rows()).isNotEmpty();
        assertThat(links.columns()).extracting(ReportTable.Column::name).contains("cw_dist", "euc_dist", "lcp_length",
                "cwd_to_euc", "cwd_to_path");
        // The demo's Amur leopard cores lie in Russia and China: per-country shares name both.
        Map<Object, Long> byCountry = table(report, "country_shares").rows().stream()
                .collect(Collectors.groupingBy(row -> row.get(1), Collectors.counting()));
        assertThat(byCountry.keySet()).contains("RUS", "CHN");
        assertThat(table(report, "patch_metrics").rows()).hasSizeGreaterThanOrEqualTo(2);
        assertChecksPass(report);
        double lost = ((Number) r.outcome().values().get("percent_eca_lost")).doubleValue();
        assertThat(lost).isBetween(0.0, 100.0);
        // The report survives its JSON round trip (how the job system stores it).
        RunReport back = JSON.readValue(JSON.writeValueAsString(report), RunReport.class);
        assertThat(back.tables()).hasSameSizeAs(report.tables());
        assertThat(back.tables().get(0).rows().size()).isEqualTo(report.tables().get(0).rows().size());
    }

    @Test
    void flywayRiskSharesAndResistanceRun() {
        DirectRun.Result flyway = run("flyway-network", "{\"species\":\"black_faced_spoonbill\"}");
        assertThat(table(flyway.report(), "site_importance").rows()).isNotEmpty();
        DirectRun.Result risk = run("infrastructure-risk", "{\"species\":\"hooded_crane\",\"years\":10,"
                + "\"scenario\":{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"id\":\"w1\","
                + "\"properties\":{\"capacity_mw\":300},\"geometry\":{\"type\":\"Point\",\"coordinates\":[130.2,32.1]}}]}}");
        assertThat(table(risk.report(), "infrastructure_risk").rows()).isNotEmpty();
        assertThat(risk.outcome().values()).containsKey("population_with_scenario");
        DirectRun.Result resistance = run("resistance-surface", "{\"species\":\"snow_leopard\"}");
        assertThat(resistance.outcome().layers()).containsExactly("run_" + resistance.runId() + "_resistance");
        assertThat(store.rasters().info("run_" + resistance.runId() + "_resistance")).isPresent();
        // A square straddling the 130.5°E meridian, inline: its shares over the countries it covers sum to 1
        // (minus any part outside every country, reported with iso3 empty).
        DirectRun.Result shares = run("country-shares", "{\"layer\":{\"type\":\"FeatureCollection\",\"features\":[{"
                + "\"type\":\"Feature\",\"properties\":{},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":"
                + "[[[130.0,43.0],[131.5,43.0],[131.5,44.0],[130.0,44.0],[130.0,43.0]]]}}]}}");
        double sum = table(shares.report(), "country_shares").rows().stream()
                .mapToDouble(row -> ((Number) row.get(4)).doubleValue()).sum();
        assertThat(sum).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void badInputsNameTheirField() {
        AnalysisProcess corridors = processes.find("least-cost-corridors").orElseThrow();
        for (String[] c : new String[][] {{"{}", "species"}, {"{\"species\":\"hooded_crane\"}", "species"},
                {"{\"species\":\"amur_tiger\",\"width\":-5}", "width"},
                {"{\"species\":\"amur_tiger\",\"countries\":[\"R1\"]}", "countries"},
                {"{\"species\":\"amur_tiger\",\"countries\":[\"XYZ\"]}", "countries"},
                {"{\"species\":\"amur_tiger\",\"landcover\":\"nope\"}", "landcover"},
                {"{\"species\":\"amur_tiger\",\"colour\":\"red\"}", "colour"}}) {
            JsonNode inputs = JSON.readTree(c[0]);
            if (c[0].contains("XYZ")) {
                // syntactically fine: rejected when the run reads the countries table
                assertThatThrownBy(() -> runner.run(corridors, inputs, "t", ProgressListener.NONE))
                        .hasMessageContaining("Unknown country \"XYZ\"");
                continue;
            }
            assertThatThrownBy(() -> corridors.validate(inputs, store)).as(c[0])
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo(c[1]));
        }
        assertThatThrownBy(() -> processes.find("country-shares").orElseThrow().validate(
                JSON.readTree("{\"layer\":{\"type\":\"Feature\"}}"), store))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("layer"));
    }
}
