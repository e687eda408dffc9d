package org.ecocorridor.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ecocorridor.server.support.Http;
import org.ecocorridor.server.support.Paths;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Value;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The running server over real HTTP: health, the demo catalog, admin-only imports that are all or
 * nothing, exports, and sensitive layers hidden from anonymous users. Subclasses choose the store.
 */
abstract class LayersApiContractTest {
    static final String ADMIN_PASSWORD = "test-admin-password";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Value("${local.server.port}")
    int port;

    @TempDir
    Path tmp;

    private Http http() {
        return new Http(port);
    }

    private JsonNode json(HttpResponse<String> r) {
        return JSON.readTree(r.body());
    }

    @Test
    void healthIsUp() {
        HttpResponse<String> r = http().get("/actuator/health");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(json(r).get("status").asString()).isEqualTo("UP");
    }

    @Test
    void demoLayersAreListedWithCountsAndBounds() {
        JsonNode layers = json(http().get("/api/layers"));
        List<String> names = new ArrayList<>();
        layers.forEach(l -> names.add(l.get("name").asString()));
        assertThat(names).contains("countries", "protected_areas", "habitat_patches", "flyway_sites",
                "survey_counts", "infrastructure", "wind_farms", "landcover_amur", "landcover_altai");
        JsonNode countries = layer(layers, "countries");
        assertThat(countries.get("kind").asString()).isEqualTo("vector");
        assertThat(countries.get("featureCount").asLong()).isEqualTo(6);
        // The six countries span from western Mongolia (~87.7°E) to Kamchatka/Japan, clipped at 150°E.
        assertThat(countries.get("bbox").get(0).asDouble()).isBetween(70.0, 90.0);
        assertThat(countries.get("bbox").get(2).asDouble()).isBetween(145.0, 150.0 + 1e-9);
        assertThat(layer(layers, "landcover_amur").get("kind").asString()).isEqualTo("raster");
        assertThat(layer(layers, "survey_counts").get("time").isArray()).isTrue();
    }

    private static JsonNode layer(JsonNode layers, String name) {
        for (JsonNode l : layers) {
            if (l.get("name").asString().equals(name)) {
                return l;
            }
        }
        throw new AssertionError("no layer " + name + " in " + layers);
    }

    @Test
    void anonymousAndWrongPasswordCannotImport() throws IOException {
        Path file = points("anon.geojson", 2);
        assertThat(http().putFile("/api/layers/anon_layer", file, Map.of(), null, null).statusCode()).isEqualTo(401);
        assertThat(http().putFile("/api/layers/anon_layer", file, Map.of(), "admin", "wrong").statusCode()).isEqualTo(401);
        assertThat(http().get("/api/layers/anon_layer").statusCode()).isEqualTo(404);
    }

    @Test
    void adminImportsGeoJsonThenDownloadsIt() throws IOException {
        HttpResponse<String> r = http().putFile("/api/layers/test_points", points("pts.geojson", 3),
                Map.of("title", "Test points"), "admin", ADMIN_PASSWORD);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        assertThat(json(r).get("featuresWritten").asLong()).isEqualTo(3);
        JsonNode layer = json(http().get("/api/layers/test_points"));
        assertThat(layer.get("title").asString()).isEqualTo("Test points");
        assertThat(layer.get("featureCount").asLong()).isEqualTo(3);
        // Points at lon 130 + i/10, lat 43: the bbox is [130.0, 43.0, 130.2, 43.0].
        assertThat(layer.get("bbox").get(2).asDouble()).isCloseTo(130.2, org.assertj.core.data.Offset.offset(1e-9));
        HttpResponse<String> data = http().get("/api/layers/test_points/data?format=geojson");
        assertThat(data.statusCode()).isEqualTo(200);
        assertThat(json(data).get("features").size()).isEqualTo(3);
        HttpResponse<String> csv = http().get("/api/layers/test_points/data?format=csv");
        assertThat(csv.body().lines().count()).isEqualTo(4); // header + 3 rows
    }

    @Test
    void brokenReplacementLeavesTheLayerUnchanged() throws IOException {
        assertThat(http().putFile("/api/layers/keep_me", points("keep.geojson", 3), Map.of(), "admin",
                ADMIN_PASSWORD).statusCode()).isEqualTo(201);
        Path broken = tmp.resolve("broken.geojson");
        String valid = Files.readString(points("five.geojson", 5));
        Files.writeString(broken, valid.substring(0, valid.length() * 2 / 3)); // truncated mid-feature
        HttpResponse<String> r = http().putFile("/api/layers/keep_me", broken, Map.of(), "admin", ADMIN_PASSWORD);
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(
                ct -> assertThat(ct).startsWith("application/problem+json"));
        assertThat(json(r).get("field").asString()).isEqualTo("file");
        assertThat(json(http().get("/api/layers/keep_me")).get("featureCount").asLong()).isEqualTo(3);
    }

