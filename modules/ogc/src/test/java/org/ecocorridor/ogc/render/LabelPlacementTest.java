package org.ecocorridor.ogc.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ecocorridor.ogc.testing.TestFeatures.cursor;
import static org.ecocorridor.ogc.testing.TestFeatures.feature;
import static org.ecocorridor.ogc.testing.TestFeatures.line;
import static org.ecocorridor.ogc.testing.TestFeatures.point;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.List;
import org.ecocorridor.core.feature.Feature;
import org.ecocorridor.ogc.style.Fill;
import org.ecocorridor.ogc.style.Halo;
import org.ecocorridor.ogc.style.LinePlacement;
import org.ecocorridor.ogc.style.PointPlacement;
import org.ecocorridor.ogc.style.TextFont;
import org.ecocorridor.ogc.style.TextSymbolizer;
import org.ecocorridor.ogc.style.UnitOfMeasure;
import org.ecocorridor.ogc.style.filter.PropertyName;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;

/**
 * Label placement on a 200 × 100 px map, 1 degree = 1 px (lon 0..200, lat 0..100). Labels start at
 * their point (anchor 0, 0.5). "MMMMMM" in a 14 px font is far wider than 40 px (an "M" is about
 * 0.8 em ≈ 11 px), so labels 40 px apart overlap, and nothing of label 1 reaches x ≥ 100.
 */
class LabelPlacementTest {
    private static final TextFont FONT = new TextFont(List.of("SansSerif"), false, false, 14);
    private static final TextSymbolizer LABEL = new TextSymbolizer(new PropertyName("name"), FONT,
            Fill.solid(Color.BLACK, 1), null, PointPlacement.DEFAULT, UnitOfMeasure.PIXEL);
    private final MapRenderer renderer = new MapRenderer();

    private BufferedImage render(List<Feature> features, TextSymbolizer symbolizer) {
        MapLayer layer = MapLayer.vector("labels", Styles.of(symbolizer), bbox -> cursor(features, bbox));
        return renderer.render(MapRequest.of(200, 100, new Envelope(0, 200, 0, 100), 4326), List.of(layer));
    }

    private static int darkPixels(BufferedImage img, int x0, int x1, int y0, int y1) {
        int n = 0;
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                if ((img.getRGB(x, y) & 0xFF) < 128) {
                    n++;
                }
            }
        }
        return n;
    }

    @Test
    void overlappingLabelIsDropped() {
        // label 1 starts at x = 20, label 2 at x = 60 on the same row (y = 50): they overlap.
        BufferedImage img = render(List.of(feature(point(20, 50), "name", "MMMMMM"),
                feature(point(60, 50), "name", "MMMMMM")), LABEL);
        int label1Width = (int) Math.ceil(FONT.size() * 0.8 * 6);
        assertThat(darkPixels(img, 20, 40, 40, 60)).as("first label drawn").isGreaterThan(20);
        // right of x = 20 + width of label 1 only label 2 could have ink
        assertThat(darkPixels(img, 20 + label1Width + 4, 200, 0, 100)).as("second label dropped").isZero();
    }

    @Test
    void separatedLabelsAreBothDrawn() {
        BufferedImage img = render(List.of(feature(point(5, 80), "name", "MMMMMM"),
                feature(point(5, 20), "name", "MMMMMM")), LABEL);
        assertThat(darkPixels(img, 5, 60, 10, 30)).isGreaterThan(20); // y = 100 − 80 = 20
        assertThat(darkPixels(img, 5, 60, 70, 90)).isGreaterThan(20); // y = 100 − 20 = 80
    }

    @Test
    void haloSurroundsTheText() {
        TextSymbolizer haloed = new TextSymbolizer(new PropertyName("name"), FONT, Fill.solid(Color.BLACK, 1),
                new Halo(3, Fill.solid(Color.RED, 1)), PointPlacement.DEFAULT, UnitOfMeasure.PIXEL);
        BufferedImage img = render(List.of(feature(point(20, 50), "name", "MMMMMM")), haloed);
        int red = 0;
        for (int y = 35; y < 65; y++) {
            for (int x = 15; x < 120; x++) {
                int c = img.getRGB(x, y);
                if (((c >> 16) & 0xFF) > 200 && ((c >> 8) & 0xFF) < 60) {
                    red++;
                }
            }
        }
        assertThat(red).isGreaterThan(50);
    }

    @Test
    void lineLabelFollowsTheLineAndTooShortLinesGetNone() {
        TextSymbolizer alongLine = new TextSymbolizer(new PropertyName("name"), FONT, Fill.solid(Color.BLACK, 1),
                null, new LinePlacement(0), UnitOfMeasure.PIXEL);
        // a vertical line from y = 5 to y = 95 at x = 100: the label is turned 90° and centred on y = 50
        BufferedImage vertical = render(List.of(feature(line(100, 5, 100, 95), "name", "MMMM")), alongLine);
        assertThat(darkPixels(vertical, 90, 111, 30, 70)).isGreaterThan(20);
        assertThat(darkPixels(vertical, 0, 85, 0, 100)).isZero();
        // a 10 px line cannot hold a ≈ 40 px label
        BufferedImage shortLine = render(List.of(feature(line(100, 50, 110, 50), "name", "MMMM")), alongLine);
        assertThat(darkPixels(shortLine, 0, 200, 0, 100)).isZero();
    }

    @Test
    void labelIndexDetectsOverlapAcrossBuckets() {
        LabelIndex index = new LabelIndex(0, 0, 300, 300);
        index.insert(50, 50, 150, 70);
        assertThat(index.intersects(140, 60, 200, 80)).isTrue();
        assertThat(index.intersects(150, 50, 200, 70)).as("touching edges only").isFalse();
        assertThat(index.intersects(0, 0, 40, 40)).isFalse();
    }

    @Test
    void labelIndexWithAnOffsetOriginKeepsBoxesApart() {
        // a cell index in grid pixels far from (0, 0), as label meta-tiles use
        LabelIndex index = new LabelIndex(1_000_000, 2_000_000, 1_001_024, 2_001_024);
        index.insert(1_000_050, 2_000_050, 1_000_150, 2_000_070);
        assertThat(index.intersects(1_000_140, 2_000_060, 1_000_200, 2_000_080)).isTrue();
        assertThat(index.intersects(1_000_500, 2_000_500, 1_000_600, 2_000_600)).isFalse();
    }
}
