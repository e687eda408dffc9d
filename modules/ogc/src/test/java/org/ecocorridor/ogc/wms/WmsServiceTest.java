package org.ecocorridor.ogc.wms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ecocorridor.ogc.wms.WmsFixture.body;
import static org.ecocorridor.ogc.wms.WmsFixture.image;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.ecocorridor.ogc.ows.OwsResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * GetMap, exceptions and GetFeatureInfo on {@link WmsFixture}'s layers. Expected pixels come from
 * the fixture's geometry: a 200 × 100 map of lon 100..120, lat 40..50 has 0.1° pixels, so the red
 * box (lon 100..110) fills columns 0..99.
 */
class WmsServiceTest {
    private static final int RED = 0xFFFF0000;
    private static final int WHITE = 0xFFFFFFFF;
    private static final String MAP = "SERVICE=WMS&REQUEST=GetMap&LAYERS=boxes&STYLES=&FORMAT=image/png"
            + "&WIDTH=200&HEIGHT=100";

    @TempDir
    Path tmp;
    WmsFixture f;

    @BeforeEach
    void setUp() throws Exception {
        f = new WmsFixture(tmp);
    }

    @Test
    void wms130Epsg4326TakesLatitudeFirstAnd111LongitudeFirst() {
        BufferedImage v130 = image(f.get(MAP + "&VERSION=1.3.0&CRS=EPSG:4326&BBOX=40,100,50,120"));
        BufferedImage v111 = image(f.get(MAP + "&VERSION=1.1.1&SRS=EPSG:4326&BBOX=100,40,120,50"));
        BufferedImage crs84 = image(f.get(MAP + "&VERSION=1.3.0&CRS=CRS:84&BBOX=100,40,120,50"));
        for (BufferedImage img : new BufferedImage[] {v130, v111, crs84}) {
            assertThat(img.getWidth()).isEqualTo(200);
            assertThat(img.getRGB(50, 50)).isEqualTo(RED);
            assertThat(img.getRGB(150, 50)).isEqualTo(WHITE);
        }
    }

    @Test
    void keysAreCaseInsensitiveAndTransparentAcceptsAnyCase() {
        BufferedImage img = image(f.get("service=WMS&request=GetMap&layers=boxes&styles=&format=image/png"
                + "&width=200&height=100&version=1.3.0&crs=CRS:84&bbox=100,40,120,50&transparent=TRUE"));
        assertThat(img.getRGB(50, 50)).isEqualTo(RED);
        assertThat(img.getRGB(150, 50) >>> 24).as("alpha outside the box").isZero();
    }

    @Test
    void webMercatorMapIsReprojected() {
        // x = R·λ (R = 6378137 m): λ = 100° → 11131949.08 m, 120° → 13358338.90 m; the box edge λ = 110° is
        // 12245143.99 m, half way across, so column 100 of 200. y spans lat 40..50 (4865942.28..6446275.84 m).
        BufferedImage img = image(f.get(MAP + "&VERSION=1.3.0&CRS=EPSG:3857"
                + "&BBOX=11131949.08,4865942.28,13358338.90,6446275.84"));
        assertThat(img.getRGB(95, 50)).isEqualTo(RED);
        assertThat(img.getRGB(105, 50)).isEqualTo(WHITE);
        BufferedImage alias = image(f.get(MAP + "&VERSION=1.1.1&SRS=EPSG:900913"
                + "&BBOX=11131949.08,4865942.28,13358338.90,6446275.84"));
        assertThat(alias.getRGB(95, 50)).isEqualTo(RED);
    }

    @Test
    void alternateStyleAndSldBodyRestyle() {
        BufferedImage green = image(f.get(MAP.replace("STYLES=", "STYLES=boxes_green")
                + "&VERSION=1.3.0&CRS=CRS:84&BBOX=100,40,120,50"));
        assertThat(green.getRGB(50, 50)).isEqualTo(0xFF00FF00);
        String sld = "<StyledLayerDescriptor version=\"1.0.0\" xmlns=\"http://www.opengis.net/sld\"><NamedLayer>"
                + "<Name>boxes</Name><UserStyle><FeatureTypeStyle><Rule><PolygonSymbolizer><Fill>"
                + "<CssParameter name=\"fill\">#0000FF</CssParameter></Fill></PolygonSymbolizer></Rule>"
                + "</FeatureTypeStyle></UserStyle></NamedLayer></StyledLayerDescriptor>";
        BufferedImage blue = image(f.get(MAP + "&VERSION=1.3.0&CRS=CRS:84&BBOX=100,40,120,50&SLD_BODY="
                + java.net.URLEncoder.encode(sld, StandardCharsets.UTF_8)));
        assertThat(blue.getRGB(50, 50)).isEqualTo(0xFF0000FF);
    }

