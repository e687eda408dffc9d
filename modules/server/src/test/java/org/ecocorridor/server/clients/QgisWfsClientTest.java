package org.ecocorridor.server.clients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;
import org.ecocorridor.core.feature.Feature;
import org.ecocorridor.server.support.Http;
import org.ecocorridor.server.support.Paths;
import org.ecocorridor.store.io.ReadOptions;
import org.ecocorridor.store.io.VectorReaders;
import org.ecocorridor.store.io.VectorSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.WKTReader;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * QGIS's WFS provider (Debian {@code python3-qgis}, headless with {@code QT_QPA_PLATFORM=offscreen}) as a
 * real client: {@code src/test/python/qgis_wfs_client.py} opens every feature type of our capabilities,
 * pages through a 100,000-point layer and commits a WFS-T edit as an editor, and reports what QGIS saw.
 * This test prepares the server (an editor user, the point layer, an editable copy of the protected
 * areas), runs the script once and compares its report with references QGIS had no part in: the demo
 * GeoJSON files read with our reader (counts, geometry types, extents in lon/lat order, so an axis flip
 * shows) and the layer's REST GeoJSON export (field names and every attribute value). Skipped without
 * python3-qgis unless CI=true.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QgisWfsClientTest extends MapClientServerTest {
    private static final String ADMIN = "admin";
    private static final String ADMIN_PASSWORD = "client-test-admin-password";
    private static final String EDITOR = "qgis_editor";
    private static final String EDITOR_PASSWORD = "qgis-editor-password";
    private static final int POINTS = 100_000;
    private static final int PAGE_SIZE = 10_000;
    private static final String ADDED_NAME = "QGIS test area";
    private static final String ADDED_WKT = "MULTIPOLYGON(((130.1 43.1, 130.3 43.1, 130.3 43.2, 130.1 43.2, 130.1 43.1)))";
    private static final String CHANGED_NAME = "Sikhote-Alin Nature Reserve";
    private static final String DELETED_NAME = "Land of the Leopard National Park";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** Coordinates cross GML as decimal text; the demo data has at most 6 decimals. */
    private static final double COORDINATE_TOLERANCE = 1e-9;

    private Path work;
    private Http http;
    private JsonNode report;
    private String scriptOutput;

    @BeforeAll
    void runQgisAgainstTheServer() throws Exception {
        ExternalTool python = ExternalTool.requirePythonModule("qgis.core", "python3-qgis");
        work = Files.createTempDirectory("eco-qgis-");
        http = new Http(port);
        HttpResponse<String> user = http.putJson("/api/users/" + EDITOR,
                "{\"password\": \"" + EDITOR_PASSWORD + "\", \"roles\": [\"editor\"]}", ADMIN, ADMIN_PASSWORD);
        assertThat(user.statusCode()).as(user.body()).isIn(200, 201);
        Path points = writePoints(work.resolve("qgis_points.geojson"));
        HttpResponse<String> imported = http.putFile("/api/layers/qgis_points", points, Map.of(), ADMIN, ADMIN_PASSWORD);
        assertThat(imported.statusCode()).as(imported.body()).isIn(200, 201);
        HttpResponse<String> editable = http.putFile("/api/layers/qgis_edits", demoFile("protected_areas"),
                Map.of("editable", "true"), ADMIN, ADMIN_PASSWORD);
        assertThat(editable.statusCode()).as(editable.body()).isIn(200, 201);

        Path config = work.resolve("config.json");
        Files.writeString(config, JSON.writeValueAsString(config()));
        Path script = Paths.repoRoot().resolve("modules/server/src/test/python/qgis_wfs_client.py");
        ExternalTool.Result r = python.run(work, 600, Map.of("QT_QPA_PLATFORM", "offscreen"),
                List.of(script.toString(), config.toString(), work.resolve("report.json").toString()));
        scriptOutput = r.output();
        assertThat(work.resolve("report.json")).as("QGIS output: %s", scriptOutput).exists();
        report = JSON.readTree(Files.readString(work.resolve("report.json")));
        assertThat(r.exitCode()).as("QGIS output: %s", scriptOutput).isZero();
    }

    @AfterAll
    void removeTheTestLayers() throws IOException {
        if (http != null) {
            http.delete("/api/layers/qgis_points", ADMIN, ADMIN_PASSWORD);
            http.delete("/api/layers/qgis_edits", ADMIN, ADMIN_PASSWORD);
            http.delete("/api/users/" + EDITOR, ADMIN, ADMIN_PASSWORD);
        }
        if (work != null) {
            try (var files = Files.list(work)) {
                for (Path f : files.toList()) {
                    Files.delete(f);
                }
            }
            Files.delete(work);
        }
    }

    private Map<String, Object> config() {
        Map<String, Object> edit = new LinkedHashMap<>();
        edit.put("typeName", "eco:qgis_edits");
        edit.put("user", EDITOR);
        edit.put("password", EDITOR_PASSWORD);
        edit.put("keyField", "name");
        edit.put("add", Map.of("attributes", Map.of("name", ADDED_NAME, "country_iso3", "RUS", "designation", "QGIS test"),
                "wkt", ADDED_WKT));
        edit.put("change", Map.of("key", CHANGED_NAME, "field", "designation", "value", "Changed by QGIS"));
        edit.put("delete", Map.of("key", DELETED_NAME));
        return Map.of("base_url", baseUrl(),
                "otherVersions", Map.of("typeName", "eco:protected_areas", "versions", List.of("auto", "1.1.0", "1.0.0")),
                "paging", Map.of("typeName", "eco:qgis_points", "pageSize", PAGE_SIZE, "keyField", "n"),
                "edit", edit);
    }

    /** Point i at lon 120 + 0.01 (i mod 400), lat 40 + 0.01 floor(i / 400), with n = i. */
    private static Path writePoints(Path file) throws IOException {
        StringBuilder json = new StringBuilder("{\"type\":\"FeatureCollection\",\"features\":[");
        for (int i = 0; i < POINTS; i++) {
            json.append(i == 0 ? "" : ",").append("{\"type\":\"Feature\",\"properties\":{\"n\":").append(i)
                    .append(",\"name\":\"point ").append(i).append("\"},\"geometry\":{\"type\":\"Point\",\"coordinates\":[")
                    .append(String.format(java.util.Locale.ROOT, "%.2f,%.2f", 120 + (i % 400) * 0.01, 40 + (i / 400) * 0.01))
                    .append("]}}");
        }
        return Files.writeString(file, json.append("]}"), StandardCharsets.UTF_8);
    }

    private static Path demoFile(String layer) {
        return Paths.repoRoot().resolve("data/vector/" + layer + ".geojson");
    }

    private static List<Feature> read(Path file) throws Exception {
        List<Feature> out = new ArrayList<>();
        try (VectorSource source = VectorReaders.open(file, ReadOptions.defaults()); var cursor = source.cursor()) {
            cursor.forEachRemaining(out::add);
        }
        return out;
    }

    /** The layer through REST ({@code /api/layers/{name}/data}, GeoJSON), not WFS. */
    private List<Feature> restExport(String layer) throws Exception {
        HttpResponse<String> r = http.get("/api/layers/" + layer + "/data");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return read(Files.writeString(work.resolve(layer + "-rest.geojson"), r.body()));
    }

    private static Envelope extent(List<Feature> features) {
        Envelope e = new Envelope();
        features.stream().filter(f -> f.geometry() != null).forEach(f -> e.expandToInclude(f.geometry().getEnvelopeInternal()));
        return e;
    }

    private static double[] box(Envelope e) {
        return new double[] {e.getMinX(), e.getMinY(), e.getMaxX(), e.getMaxY()};
    }

    private static double[] box(JsonNode array) {
        return IntStream.range(0, 4).mapToDouble(i -> array.get(i).asDouble()).toArray();
    }

    /** One feature's attributes as sorted "name=value" text; numbers as doubles (QGIS and our reader type them differently). */
    private static String canonical(Map<String, Object> attributes) {
        Map<String, String> sorted = new TreeMap<>();
        attributes.forEach((k, v) -> sorted.put(k, v instanceof Number n ? Double.toString(n.doubleValue()) : String.valueOf(v)));
        return sorted.toString();
    }

    private static Map<String, Object> attributes(JsonNode feature) {
        Map<String, Object> out = new LinkedHashMap<>();
        feature.get("attributes").properties().forEach(e -> out.put(e.getKey(),
                e.getValue().isNull() ? null : e.getValue().isNumber() ? e.getValue().numberValue()
                        : e.getValue().isBoolean() ? e.getValue().asBoolean() : e.getValue().asString()));
        return out;
    }

    private String qgisSaid() {
        return "QGIS report: " + report + "\nQGIS output: " + scriptOutput;
    }

    @Test
    void qgisOpensEveryFeatureTypeWithItsCountGeometryTypeExtentAndAttributes() throws Exception {
        List<String> typeNames = new ArrayList<>();
        report.get("typeNames").forEach(n -> typeNames.add(n.asString()));
        assertThat(typeNames).contains("eco:protected_areas", "eco:countries", "eco:habitat_patches", "eco:flyway_sites",
                "eco:infrastructure", "eco:qgis_points", "eco:qgis_edits");
        assertThat(report.get("layers")).hasSize(typeNames.size() - 1); // all but the paging layer, read below
        for (JsonNode layer : report.get("layers")) {
            String name = layer.get("typeName").asString().substring("eco:".length());
            String as = name + ": " + layer;
            assertThat(layer.get("valid").asBoolean()).as(as).isTrue();
            assertThat(layer.get("errors")).as(as).isEmpty();
            // QGIS read qgis_edits before editing it: it then held the rows of the file it was imported from
            boolean edited = name.equals("qgis_edits");
            List<Feature> rest = edited ? read(demoFile("protected_areas")) : restExport(name);
            List<Feature> expected = !edited && Files.exists(demoFile(name)) ? read(demoFile(name)) : rest;
            assertThat(layer.get("featuresRead").asInt()).as(as).isEqualTo(expected.size());
            assertThat(layer.get("providerFeatureCount").asInt()).as(as).isEqualTo(expected.size());
            assertThat(layer.get("distinctIds").asInt()).as(as).isEqualTo(expected.size());
            // A layer of one geometry type keeps it (a MultiPolygon stays MultiPolygon). The demo's
            // infrastructure mixes points and lines: QGIS 3.22 gives such a layer the first feature's
            // type, but each feature keeps its own (checked with the attributes below).
            List<String> types = expected.stream().map(f -> f.geometry().getGeometryType()).distinct().toList();
            assertThat(layer.get("geometryType").asString()).as(as).isIn(types);
            if (types.size() == 1) {
                assertThat(layer.get("geometryType").asString()).as(as).isEqualTo(types.get(0));
            }
            // (lon, lat) order: a flipped axis would swap x and y here
            assertThat(box(layer.get("extent"))).as(as).containsExactly(box(extent(expected)), within(COORDINATE_TOLERANCE));
            assertThat(box(layer.get("layerExtent"))).as(as).containsExactly(box(extent(expected)), within(COORDINATE_TOLERANCE));
            List<String> fields = new ArrayList<>();
            layer.get("fields").forEach(f -> fields.add(f.asString()));
            assertThat(fields).as(as).containsExactlyInAnyOrderElementsOf(rest.get(0).attributes().keySet());
            List<String> seen = new ArrayList<>();
            layer.get("features").forEach(f -> seen.add(f.get("geometryType").asString() + " " + canonical(attributes(f))));
            assertThat(seen).as(as).containsExactlyInAnyOrderElementsOf(rest.stream()
                    .map(f -> f.geometry().getGeometryType() + " " + canonical(f.attributes())).toList());
        }
    }

    @Test
    void qgisKeepsMultiPolygonsAndLonLatExtentsWithEveryWfsVersion() throws Exception {
        List<Feature> expected = read(demoFile("protected_areas"));
        List<String> versions = new ArrayList<>();
        for (JsonNode layer : report.get("versions")) {
            versions.add(layer.get("version").asString());
            assertThat(layer.get("valid").asBoolean()).as(qgisSaid()).isTrue();
            assertThat(layer.get("geometryType").asString()).as(layer.toString()).isEqualTo("MultiPolygon");
            assertThat(layer.get("featuresRead").asInt()).as(layer.toString()).isEqualTo(expected.size());
            assertThat(box(layer.get("extent"))).as(layer.toString())
                    .containsExactly(box(extent(expected)), within(COORDINATE_TOLERANCE));
        }
        assertThat(versions).containsExactly("auto", "1.1.0", "1.0.0");
    }

    @Test
    void qgisPagesThroughOneHundredThousandFeatures() {
        JsonNode paging = report.get("paging");
        assertThat(paging.get("valid").asBoolean()).as(qgisSaid()).isTrue();
        assertThat(paging.get("errors")).as(paging.toString()).isEmpty();
        assertThat(paging.get("providerFeatureCount").asInt()).isEqualTo(POINTS);
        assertThat(paging.get("featuresRead").asInt()).isEqualTo(POINTS);
        assertThat(paging.get("distinctIds").asInt()).isEqualTo(POINTS);
        // n runs 0..99,999 with no gap and no repeat: every page arrived once
        assertThat(paging.get("distinctKeys").asInt()).isEqualTo(POINTS);
        assertThat(paging.get("minKey").asInt()).isZero();
        assertThat(paging.get("maxKey").asInt()).isEqualTo(POINTS - 1);
        List<String> pages = new ArrayList<>();
        paging.get("getFeatureRequests").forEach(u -> pages.add(u.asString()));
        // 100,000 / 10,000 = 10 full pages (QGIS may ask once more and get an empty page)
        for (int start = 0; start < POINTS; start += PAGE_SIZE) {
            String startIndex = "STARTINDEX=" + start + "&";
            assertThat(pages).as(pages.toString()).anyMatch(u -> u.contains(startIndex) && u.contains("COUNT=" + PAGE_SIZE));
        }
    }

    @Test
    void qgisCommitsAnInsertAnUpdateAndADeleteThroughWfsT() throws Exception {
        JsonNode edit = report.get("edit");
        assertThat(edit.get("valid").asBoolean()).as(qgisSaid()).isTrue();
        assertThat(edit.get("capabilities").get("addFeatures").asBoolean()).as(edit.toString()).isTrue();
        assertThat(edit.get("capabilities").get("changeAttributeValues").asBoolean()).as(edit.toString()).isTrue();
        assertThat(edit.get("capabilities").get("deleteFeatures").asBoolean()).as(edit.toString()).isTrue();
        for (String step : List.of("startEditing", "addFeature", "changeAttributeValue", "deleteFeature", "commitChanges")) {
            assertThat(edit.get(step).asBoolean()).as(step + ": " + edit).isTrue();
        }
        // Read back through WFS GeoJSON, not QGIS: 12 demo areas + 1 added - 1 deleted.
        HttpResponse<String> r = http.get("/wfs?SERVICE=WFS&VERSION=2.0.0&REQUEST=GetFeature&TYPENAMES=eco:qgis_edits"
                + "&OUTPUTFORMAT=application/json");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        List<Feature> after = read(Files.writeString(work.resolve("edited.geojson"), r.body()));
        Map<String, Feature> byName = new LinkedHashMap<>();
        after.forEach(f -> byName.put(String.valueOf(f.get("name")), f));
        assertThat(after).hasSize(read(demoFile("protected_areas")).size());
        assertThat(byName).doesNotContainKey(DELETED_NAME).containsKeys(ADDED_NAME, CHANGED_NAME);
        assertThat(byName.get(CHANGED_NAME).get("designation")).isEqualTo("Changed by QGIS");
        Feature added = byName.get(ADDED_NAME);
        assertThat(added.get("country_iso3")).isEqualTo("RUS");
        assertThat(added.get("designation")).isEqualTo("QGIS test");
        Geometry expected = new WKTReader().read(ADDED_WKT);
        assertThat(added.geometry().getGeometryType()).isEqualTo("MultiPolygon");
        assertThat(added.geometry().norm().equalsExact(expected.norm(), COORDINATE_TOLERANCE))
                .as(added.geometry().toText()).isTrue();
    }
}
