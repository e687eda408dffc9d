package org.ecocorridor.ogc.wms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ecocorridor.ogc.wms.WmsFixture.body;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.ecocorridor.ogc.ows.OwsResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * GetFeatureInfo and GetLegendGraphic on {@link WmsFixture}'s layers. The 200 × 100 map of lon
 * 100..120, lat 40..50 has 0.1° pixels: pixel (50, 50) is at (105.05°, 44.95°), inside the box; pixel
 * (150, 50) is at (115.05°, 44.95°), outside it.
 */
class FeatureInfoAndLegendTest {
    private static final String INFO = "SERVICE=WMS&REQUEST=GetFeatureInfo&LAYERS=boxes&QUERY_LAYERS=boxes&STYLES="
            + "&WIDTH=200&HEIGHT=100";

    @TempDir
    Path tmp;
    WmsFixture f;

    @BeforeEach
    void setUp() throws Exception {
        f = new WmsFixture(tmp);
    }

    @Test
    void featureUnderThePixelIsReportedInEveryFormat() {
        String at = INFO + "&VERSION=1.3.0&CRS=EPSG:4326&BBOX=40,100,50,120&I=50&J=50";
        String json = text(f.get(at + "&INFO_FORMAT=application/json"));
        assertThat(json).startsWith("{\"type\":\"FeatureCollection\"").contains("\"name\":\"A\"")
                .contains("\"type\":\"Polygon\"").contains("[100,40]");
        assertThat(text(f.get(at + "&INFO_FORMAT=text/plain"))).contains("name = A");
        assertThat(text(f.get(at + "&INFO_FORMAT=text/html"))).contains("<td>A</td>");
        assertThat(text(f.get(at + "&INFO_FORMAT=application/vnd.ogc.gml"))).contains("<eco:name>A</eco:name>")
                .contains("<gml:coordinates");
        String outside = INFO + "&VERSION=1.3.0&CRS=EPSG:4326&BBOX=40,100,50,120&I=150&J=50&INFO_FORMAT=application/json";
        assertThat(text(f.get(outside))).isEqualTo("{\"type\":\"FeatureCollection\",\"features\":[]}");
    }

    @Test
    void version111TakesXAndY() {
        String at = INFO + "&VERSION=1.1.1&SRS=EPSG:4326&BBOX=100,40,120,50&X=50&Y=50&INFO_FORMAT=text/plain";
        assertThat(text(f.get(at))).contains("name = A");
    }

    @Test
    void featureCountLimitsTheNearestFeatures() {
        // both counts are within 60 px of pixel (100, 50) = (110.05, 44.95) only with a wide tolerance:
        // the points are 50 px away; BUFFER=60 finds both, FEATURE_COUNT=1 keeps one
        String base = "SERVICE=WMS&REQUEST=GetFeatureInfo&VERSION=1.3.0&LAYERS=counts&QUERY_LAYERS=counts&STYLES="
                + "&WIDTH=200&HEIGHT=100&CRS=CRS:84&BBOX=100,40,120,50&I=100&J=50&INFO_FORMAT=text/plain&BUFFER=60"
                + "&TIME=2020-01-01/2020-12-31";
        assertThat(text(f.get(base + "&FEATURE_COUNT=5"))).contains("label = early").contains("label = late");
        assertThat(text(f.get(base)).split("label = ", -1)).hasSize(2);
    }

    @Test
    void rasterLayersReportTheCellValue() {
        // 100 x 50 px over lon 120..122, lat 44..45: column 75 is lon 121.51, in cell (0, 1) = 2
        String q = "SERVICE=WMS&REQUEST=GetFeatureInfo&VERSION=1.3.0&LAYERS=grid&QUERY_LAYERS=grid&STYLES="
                + "&WIDTH=100&HEIGHT=50&CRS=CRS:84&BBOX=120,44,122,45&J=25&INFO_FORMAT=application/json";
        assertThat(text(f.get(q + "&I=75"))).contains("\"value\":2.0");
        assertThat(text(f.get(q + "&I=25"))).contains("\"value\":1.0");
    }

    @Test
    void pointOutsideTheMapIsInvalidPoint() {
        String q = INFO + "&VERSION=1.3.0&CRS=CRS:84&BBOX=100,40,120,50&I=200&J=50&INFO_FORMAT=text/plain";
        assertThat(text(f.get(q))).contains("code=\"InvalidPoint\"").contains("locator=\"I\"");
        assertThat(text(f.get(q.replace("text/plain", "image/gif")))).contains("code=\"InvalidFormat\"");
    }

    @Test
    void legendHasOneRowPerTitledRuleAndHonoursStyle() throws Exception {
        OwsResponse r = f.get("SERVICE=WMS&REQUEST=GetLegendGraphic&VERSION=1.3.0&FORMAT=image/png&LAYER=boxes");
        assertThat(r.contentType()).isEqualTo("image/png");
        BufferedImage red = WmsFixture.image(r);
        // the swatch is drawn 4 px in from the corner with 20 × 20 px: its centre (14, 14) is the fill
        assertThat(red.getRGB(14, 14)).isEqualTo(0xFFFF0000);
        BufferedImage green = WmsFixture.image(f.get("SERVICE=WMS&REQUEST=GetLegendGraphic&LAYER=boxes"
                + "&STYLE=boxes_green&FORMAT=image/png"));
        assertThat(green.getRGB(14, 14)).isEqualTo(0xFF00FF00);
        assertThat(text(f.get("SERVICE=WMS&REQUEST=GetLegendGraphic&LAYER=boxes&STYLE=nope&FORMAT=image/png")))
                .contains("StyleNotDefined");
    }

    private static String text(OwsResponse r) {
        return new String(body(r), StandardCharsets.UTF_8);
    }
}
