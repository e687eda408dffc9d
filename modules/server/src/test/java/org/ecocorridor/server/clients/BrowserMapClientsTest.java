package org.ecocorridor.server.clients;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ecocorridor.server.support.Paths;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real browser clients: headless Chromium (Debian {@code chromium}) opens two pages served by our
 * server from the test classpath ({@code static/clients/}), with Leaflet 1.9.4 and OpenLayers 10.7.0
 * from their Maven Central WebJars under {@code /webjars/} (the machine is offline: no CDN). Each page
 * counts its tile load and error events and writes them into {@code <pre id="result">}; Chromium's
 * {@code --dump-dom} with a virtual time budget prints the DOM once the page is idle, so no WebDriver
 * is needed. Screenshots go to {@code target/client-screenshots/}, and to {@code docs/images/} when
 * {@code -Decocorridor.updateReferenceImages=true}. Skipped when chromium is absent, unless CI=true.
 */
class BrowserMapClientsTest extends MapClientServerTest {
    private static final Pattern RESULT = Pattern.compile("<pre id=\"result\">(.*?)</pre>", Pattern.DOTALL);
    private static final Pattern LOADED = Pattern.compile("\"loaded\":(\\d+)");
    private static final Pattern ERRORS = Pattern.compile("\"errors\":(\\d+)");
    private static final Pattern FIRST_TILE = Pattern.compile("\"firstTile\":\"([^\"]+)\"");

    @TempDir
    Path work;
    private ExternalTool chromium;

    @BeforeEach
    void requireChromium() {
        chromium = ExternalTool.require("chromium", "chromium");
    }

    @Test
    void leafletWmsLayerLoadsTilesWithoutErrors() throws IOException {
        String result = pageResult("/clients/leaflet.html");
        assertTilesLoaded(result);
        // Leaflet's L.tileLayer.wms speaks WMS 1.1.1 in EPSG:3857 by default (Leaflet TileLayer.WMS docs).
        // Leaflet writes lower-case keys (layers=, srs=): our KVP parsing must be case-insensitive.
        assertThat(firstTile(result)).contains("/wms?").contains("layers=countries").contains("srs=EPSG%3A3857");
        assertDecodesAsNonEmptyPng(firstTile(result));
        screenshot("/clients/leaflet.html", "clients-leaflet.png");
    }

    @Test
    void openLayersWmtsLayerFromCapabilitiesLoadsTilesWithoutErrors() throws IOException {
        String result = pageResult("/clients/openlayers.html");
        assertTilesLoaded(result);
        // With requestEncoding REST, optionsFromCapabilities uses the ResourceURL template we advertise.
        assertThat(firstTile(result)).contains("/wmts/1.0.0/countries/").contains("/WebMercatorQuad/4/").endsWith(".png");
        assertDecodesAsNonEmptyPng(firstTile(result));
        screenshot("/clients/openlayers.html", "clients-openlayers.png");
    }

    @Test
    void webJarsAreServedFromTheTestClasspath() {
        assertThat(get("/webjars/leaflet/1.9.4/dist/leaflet.js").statusCode()).isEqualTo(200);
        assertThat(get("/webjars/ol/10.7.0/dist/ol.js").statusCode()).isEqualTo(200);
    }

    /**
     * The page's result after Chromium's virtual-time budget. On a loaded machine the DOM can be dumped while
     * a last tile is still in flight ("status":"loading", nothing failed): then the page is loaded again, at
     * most three times in all; the assertions still apply to the last result.
     */
    private String pageResult(String page) {
        String result = null;
        for (int attempt = 0; attempt < 3 && (result == null || result.contains("\"status\":\"loading\"")); attempt++) {
            ExternalTool.Result r = chromium.run(work, 120, chromiumArgs("--dump-dom", baseUrl() + page));
            Matcher m = RESULT.matcher(r.output());
            assertThat(m.find()).as("no <pre id=\"result\"> in chromium output: %s", r.output()).isTrue();
            result = m.group(1);
        }
        return result;
    }

    private static void assertTilesLoaded(String result) {
        assertThat(result).as("page result").contains("\"status\":\"done\"");
        assertThat(count(LOADED, result)).as("tiles loaded: %s", result).isGreaterThanOrEqualTo(1);
        assertThat(count(ERRORS, result)).as("tile errors: %s", result).isZero();
    }

    private void assertDecodesAsNonEmptyPng(String tileUrl) throws IOException {
        HttpResponse<byte[]> tile = get(tileUrl);
        assertThat(tile.statusCode()).isEqualTo(200);
        assertThat(tile.headers().firstValue("Content-Type")).hasValue("image/png");
        BufferedImage img = decode(tile.body());
        assertThat(img).as("decodable PNG").isNotNull();
        assertThat(img.getWidth()).isEqualTo(256);
        assertThat(img.getHeight()).isEqualTo(256);
        // Tiles around 43.5N 128E at zoom 4 cover land of China, Russia or Korea: some opaque pixel.
        boolean anyOpaque = false;
        for (int y = 0; y < img.getHeight() && !anyOpaque; y++) {
            for (int x = 0; x < img.getWidth() && !anyOpaque; x++) {
                anyOpaque = (img.getRGB(x, y) >>> 24) > 0;
            }
        }
        assertThat(anyOpaque).as("tile has drawn pixels").isTrue();
    }

    private void screenshot(String page, String name) throws IOException {
        Path dir = Path.of("target", "client-screenshots").toAbsolutePath();
        Files.createDirectories(dir);
        Path shot = dir.resolve(name);
        ExternalTool.Result r = chromium.run(work, 120,
                chromiumArgs("--window-size=800,600", "--screenshot=" + shot, baseUrl() + page));
        assertThat(shot).as("screenshot, chromium said: %s", r.output()).isNotEmptyFile();
        if (Boolean.getBoolean(DefaultStyleImageTest.UPDATE_PROPERTY)) {
            Path docs = Paths.repoRoot().resolve("docs/images");
            Files.createDirectories(docs);
            Files.copy(shot, docs.resolve(name), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private List<String> chromiumArgs(String... extra) {
        List<String> args = new ArrayList<>(List.of("--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--disable-dev-shm-usage", "--hide-scrollbars",
                "--user-data-dir=" + work.resolve("chromium-profile"), "--virtual-time-budget=15000"));
        args.addAll(List.of(extra));
        return args;
    }

    private static int count(Pattern p, String result) {
        Matcher m = p.matcher(result);
        return m.find() ? Integer.parseInt(m.group(1)) : -1;
    }

    private static String firstTile(String result) {
        Matcher m = FIRST_TILE.matcher(result);
        assertThat(m.find()).as("first tile URL in %s", result).isTrue();
        return m.group(1).replace("&amp;", "&");
    }
}