    @Test
    void invalidGeometryIsRejectedWithItsRowWhenAsked() throws IOException {
        // Row 2 is a bow-tie (self-intersecting) polygon.
        Path file = tmp.resolve("bowtie.geojson");
        Files.writeString(file, """
                {"type":"FeatureCollection","features":[
                {"type":"Feature","properties":{"n":1},"geometry":{"type":"Polygon","coordinates":[[[130,43],[131,43],[131,44],[130,44],[130,43]]]}},
                {"type":"Feature","properties":{"n":2},"geometry":{"type":"Polygon","coordinates":[[[130,43],[131,44],[131,43],[130,44],[130,43]]]}}]}
                """);
        HttpResponse<String> r = http().putFile("/api/layers/bowtie", file, Map.of("rejectInvalid", "true"), "admin",
                ADMIN_PASSWORD);
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("Row 2");
        assertThat(http().get("/api/layers/bowtie").statusCode()).isEqualTo(404);
        HttpResponse<String> repaired = http().putFile("/api/layers/bowtie", file, Map.of(), "admin", ADMIN_PASSWORD);
        assertThat(repaired.statusCode()).isEqualTo(201);
        assertThat(json(repaired).get("repairs").get(0).asString()).startsWith("Row 2");
    }

    @Test
    void sensitiveLayersAreInvisibleToAnonymousUsers() throws IOException {
        assertThat(http().putFile("/api/layers/den_sites", points("dens.geojson", 2), Map.of("sensitive", "true"),
                "admin", ADMIN_PASSWORD).statusCode()).isEqualTo(201);
        assertThat(http().get("/api/layers").body()).doesNotContain("den_sites");
        assertThat(http().get("/api/layers/den_sites").statusCode()).isEqualTo(404);
        assertThat(http().get("/api/layers/den_sites/data").statusCode()).isEqualTo(404);
        assertThat(http().get("/api/layers", "admin", ADMIN_PASSWORD).body()).contains("den_sites");
    }

    @Test
    void adminDeletesImportedLayersButNotDemoLayers() throws IOException {
        assertThat(http().putFile("/api/layers/to_delete", points("del.geojson", 2), Map.of(), "admin",
                ADMIN_PASSWORD).statusCode()).isEqualTo(201);
        assertThat(http().delete("/api/layers/to_delete", null, null).statusCode()).isEqualTo(401);
        assertThat(http().delete("/api/layers/to_delete", "admin", ADMIN_PASSWORD).statusCode()).isEqualTo(204);
        assertThat(http().get("/api/layers/to_delete").statusCode()).isEqualTo(404);
        assertThat(http().delete("/api/layers/to_delete", "admin", ADMIN_PASSWORD).statusCode()).isEqualTo(404);
        HttpResponse<String> demo = http().delete("/api/layers/countries", "admin", ADMIN_PASSWORD);
        assertThat(demo.statusCode()).isEqualTo(409);
        assertThat(http().get("/api/layers/countries").statusCode()).isEqualTo(200);
    }

    @Test
    void geoTiffImportsAsARasterLayer() throws IOException {
        Path tif = Paths.repoRoot().resolve("data/raster/landcover_amur.tif");
        HttpResponse<String> r = http().putFile("/api/layers/lc_copy", tif, Map.of("title", "Land cover copy"),
                "admin", ADMIN_PASSWORD);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        JsonNode layer = json(http().get("/api/layers/lc_copy"));
        assertThat(layer.get("kind").asString()).isEqualTo("raster");
        // UTM 52N grid around 129.3-132.5 E, 42.2-45 N: its lon/lat bounds must fall in that area.
        assertThat(layer.get("bbox").get(0).asDouble()).isBetween(129.0, 130.0);
        assertThat(layer.get("bbox").get(3).asDouble()).isBetween(44.5, 45.5);
        assertThat(http().putFile("/api/layers/countries", tif, Map.of(), "admin", ADMIN_PASSWORD).statusCode())
                .isEqualTo(400);
    }