    @Test
    void rasterCellsTakeTheirClassColours() {
        // 100 x 50 px over lon 120..122, lat 44..45: columns 0..49 are cell value 1 (green), 50..99 value 2 (blue)
        BufferedImage img = image(f.get("SERVICE=WMS&REQUEST=GetMap&VERSION=1.3.0&LAYERS=grid&STYLES=&FORMAT=image/png"
                + "&WIDTH=100&HEIGHT=50&CRS=CRS:84&BBOX=120,44,122,45"));
        assertThat(img.getRGB(25, 25)).isEqualTo(0xFF00FF00);
        assertThat(img.getRGB(75, 25)).isEqualTo(0xFF0000FF);
    }

    @Test
    void timeSelectsCountsAndDefaultsToTheLastDate() {
        String map = "SERVICE=WMS&REQUEST=GetMap&VERSION=1.3.0&LAYERS=counts&STYLES=&FORMAT=image/png&WIDTH=200"
                + "&HEIGHT=100&CRS=CRS:84&BBOX=100,40,120,50";
        // (105, 45) is pixel (50, 50); (115, 45) is pixel (150, 50)
        BufferedImage early = image(f.get(map + "&TIME=2020-01-10"));
        assertThat(early.getRGB(50, 50)).isEqualTo(0xFF0000FF);
        assertThat(early.getRGB(150, 50)).isEqualTo(WHITE);
        BufferedImage byDefault = image(f.get(map));
        assertThat(byDefault.getRGB(50, 50)).isEqualTo(WHITE);
        assertThat(byDefault.getRGB(150, 50)).isEqualTo(0xFF0000FF);
        BufferedImage both = image(f.get(map + "&TIME=2020-01-01/2020-12-31"));
        assertThat(both.getRGB(50, 50)).isEqualTo(0xFF0000FF);
        assertThat(both.getRGB(150, 50)).isEqualTo(0xFF0000FF);
        assertThat(report(f.get(map + "&TIME=yesterday"))).contains("code=\"InvalidDimensionValue\"");
        assertThat(report(f.get(map + "&TIME="))).contains("code=\"MissingDimensionValue\"");
    }

    @Test
    void paletteAndJpegFormatsDecode() {
        for (String format : new String[] {"image/png8", "image/png;%20mode=8bit", "image/jpeg"}) {
            OwsResponse r = f.get(MAP.replace("image/png", format) + "&VERSION=1.3.0&CRS=CRS:84&BBOX=100,40,120,50");
            BufferedImage img = image(r);
            int rgb = img.getRGB(50, 50);
            // JPEG is lossy: within 8 levels of pure red per channel
            assertThat((rgb >> 16) & 0xFF).isGreaterThan(247);
            assertThat((rgb >> 8) & 0xFF).isLessThan(8);
        }
    }

