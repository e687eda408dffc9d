package org.ecocorridor.ogc.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ecocorridor.ogc.testing.TestFeatures.cursor;
import static org.ecocorridor.ogc.testing.TestFeatures.feature;
import static org.ecocorridor.ogc.testing.TestFeatures.line;
import static org.ecocorridor.ogc.testing.TestFeatures.rectangle;
import static org.ecocorridor.ogc.testing.TestFeatures.rectangleWithHole;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.List;
import org.ecocorridor.core.feature.Feature;
import org.ecocorridor.ogc.style.LineSymbolizer;
import org.ecocorridor.ogc.style.PolygonSymbolizer;
import org.ecocorridor.ogc.style.Stroke;
import org.ecocorridor.ogc.style.UnitOfMeasure;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;

/**
 * Pixel checks on tiny scenes. Map: 64 × 64 px over lon/lat [0, 64] × [0, 64] in EPSG:4326, so one
 * degree is one pixel and pixel (i, j) covers lon [i, i+1], lat [64−j−1, 64−j] — every expected
 * pixel below follows from that by hand.
 */
class VectorRenderingTest {
    private static final Envelope BBOX = new Envelope(0, 64, 0, 64);
    private static final int WHITE = 0xFFFFFFFF;
    private static final int RED = 0xFFFF0000;
    private static final int BLACK = 0xFF000000;
    private final MapRenderer renderer = new MapRenderer();

    private BufferedImage render(List<Feature> features, org.ecocorridor.ogc.style.NamedStyle style) {
        MapLayer layer = MapLayer.vector("test", style, bbox -> cursor(features, bbox));
        return renderer.render(MapRequest.of(64, 64, BBOX, 4326), List.of(layer));
    }

    @Test
    void redPolygonFillsExactlyItsPixels() {
        // lon 10..30, lat 24..54 → columns 10..29, rows 64−54 = 10 .. 64−24−1 = 39
        BufferedImage img = render(List.of(feature(rectangle(10, 24, 30, 54))),
                Styles.of(new PolygonSymbolizer(Styles.solid(Color.RED), null, UnitOfMeasure.PIXEL)));
        for (int y = 0; y < 64; y++) {
            for (int x = 0; x < 64; x++) {
                boolean inside = x >= 10 && x <= 29 && y >= 10 && y <= 39;
                assertThat(img.getRGB(x, y)).as("pixel %d,%d", x, y).isEqualTo(inside ? RED : WHITE);
            }
        }
    }

    @Test
    void holesStayEmpty() {
        // shell lon/lat 8..40, hole lon 16..24 × lat 32..40 → hole columns 16..23, rows 24..31
        var poly = rectangleWithHole(new Envelope(8, 40, 8, 40), new Envelope(16, 24, 32, 40));
        BufferedImage img = render(List.of(feature(poly)),
                Styles.of(new PolygonSymbolizer(Styles.solid(Color.RED), null, UnitOfMeasure.PIXEL)));
        for (int y = 24; y <= 31; y++) {
            for (int x = 16; x <= 23; x++) {
                assertThat(img.getRGB(x, y)).as("hole pixel %d,%d", x, y).isEqualTo(WHITE);
            }
        }
        assertThat(img.getRGB(12, 28)).isEqualTo(RED); // left of the hole, inside the shell
        assertThat(img.getRGB(30, 40)).isEqualTo(RED);
        assertThat(img.getRGB(4, 4)).isEqualTo(WHITE);
    }

    @Test
    void lineOfWidthThreeCoversThreeRows() {
        // lat 43.5 → y = 64 − 43.5 = 20.5 px; width 3 → y ∈ [19, 22]: rows 19, 20, 21 fully, 18 and 22 not at all
        Stroke stroke = new Stroke(Color.BLACK, 1, 3, List.of(), 0, Stroke.LineJoin.MITRE, Stroke.LineCap.BUTT);
        BufferedImage img = render(List.of(feature(line(5, 43.5, 55, 43.5))),
                Styles.of(new LineSymbolizer(stroke, UnitOfMeasure.PIXEL)));
        for (int x = 5; x <= 54; x++) {
            for (int y = 19; y <= 21; y++) {
                assertThat(img.getRGB(x, y)).as("pixel %d,%d", x, y).isEqualTo(BLACK);
            }
            assertThat(img.getRGB(x, 18)).as("row 18 at %d", x).isEqualTo(WHITE);
            assertThat(img.getRGB(x, 22)).as("row 22 at %d", x).isEqualTo(WHITE);
        }
        assertThat(img.getRGB(4, 20)).as("butt cap ends at lon 5").isEqualTo(WHITE);
        assertThat(img.getRGB(55, 20)).isEqualTo(WHITE);
    }

