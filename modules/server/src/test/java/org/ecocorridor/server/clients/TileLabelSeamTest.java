package org.ecocorridor.server.clients;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.net.http.HttpResponse;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Labels of the demo flyway sites across the edge between two WebMercatorQuad tiles at zoom 6:
 * (x 54, y 24) and (x 55, y 24), over Korea, where Cheorwon Plain (127.2°E 38.2°N), the Han River
 * Estuary and Songdo lie 98 to 124 px west of the shared edge (at lon 129.375°) and their names, 10 px
 * type starting 7 px right of the point, run over it. The two columns are inside one label meta-tile
 * (columns 52..55, rows 24..27), and the labels crowd, so the tiles must also agree on which labels
 * are dropped.
 *
 * <p>Reference: the whole meta-tile as one 1024 × 1024 px GetMap (a single image: its labels are placed
 * over the image itself), whose columns 512..1023 and rows 0..255 are the two tiles. Compared in a band
 * of 48 px on each side of the shared edge, away from the meta-tile's top and bottom edges (labels of
 * the meta-tile above could reach down into the tiles but are not read by the single image).
 * Tolerance: the tiles and the image draw the same shapes shifted by whole pixels, so only rounding in
 * the last bits differs: at most 8 levels per channel, and on no more than 0.2 % of the band's pixels
 * more than 2.
 */
class TileLabelSeamTest extends MapClientServerTest {
    private static final double HALF = 20037508.342789244;
    private static final double Z6 = 2 * HALF / 64;
    private static final int BAND = 48;

    @Test
    void xyzTilesStitchedMatchTheMetaTileAroundTheirEdge() throws Exception {
        BufferedImage left = ok(get("/tiles/flyway_sites/6/54/24.png"));
        BufferedImage right = ok(get("/tiles/flyway_sites/6/55/24.png"));
        assertMatchesMetaTile(left, right);
    }

    @Test
    void wmsTileShapedGetMapsStitchedMatchTheMetaTileAroundTheirEdge() throws Exception {
        // what Leaflet's L.tileLayer.wms sends: 256 px, the tile's BBOX, no BUFFER, no TILED
        BufferedImage left = ok(get(getMap(54, 24, 1, 256)));
        BufferedImage right = ok(get(getMap(55, 24, 1, 256)));
        assertMatchesMetaTile(left, right);
    }

    private void assertMatchesMetaTile(BufferedImage left, BufferedImage right) throws Exception {
        BufferedImage meta = ok(get(getMap(52, 24, 4, 1024)));
        int y0 = 16;
        int y1 = 240;
        int labelInk = 0;
        int max = 0;
        int over2 = 0;
        int n = 0;
        for (int y = y0; y < y1; y++) {
            for (int x = 256 - BAND; x < 256 + BAND; x++) {
                int tile = x < 256 ? left.getRGB(x, y) : right.getRGB(x - 256, y);
                int d = distance(tile, meta.getRGB(512 + x, y));
                max = Math.max(max, d);
                over2 += d > 2 ? 1 : 0;
                n++;
                labelInk += isLabelInk(tile) ? 1 : 0;
            }
        }
        assertThat(labelInk).as("labels cross the edge band (else this tests nothing)").isGreaterThan(50);
        assertThat(max).as("largest channel difference").isLessThanOrEqualTo(8);
        assertThat(over2).as("pixels off by more than 2 of %d", n).isLessThanOrEqualTo(n / 500);
    }

    /** GetMap 1.3.0 of {@code tiles} × {@code tiles} tiles of zoom 6 from tile (x, y), transparent PNG. */
    private static String getMap(int x, int y, int tiles, int sizePx) {
        double minX = -HALF + x * Z6;
        double maxY = HALF - y * Z6;
        return String.format(Locale.ROOT, "/wms?SERVICE=WMS&VERSION=1.3.0&REQUEST=GetMap&LAYERS=flyway_sites"
                + "&STYLES=&CRS=EPSG:3857&BBOX=%.3f,%.3f,%.3f,%.3f&WIDTH=%d&HEIGHT=%d&FORMAT=image/png"
                + "&TRANSPARENT=TRUE", minX, maxY - tiles * Z6, minX + tiles * Z6, maxY, sizePx, sizePx);
    }

    private static BufferedImage ok(HttpResponse<byte[]> r) throws Exception {
        assertThat(r.statusCode()).as(new String(r.body())).isEqualTo(200);
        return decode(r.body());
    }

    /** The labels' dark blue #01579B, opaque. */
    private static boolean isLabelInk(int argb) {
        return (argb >>> 24) > 200 && ((argb >> 16) & 0xFF) < 40 && ((argb >> 8) & 0xFF) < 120
                && (argb & 0xFF) > 120;
    }

    private static int distance(int a, int b) {
        int max = 0;
        for (int shift = 0; shift < 32; shift += 8) {
            max = Math.max(max, Math.abs(((a >>> shift) & 0xFF) - ((b >>> shift) & 0xFF)));
        }
        return max;
    }
}