    @Test
    void errorsAreServiceExceptionReportsOfTheRequestVersion() {
        OwsResponse unknown = f.get(MAP.replace("LAYERS=boxes", "LAYERS=nothing")
                + "&VERSION=1.3.0&CRS=CRS:84&BBOX=100,40,120,50");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.contentType()).startsWith("text/xml");
        assertThat(report(unknown)).contains("xmlns=\"http://www.opengis.net/ogc\"").contains("version=\"1.3.0\"")
                .contains("code=\"LayerNotDefined\"").contains("locator=\"LAYERS\"");
        OwsResponse srs = f.get(MAP + "&VERSION=1.1.1&SRS=EPSG:99999&BBOX=100,40,120,50");
        assertThat(srs.contentType()).startsWith("application/vnd.ogc.se_xml");
        assertThat(report(srs)).contains("code=\"InvalidSRS\"").contains("exception_1_1_1.dtd");
        assertThat(report(f.get(MAP + "&VERSION=1.3.0&CRS=EPSG:99999&BBOX=100,40,120,50")))
                .contains("code=\"InvalidCRS\"");
        assertThat(report(f.get(MAP.replace("STYLES=", "STYLES=nope") + "&VERSION=1.3.0&CRS=CRS:84&BBOX=100,40,120,50")))
                .contains("code=\"StyleNotDefined\"");
        assertThat(report(f.get(MAP.replace("image/png", "image/tiff") + "&VERSION=1.3.0&CRS=CRS:84&BBOX=100,40,120,50")))
                .contains("code=\"InvalidFormat\"");
        assertThat(report(f.get(MAP + "&VERSION=1.3.0&CRS=CRS:84"))).contains("code=\"MissingParameterValue\"")
                .contains("locator=\"BBOX\"");
        assertThat(report(f.get(MAP.replace("WIDTH=200", "WIDTH=5000") + "&VERSION=1.3.0&CRS=CRS:84&BBOX=100,40,120,50")))
                .contains("code=\"InvalidParameterValue\"").contains("locator=\"WIDTH\"");
    }

    @Test
    void errorReportsValidateAgainstTheOgcSchemas() throws Exception {
        byte[] v130 = body(f.get(MAP + "&VERSION=1.3.0&CRS=EPSG:99999&BBOX=1,2,3,4"));
        OgcSchemas.validateXsd(v130, "wms/1.3.0/exceptions_1_3_0.xsd");
        byte[] v111 = body(f.get(MAP + "&VERSION=1.1.1&SRS=EPSG:99999&BBOX=1,2,3,4"));
        OgcSchemas.validateDtd(v111, "wms/1.1.1/exception_1_1_1.dtd");
    }

    @Test
    void inImageAndBlankExceptionsAreImagesOfTheRequestedSize() {
        String bad = MAP.replace("LAYERS=boxes", "LAYERS=nothing") + "&VERSION=1.3.0&CRS=CRS:84&BBOX=100,40,120,50";
        OwsResponse inImage = f.get(bad + "&EXCEPTIONS=INIMAGE");
        assertThat(inImage.status()).isEqualTo(200);
        assertThat(inImage.contentType()).isEqualTo("image/png");
        BufferedImage text = image(inImage);
        assertThat(text.getWidth()).isEqualTo(200);
        assertThat(countNot(text, WHITE)).as("pixels of the drawn message").isPositive();
        BufferedImage blank = image(f.get(bad + "&EXCEPTIONS=application/vnd.ogc.se_blank"));
        assertThat(countNot(blank, WHITE)).isZero();
    }

    @Test
    void sensitiveLayersExistOnlyForSignedInUsers() {
        String map = MAP.replace("LAYERS=boxes", "LAYERS=secret") + "&VERSION=1.3.0&CRS=CRS:84&BBOX=130,40,150,50";
        assertThat(report(f.get(map))).contains("code=\"LayerNotDefined\"");
        assertThat(image(f.get(map, WmsFixture.researcher())).getRGB(50, 50)).isEqualTo(RED);
        String caps = new String(body(f.get("SERVICE=WMS&REQUEST=GetCapabilities")), StandardCharsets.UTF_8);
        assertThat(caps).contains("<Name>boxes</Name>").doesNotContain("<Name>secret</Name>");
        String signedIn = new String(body(f.get("SERVICE=WMS&REQUEST=GetCapabilities", WmsFixture.researcher())),
                StandardCharsets.UTF_8);
        assertThat(signedIn).contains("<Name>secret</Name>");
    }

    private static String report(OwsResponse r) {
        return new String(body(r), StandardCharsets.UTF_8);
    }

    private static int countNot(BufferedImage img, int argb) {
        int n = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                if (img.getRGB(x, y) != argb) {
                    n++;
                }
            }
        }
        return n;
    }

    @Test
    void busyServerAnswers503WithRetryAfter(@TempDir Path dir) throws java.io.IOException {
        // a pool that accepts nothing: every render is rejected, as when threads and queue are full
        java.util.concurrent.ExecutorService full = java.util.concurrent.Executors.newSingleThreadExecutor();
        full.shutdown();
        WmsFixture busy = new WmsFixture(dir, new RenderGate(full, java.time.Duration.ofSeconds(5)));
        OwsResponse r = busy.get("SERVICE=WMS&VERSION=1.3.0&REQUEST=GetMap&LAYERS=boxes&STYLES=&CRS=CRS:84"
                + "&BBOX=90,30,120,60&WIDTH=64&HEIGHT=64&FORMAT=image/png");
        assertThat(r.status()).isEqualTo(503);
        assertThat(r.headers()).containsEntry("Retry-After", "1");
        assertThat(new String(WmsFixture.body(r), java.nio.charset.StandardCharsets.UTF_8))
                .contains("ServiceException").contains("busy");
    }
}
