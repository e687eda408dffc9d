package org.ecocorridor.ogc.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ecocorridor.ogc.testing.TestFeatures.cursor;
import static org.ecocorridor.ogc.testing.TestFeatures.feature;
import static org.ecocorridor.ogc.testing.TestFeatures.rectangle;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.ecocorridor.core.feature.Feature;
import org.ecocorridor.ogc.style.PolygonSymbolizer;
import org.ecocorridor.ogc.style.UnitOfMeasure;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;

/**
 * Features under a pixel on a 64 × 64 px map of lon 0..64, lat 0..64 (1 px per degree): a 0.2° square
 * is drawn as the square of the pixel holding its centre, and further tiny features on that pixel are
 * skipped (screen map). Expected colours by hand: an opaque red fill over white on a whole pixel is
 * pure red; 50 % red over white is (255, 128, 128) ± 1 whether drawn once or, if the skip failed,
 * darker (255, 64, 64) after two coats.
 */
class TinyFeatureTest {
    private final MapRenderer renderer = new MapRenderer();

    private static MapLayer layer(List<Feature> features, double opacity) {
        return MapLayer.vector("tiny", Styles.of(new PolygonSymbolizer(org.ecocorridor.ogc.style.Fill.solid(Color.RED,
                opacity), null, UnitOfMeasure.PIXEL)), bbox -> cursor(features, bbox));
    }

    @Test
    void subPixelAreaIsDrawnAsItsWholePixel() {
        // centre (10.5, 53.5) → pixel column 10, row 64 − 53.5 = 10.5 → 10
        BufferedImage img = renderer.render(MapRequest.of(64, 64, new Envelope(0, 64, 0, 64), 4326),
                List.of(layer(List.of(feature(rectangle(10.4, 53.4, 10.6, 53.6))), 1)));
        assertThat(img.getRGB(10, 10)).isEqualTo(0xFFFF0000);
        assertThat(img.getRGB(11, 10)).isEqualTo(0xFFFFFFFF);
        assertThat(img.getRGB(10, 11)).isEqualTo(0xFFFFFFFF);
    }

    @Test
    void tinyFeaturesOnAPaintedPixelAreSkipped() {
        List<Feature> many = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            double x = 10.1 + 0.008 * i; // all centres inside pixel column 10
            many.add(feature(rectangle(x, 53.4, x + 0.05, 53.45)));
        }
        BufferedImage img = renderer.render(MapRequest.of(64, 64, new Envelope(0, 64, 0, 64), 4326),
                List.of(layer(many, 0.5)));
        int p = img.getRGB(10, 10);
        assertThat((p >> 16) & 0xFF).isEqualTo(255);
        assertThat((p >> 8) & 0xFF).isBetween(127, 128);
        assertThat(p & 0xFF).isBetween(127, 128);
    }

    @Test
    void featuresOfAPixelOrMoreAreDrawnAsThemselves() {
        // a 2 × 1 px rectangle keeps its shape: pixels 20 and 21 of row 10, nothing at 22
        BufferedImage img = renderer.render(MapRequest.of(64, 64, new Envelope(0, 64, 0, 64), 4326),
                List.of(layer(List.of(feature(rectangle(20, 53, 22, 54))), 1)));
        assertThat(img.getRGB(20, 10)).isEqualTo(0xFFFF0000);
        assertThat(img.getRGB(21, 10)).isEqualTo(0xFFFF0000);
        assertThat(img.getRGB(22, 10)).isEqualTo(0xFFFFFFFF);
    }
}