    @Test
    void doubleDpiDoublesLineWidth() {
        // at 2 × 90.714 dpi a 3 px stroke is 6 px: y ∈ [17.5, 23.5] → rows 18..22 fully covered
        Stroke stroke = new Stroke(Color.BLACK, 1, 3, List.of(), 0, Stroke.LineJoin.MITRE, Stroke.LineCap.BUTT);
        MapLayer layer = MapLayer.vector("l", Styles.of(new LineSymbolizer(stroke, UnitOfMeasure.PIXEL)),
                bbox -> cursor(List.of(feature(line(5, 43.5, 55, 43.5))), bbox));
        BufferedImage img = renderer.render(MapRequest.of(64, 64, BBOX, 4326).withDpi(2 * MapRequest.STANDARD_DPI),
                List.of(layer));
        for (int y = 18; y <= 22; y++) {
            assertThat(img.getRGB(30, y)).as("row %d", y).isEqualTo(BLACK);
        }
        assertThat(img.getRGB(30, 16)).isEqualTo(WHITE);
        assertThat(img.getRGB(30, 24)).isEqualTo(WHITE);
    }

    @Test
    void dashArrayLeavesGaps() {
        // dashes 4 on, 4 off from lon 8: x ∈ [8,12) ink, [12,16) gap, [16,20) ink …
        Stroke dashed = new Stroke(Color.BLACK, 1, 2, List.of(4.0, 4.0), 0, Stroke.LineJoin.MITRE,
                Stroke.LineCap.BUTT);
        BufferedImage img = render(List.of(feature(line(8, 44, 56, 44))),
                Styles.of(new LineSymbolizer(dashed, UnitOfMeasure.PIXEL)));
        // y = 20 ± 1 → rows 19 and 20
        assertThat(img.getRGB(9, 19)).isEqualTo(BLACK);
        assertThat(img.getRGB(13, 19)).isEqualTo(WHITE);
        assertThat(img.getRGB(17, 20)).isEqualTo(BLACK);
        assertThat(img.getRGB(21, 20)).isEqualTo(WHITE);
    }

    @Test
    void laterLayersDrawOnTop() {
        MapLayer red = MapLayer.vector("red", Styles.of(new PolygonSymbolizer(Styles.solid(Color.RED), null,
                UnitOfMeasure.PIXEL)), bbox -> cursor(List.of(feature(rectangle(10, 10, 30, 30))), bbox));
        MapLayer blue = MapLayer.vector("blue", Styles.of(new PolygonSymbolizer(Styles.solid(Color.BLUE), null,
                UnitOfMeasure.PIXEL)), bbox -> cursor(List.of(feature(rectangle(20, 20, 40, 40))), bbox));
        BufferedImage img = renderer.render(MapRequest.of(64, 64, BBOX, 4326), List.of(red, blue));
        assertThat(img.getRGB(25, 64 - 25)).as("overlap").isEqualTo(0xFF0000FF);
        assertThat(img.getRGB(15, 64 - 15)).isEqualTo(RED);
    }

    @Test
    void transparentMapKeepsUntouchedPixelsClear() {
        MapLayer layer = MapLayer.vector("p", Styles.of(new PolygonSymbolizer(Styles.solid(Color.RED), null,
                UnitOfMeasure.PIXEL)), bbox -> cursor(List.of(feature(rectangle(10, 10, 20, 20))), bbox));
        BufferedImage img = renderer.render(MapRequest.of(64, 64, BBOX, 4326).withTransparent(true), List.of(layer));
        assertThat(img.getRGB(0, 0)).isZero();
        assertThat(img.getRGB(15, 64 - 15)).isEqualTo(RED);
    }

    @Test
    void backgroundColourFillsOpaqueMaps() {
        BufferedImage img = renderer.render(MapRequest.of(8, 8, BBOX, 4326).withBackground(new Color(0x336699)),
                List.of());
        assertThat(img.getRGB(3, 3)).isEqualTo(0xFF336699);
    }

    @Test
    void lineSymbolizerRepeatingThePolygonOutlineDrawsItOnce() {
        // a 1 px grey outline centred on x = 10.3 covers x 9.8..10.8, so 80 % of pixel column 10: drawn
        // once, 255 − 0.8 · (255 − 85) = 119; a second coat would darken it to 255 − (1 − 0.2²) · 170 = 92
        Stroke grey = Stroke.solid(new java.awt.Color(85, 85, 85), 1);
        List<Feature> box = List.of(feature(rectangle(10.3, 20, 40.3, 50)));
        BufferedImage once = render(box, Styles.of(new PolygonSymbolizer(null, grey, UnitOfMeasure.PIXEL)));
        BufferedImage both = render(box, Styles.of(new PolygonSymbolizer(null, grey, UnitOfMeasure.PIXEL),
                new LineSymbolizer(grey, UnitOfMeasure.PIXEL)));
        assertThat(both.getRGB(10, 30)).isEqualTo(once.getRGB(10, 30));
        assertThat(once.getRGB(10, 30) & 0xFF).isBetween(117, 121);
        // a different line stroke is drawn
        BufferedImage other = render(box, Styles.of(new PolygonSymbolizer(null, grey, UnitOfMeasure.PIXEL),
                new LineSymbolizer(Stroke.solid(java.awt.Color.BLACK, 1), UnitOfMeasure.PIXEL)));
        assertThat(other.getRGB(10, 30) & 0xFF).isLessThan(40); // black over it: 0.2 · 119 = 24
    }
}
