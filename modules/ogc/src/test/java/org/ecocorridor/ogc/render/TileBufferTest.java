package org.ecocorridor.ogc.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.ecocorridor.ogc.testing.TestFeatures.cursor;
import static org.ecocorridor.ogc.testing.TestFeatures.feature;
import static org.ecocorridor.ogc.testing.TestFeatures.point;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.List;
import org.ecocorridor.core.feature.Feature;
import org.ecocorridor.ogc.style.Fill;
import org.ecocorridor.ogc.style.Graphic;
import org.ecocorridor.ogc.style.Mark;
import org.ecocorridor.ogc.style.PointSymbolizer;
import org.ecocorridor.ogc.style.Stroke;
import org.ecocorridor.ogc.style.UnitOfMeasure;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;

/**
 * Two 64 px tiles side by side (lon 0..64 and 64..128, 1 px per degree) and a 20 px red circle at
 * lon 63.5, lat 32: its centre is in the left tile, 0.5 px from the shared edge, so about half of it
 * belongs in the right tile, which only sees the point when it renders with a buffer.
 */
class TileBufferTest {
    private static final List<Feature> POINTS = List.of(feature(point(63.5, 32)));
    private static final MapLayer LAYER = MapLayer.vector("sites",
            Styles.of(new PointSymbolizer(Graphic.of(new Mark("circle", Fill.solid(Color.RED, 1), null), 20),
                    UnitOfMeasure.PIXEL)),
            bbox -> cursor(POINTS, bbox));
    private final MapRenderer renderer = new MapRenderer();

    private BufferedImage tile(double minLon, int bufferPx) {
        return renderer.render(MapRequest.of(64, 64, new Envelope(minLon, minLon + 64, 0, 64), 4326)
                .withBuffer(bufferPx), List.of(LAYER));
    }

    @Test
    void bufferedTilesTogetherShowTheWholeMark() {
        BufferedImage whole = renderer.render(MapRequest.of(128, 64, new Envelope(0, 128, 0, 64), 4326),
                List.of(LAYER));
        BufferedImage left = tile(0, 32);
        BufferedImage right = tile(64, 32);
        int redInWhole = 0;
        int redInTiles = 0;
        for (int y = 0; y < 64; y++) {
            for (int x = 0; x < 128; x++) {
                int expected = whole.getRGB(x, y);
                int actual = x < 64 ? left.getRGB(x, y) : right.getRGB(x - 64, y);
                assertThat(channelDistance(expected, actual)).as("pixel %d,%d", x, y).isLessThanOrEqualTo(1);
                redInWhole += isRed(expected) ? 1 : 0;
                redInTiles += isRed(actual) ? 1 : 0;
            }
        }
        // a disc of diameter 20 covers π·10² ≈ 314 px
        assertThat(redInWhole).isBetween(290, 340);
        assertThat(redInTiles).isEqualTo(redInWhole);
        assertThat(isRed(right.getRGB(5, 32))).as("right half of the mark in the right tile").isTrue();
    }

    @Test
    void theStyleSetsTheBufferWhenTheRequestHasNone() {
        // the 20 px circle reaches 10 px from its centre (14.2 px allowing for rotation): the right tile
        // reads the point 0.5 px west of its edge without being asked for a buffer
        BufferedImage left = tile(0, 0);
        BufferedImage right = tile(64, 0);
        assertThat(isRed(right.getRGB(5, 32))).as("right half of the mark").isTrue();
        assertThat(isRed(left.getRGB(58, 32))).as("left half of the mark").isTrue();
    }

    @Test
    void styleBufferCoversARotatableMarkAndItsOutline() {
        // circle of 20 px with a 2 px outline: √(20² + 20²) · ½ + 1 = 15.1, plus 1 px antialiasing
        Stroke outline = new Stroke(Color.BLACK, 1, 2, List.of(), 0, Stroke.LineJoin.ROUND, Stroke.LineCap.ROUND);
        Graphic g = Graphic.of(new Mark("circle", Fill.solid(Color.RED, 1), outline), 20);
        assertThat(StyleBuffer.graphic(g, GraphicLoader.inlineOnly())).isCloseTo(15.14, within(0.01));
    }

    private static boolean isRed(int argb) {
        return ((argb >> 16) & 0xFF) > 200 && ((argb >> 8) & 0xFF) < 60;
    }

    private static int channelDistance(int a, int b) {
        int max = 0;
        for (int shift = 0; shift < 32; shift += 8) {
            max = Math.max(max, Math.abs(((a >>> shift) & 0xFF) - ((b >>> shift) & 0xFF)));
        }
        return max;
    }
}