    @Test
    void badLayerNameIsAProblemNamingTheField() throws IOException {
        HttpResponse<String> r = http().putFile("/api/layers/Bad-Name", points("x.geojson", 1), Map.of(), "admin",
                ADMIN_PASSWORD);
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(json(r).get("field").asString()).isEqualTo("name");
    }

    @Test
    void naturalEarthCountriesImportAsTwentyFeatures() throws IOException {
        var file = Paths.referenceData("boundaries/ne_50m_admin0_neasia.geojson");
        Assumptions.assumeTrue(file.isPresent(), "../shared/reference-data not present");
        HttpResponse<String> r = http().putFile("/api/layers/ne_admin0", file.get(), Map.of(), "admin", ADMIN_PASSWORD);
        assertThat(r.statusCode()).as(r.body()).isIn(200, 201);
        assertThat(json(r).get("featuresWritten").asLong()).isEqualTo(20);
    }

    /** A GeoJSON file of {@code n} points at (130 + i/10, 43), no CRS member (so EPSG:4326 is assumed). */
    Path points(String name, int n) throws IOException {
        StringBuilder sb = new StringBuilder("{\"type\":\"FeatureCollection\",\"features\":[");
        for (int i = 0; i < n; i++) {
            sb.append(i == 0 ? "" : ",").append("{\"type\":\"Feature\",\"properties\":{\"name\":\"p").append(i)
                    .append("\",\"count\":").append(i * 10).append("},\"geometry\":{\"type\":\"Point\",\"coordinates\":[")
                    .append(130 + i / 10.0).append(",43.0]}}");
        }
        Path p = tmp.resolve(name);
        Files.writeString(p, sb.append("]}").toString());
        return p;
    }

    @Test
    void adminsManageUsersAndResearchersMayThenSubmitAnalyses() {
        String body = "{\"password\": \"field-notes-42\", \"roles\": [\"researcher\"]}";
        HttpResponse<String> anonymous = http().putJson("/api/users/rita", body, null, null);
        assertThat(anonymous.statusCode()).isEqualTo(401);
        HttpResponse<String> created = http().putJson("/api/users/rita", body, "admin", ADMIN_PASSWORD);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(json(created).get("roles").toString()).isEqualTo("[\"researcher\"]");
        assertThat(created.body()).doesNotContain("field-notes-42", "password");
        // rita is not an admin: she may not list users, but she may read the process list as herself
        assertThat(http().get("/api/users", "rita", "field-notes-42").statusCode()).isEqualTo(403);
        assertThat(http().get("/ogcapi/processes", "rita", "field-notes-42").statusCode()).isEqualTo(200);
        HttpResponse<String> weak = http().putJson("/api/users/sam", "{\"password\": \"short\"}", "admin", ADMIN_PASSWORD);
        assertThat(weak.statusCode()).isEqualTo(400);
        assertThat(json(weak).get("field").asString()).isEqualTo("password");
        HttpResponse<String> badRole = http().putJson("/api/users/rita", "{\"roles\": [\"wizard\"]}", "admin", ADMIN_PASSWORD);
        assertThat(badRole.statusCode()).isEqualTo(400);
        assertThat(json(badRole).get("field").asString()).isEqualTo("roles");
        // A password change applies to the next request, although the old password was just
        // verified (successful checks are remembered, keyed by the stored hash).
        HttpResponse<String> changed = http().putJson("/api/users/rita", "{\"password\": \"river-notes-43\"}",
                "admin", ADMIN_PASSWORD);
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
        assertThat(http().get("/ogcapi/processes", "rita", "field-notes-42").statusCode()).isEqualTo(401);
        assertThat(http().get("/ogcapi/processes", "rita", "river-notes-43").statusCode()).isEqualTo(200);
        // Disabling applies at once too, although that password was just verified.
        HttpResponse<String> disabled = http().putJson("/api/users/rita", "{\"enabled\": false}", "admin", ADMIN_PASSWORD);
        assertThat(disabled.statusCode()).isEqualTo(200);
        assertThat(http().get("/ogcapi/jobs", "rita", "river-notes-43").statusCode()).isEqualTo(401);
        assertThat(http().delete("/api/users/rita", "admin", ADMIN_PASSWORD).statusCode()).isEqualTo(204);
        assertThat(http().get("/api/users/rita", "admin", ADMIN_PASSWORD).statusCode()).isEqualTo(404);
        assertThat(http().delete("/api/users/admin", "admin", ADMIN_PASSWORD).statusCode()).isEqualTo(400);
    }
}
