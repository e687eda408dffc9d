package org.ecocorridor.server.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.ecocorridor.store.security.Role;
import org.ecocorridor.server.support.Http;
import org.ecocorridor.server.support.PostgisTestDatabase;
import org.ecocorridor.server.support.ServerProperties;
import org.ecocorridor.store.SpatialStore;
import org.ecocorridor.store.security.UserAccount;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every process on the demo data through the real server and PostGIS, as a researcher would: execute
 * asynchronously, poll to completion, read every output layer through WFS GetFeature and WMS GetMap, and read
 * the corridor report's PDF text (PDFBox) for the link table and the per-country shares.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ProcessesEndToEndTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String ADMIN_PASSWORD = "e2e-admin-password";
    private static final String PW = "researcher-pw";

    @TempDir
    static Path dataDir;
    static String url;

    @Value("${local.server.port}")
    int port;
    @Autowired
    SpatialStore store;
    @Autowired
    PasswordEncoder encoder;

    @BeforeAll
    static void freshDatabase() {
        url = PostgisTestDatabase.recreate("ecocorridor_processes_e2e_test");
    }

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        ServerProperties.postgis(registry, () -> dataDir, () -> url, ADMIN_PASSWORD);
        registry.add("ecocorridor.jobs.workers", () -> "2");
        registry.add("ecocorridor.jobs.poll-interval", () -> "200ms");
    }

    private Http http() {
        return new Http(port);
    }

    private JsonNode get(String path) {
        HttpResponse<String> r = http().get(path, "rita", PW);
        assertThat(r.statusCode()).as(path + ": " + r.body()).isEqualTo(200);
        return JSON.readTree(r.body());
    }

    private JsonNode await(String job) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(15).toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode s = get("/ogcapi/jobs/" + job);
            if (Set.of("successful", "failed", "dismissed").contains(s.get("status").asString())) {
                return s;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("job " + job + " did not end in 15 minutes");
    }

    @Test
    void everyProcessRunsPublishesAndReports() throws Exception {
        if (store.users().find("rita").isEmpty()) {
            store.users().create(new UserAccount("rita", encoder.encode(PW), true, Set.of(Role.RESEARCHER)));
        }
        Map<String, String> requests = new LinkedHashMap<>();
        requests.put("resistance-surface", "{\"species\":\"amur_tiger\"}");
        requests.put("least-cost-corridors", "{\"species\":\"amur_leopard\"}");
        requests.put("patch-connectivity", "{\"species\":\"amur_leopard\",\"links\":\"euclidean\"}");
        requests.put("country-shares", "{\"layer\":\"protected_areas\"}");
        requests.put("transboundary-connectivity", "{\"species\":\"amur_leopard\"}");
        requests.put("flyway-network", "{\"species\":\"hooded_crane\"}");
        requests.put("infrastructure-risk", "{\"species\":\"black_faced_spoonbill\"}");
        requests.put("corridor-report", "{\"species\":\"amur_leopard\",\"countries\":[\"RUS\",\"CHN\"]}");
        Map<String, String> jobs = new LinkedHashMap<>();
        for (var e : requests.entrySet()) {
            HttpResponse<String> r = http().postJson("/ogcapi/processes/" + e.getKey() + "/execution",
                    "{\"inputs\":" + e.getValue() + "}", "rita", PW, "Prefer", "respond-async");
            assertThat(r.statusCode()).as(e.getKey() + ": " + r.body()).isEqualTo(201);
            jobs.put(e.getKey(), JSON.readTree(r.body()).get("jobID").asString());
        }
        for (var e : jobs.entrySet()) {
            JsonNode status = await(e.getValue());
            assertThat(status.get("status").asString()).as(e.getKey() + ": " + status).isEqualTo("successful");
            assertThat(status.get("progress").asInt()).isEqualTo(100);
            JsonNode results = get("/ogcapi/jobs/" + e.getValue() + "/results");
            int layers = 0;
            for (var output : results.properties()) {
                JsonNode layer = output.getValue().path("layer");
                if (layer.isString()) {
                    readThroughOgc(layer.asString());
                    layers++;
                }
            }
            assertThat(layers).as(e.getKey() + " publishes layers: " + results).isPositive();
        }

        String report = jobs.get("corridor-report");
        HttpResponse<byte[]> pdf = http().getBytes("/ogcapi/jobs/" + report + "/report.pdf", "rita", PW);
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        String text;
        try (PDDocument doc = Loader.loadPDF(pdf.body())) {
            assertThat(doc.getNumberOfPages()).isGreaterThan(3);
            // wide tables may break headers after '_' (with a zero-width space), cells wrap: join them again
            text = new PDFTextStripper().getText(doc).replace("\u200B", "").replaceAll("_\\s+", "_").replaceAll("\\s+", " ");
        }
        // the link table with its statistics, and the per-country shares with both countries
        assertThat(text).contains("Links with every statistic", "cw_dist", "Land of the Leopard");
        assertThat(text).contains("Per-country shares of each link", "RUS", "CHN");
        assertThat(text).contains("NLCC minimum", "PASS", "Linkage Mapper");
        HttpResponse<String> csv = http().get("/ogcapi/jobs/" + report + "/tables/country_shares.csv", "rita", PW);
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.body()).startsWith("link_id,iso3,path_km [km]").contains(",RUS,", ",CHN,");
        HttpResponse<byte[]> gpkg = http().getBytes("/ogcapi/jobs/" + report + "/outputs.gpkg", "rita", PW);
        assertThat(gpkg.statusCode()).isEqualTo(200);
        assertThat(new String(gpkg.body(), 0, 15, StandardCharsets.US_ASCII)).isEqualTo("SQLite format 3");
    }

    /** One output layer through WMS GetMap (PNG) and, for vectors, WFS GetFeature (GeoJSON, at least one feature). */
    private void readThroughOgc(String layer) {
        var info = store.catalog().get(layer).orElseThrow().info();
        var b = info.bbox();
        String bbox = b.getMinY() + "," + b.getMinX() + "," + b.getMaxY() + "," + b.getMaxX();
        HttpResponse<byte[]> map = http().getBytes("/wms?SERVICE=WMS&VERSION=1.3.0&REQUEST=GetMap&LAYERS=" + layer
                + "&STYLES=&CRS=EPSG:4326&BBOX=" + bbox + "&WIDTH=256&HEIGHT=256&FORMAT=image/png", "rita", PW);
        assertThat(map.statusCode()).as(layer).isEqualTo(200);
        assertThat(map.headers().firstValue("Content-Type")).as(layer).hasValue("image/png");
        if (info.kind() == org.ecocorridor.core.catalog.LayerKind.VECTOR) {
            HttpResponse<String> features = http().get("/wfs?SERVICE=WFS&VERSION=2.0.0&REQUEST=GetFeature&TYPENAMES="
                    + layer + "&OUTPUTFORMAT=" + URLEncoder.encode("application/json", StandardCharsets.UTF_8), "rita", PW);
            assertThat(features.statusCode()).as(layer + ": " + features.body()).isEqualTo(200);
            assertThat(JSON.readTree(features.body()).get("features").size()).as(layer).isEqualTo((int) info.featureCount());
        }
        // a private run's layer: in its submitter's capabilities, absent from an anonymous user's
        assertThat(http().get("/wms?SERVICE=WMS&VERSION=1.3.0&REQUEST=GetCapabilities", "rita", PW).body()).contains(layer);
        assertThat(http().get("/wms?SERVICE=WMS&VERSION=1.3.0&REQUEST=GetCapabilities").body()).doesNotContain(layer);
    }
}
