package org.ecocorridor.server.wms;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;
import org.ecocorridor.server.support.Http;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;

/**
 * WMS, WMTS and XYZ tiles over real HTTP on the demo data; subclasses choose the store. Expected
 * values come from the demo files: China's outline covers 116.4°E 39.9°N (Beijing); the demo
 * layers and their names are those of data/manifest.json.
 */
abstract class MapServicesHttpContractTest {
    static final String ADMIN_PASSWORD = "test-admin-password";
    private final HttpClient client = HttpClient.newHttpClient();

    @Value("${local.server.port}")
    int port;

    HttpResponse<byte[]> get(String path, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET();
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        try {
            return client.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String text(HttpResponse<byte[]> r) {
        return new String(r.body(), StandardCharsets.UTF_8);
    }

    static BufferedImage image(HttpResponse<byte[]> r) throws IOException {
        return ImageIO.read(new ByteArrayInputStream(r.body()));
    }

    @Test
    void capabilitiesOnWmsAndOwsListTheDemoLayersWithForwardedUrls() {
        HttpResponse<byte[]> wms = get("/wms?service=WMS&request=GetCapabilities&version=1.3.0",
                "X-Forwarded-Proto", "https", "X-Forwarded-Host", "maps.example.org", "X-Forwarded-Prefix", "/eco");
        assertThat(wms.statusCode()).isEqualTo(200);
        String caps = text(wms);
        assertThat(caps).contains("<Name>countries</Name>", "<Name>landcover_amur</Name>", "<Name>survey_counts</Name>")
                .contains("xlink:href=\"https://maps.example.org/eco/wms\"")
                .contains("<Dimension name=\"time\"");
        HttpResponse<byte[]> ows = get("/ows?SERVICE=WMS&REQUEST=GetCapabilities&VERSION=1.1.1");
        assertThat(ows.statusCode()).isEqualTo(200);
        assertThat(text(ows)).contains("<WMT_MS_Capabilities version=\"1.1.1\"").contains("/ows\"");
    }

    @Test
    void getMapDrawsChinaAt_Beijing() throws IOException {
        // 1.3.0 EPSG:4326 is lat/lon: the box is lat 30..50, lon 100..130; 300 x 200 px, 0.1° per pixel.
        // Beijing (116.4°E, 39.9°N) is pixel (164, 101): the countries style fills land, not white.
        HttpResponse<byte[]> r = get("/wms?SERVICE=WMS&VERSION=1.3.0&REQUEST=GetMap&LAYERS=countries&STYLES="
                + "&CRS=EPSG:4326&BBOX=30,100,50,130&WIDTH=300&HEIGHT=200&FORMAT=image/png&TRANSPARENT=TRUE");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValue("image/png");
        BufferedImage img = image(r);
        assertThat(img.getRGB(164, 101) >>> 24).as("opaque land at Beijing").isGreaterThan(0);
    }

    @Test
    void featureInfoNamesTheCountryUnderThePixel() {
        HttpResponse<byte[]> r = get("/ows?SERVICE=WMS&VERSION=1.3.0&REQUEST=GetFeatureInfo&LAYERS=countries"
                + "&QUERY_LAYERS=countries&STYLES=&CRS=EPSG:4326&BBOX=30,100,50,130&WIDTH=300&HEIGHT=200&I=164&J=101"
                + "&INFO_FORMAT=application/json");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(text(r)).contains("\"type\":\"FeatureCollection\"").contains("CHN");
    }

    @Test
    void unknownLayerIsLayerNotDefinedWith400() {
        HttpResponse<byte[]> r = get("/wms?SERVICE=WMS&VERSION=1.3.0&REQUEST=GetMap&LAYERS=nowhere&STYLES="
                + "&CRS=EPSG:4326&BBOX=30,100,50,130&WIDTH=300&HEIGHT=200&FORMAT=image/png");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(text(r)).contains("code=\"LayerNotDefined\"");
    }

    @Test
    void xyzTilesCarryEtagsAndAnswer304() {
        // z 4: Primorye (132°E, 44°N) is col ⌊(132+180)/22.5⌋ = 13, row 5 (40.98..55.78°N)
        HttpResponse<byte[]> first = get("/tiles/protected_areas/4/13/5.png");
        assertThat(first.statusCode()).isEqualTo(200);
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertThat(first.headers().firstValue("Cache-Control").orElseThrow()).startsWith("public, max-age=");
        // sent in one piece with its length, not chunked
        assertThat(first.headers().firstValueAsLong("Content-Length")).hasValue(first.body().length);
        assertThat(first.headers().firstValue("Transfer-Encoding")).isEmpty();
        HttpResponse<byte[]> again = get("/tiles/protected_areas/4/13/5.png", "If-None-Match", etag);
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(get("/tiles/protected_areas/4/99/5.png").statusCode()).isEqualTo(400);
        // tiles are read-only: a signed-in DELETE (past the security rules) gets 405 with Allow
        Http http = new Http(port);
        HttpResponse<String> delete = http.delete("/tiles/protected_areas/4/13/5.png", "admin", ADMIN_PASSWORD);
        assertThat(delete.statusCode()).isEqualTo(405);
        assertThat(delete.headers().firstValue("Allow")).hasValue("GET, HEAD");
    }

    @Test
    void wmtsKvpAndRestServeTheSameTile() {
        HttpResponse<byte[]> caps = get("/wmts?SERVICE=WMTS&REQUEST=GetCapabilities");
        assertThat(caps.statusCode()).isEqualTo(200);
        assertThat(text(caps)).contains("<ows:Identifier>WebMercatorQuad</ows:Identifier>")
                .contains("/wmts/1.0.0/countries/{Style}/{TileMatrixSet}/{TileMatrix}/{TileRow}/{TileCol}.png");
        HttpResponse<byte[]> kvp = get("/ows?SERVICE=WMTS&REQUEST=GetTile&VERSION=1.0.0&LAYER=countries&STYLE="
                + "&FORMAT=image/png&TILEMATRIXSET=WebMercatorQuad&TILEMATRIX=3&TILEROW=2&TILECOL=6");
        HttpResponse<byte[]> rest = get("/wmts/1.0.0/countries/countries/WebMercatorQuad/3/2/6.png");
        assertThat(kvp.statusCode()).isEqualTo(200);
        assertThat(rest.statusCode()).isEqualTo(200);
        assertThat(rest.body()).isEqualTo(kvp.body());
        assertThat(get("/wmts/1.0.0/WMTSCapabilities.xml").statusCode()).isEqualTo(200);
    }
}
