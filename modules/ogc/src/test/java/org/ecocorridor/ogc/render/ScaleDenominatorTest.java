package org.ecocorridor.ogc.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.ecocorridor.ogc.testing.TestFeatures.cursor;
import static org.ecocorridor.ogc.testing.TestFeatures.feature;
import static org.ecocorridor.ogc.testing.TestFeatures.rectangle;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.List;
import org.ecocorridor.ogc.style.PolygonSymbolizer;
import org.ecocorridor.ogc.style.Rule;
import org.ecocorridor.ogc.style.UnitOfMeasure;
import org.ecocorridor.ogc.style.filter.Filter;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;

class ScaleDenominatorTest {

    @Test
    void matchesWmtsWellKnownScaleSetsAtLevelZero() {
        // OGC WMTS 1.0.0 Annex E.4/E.3: GoogleCRS84Quad and GoogleMapsCompatible level 0 (256 px for the
        // whole world) both have scale denominator 559 082 264.028 717 8.
        double crs84 = ScaleDenominators.of(new Envelope(-180, 180, -90, 90), 4326, 256, MapRequest.STANDARD_DPI);
        double mercatorHalfWidth = 20037508.342789244;
        double webMercator = ScaleDenominators.of(new Envelope(-mercatorHalfWidth, mercatorHalfWidth,
                -mercatorHalfWidth, mercatorHalfWidth), 3857, 256, MapRequest.STANDARD_DPI);
        assertThat(crs84).isCloseTo(559_082_264.0287178, within(1e-4));
        assertThat(webMercator).isCloseTo(559_082_264.0287178, within(1e-4));
    }

    @Test
    void projectedCrsUsesMetresDirectly() {
        // 256 px over 256 × 0.28 m = 71.68 m of UTM ground → 1 : 1000
        double scale = ScaleDenominators.of(new Envelope(500_000, 500_071.68, 4_700_000, 4_700_071.68), 32652, 256,
                MapRequest.STANDARD_DPI);
        assertThat(scale).isCloseTo(1000.0, within(1e-6));
    }

    @Test
    void ruleSwitchesOffAtItsMaxScaleDenominator() {
        // Rule visible below 1 : 1 000 000. With 256 px over W degrees at the standard 0.28 mm pixel:
        // scale = W · 111 319.490 793 m / 256 / 0.00028, so the switch is at
        // W* = 1e6 · 256 · 0.00028 / 111 319.490 793 = 0.643 909 3… degrees.
        double switchWidth = 1e6 * 256 * 0.00028 / 111_319.490793;
        Rule rule = new Rule("fine", null, null, Filter.INCLUDE, false, 0, 1e6,
                List.of(new PolygonSymbolizer(Styles.solid(Color.RED), null, UnitOfMeasure.PIXEL)));
        MapLayer layer = MapLayer.vector("p", Styles.ofRules(rule),
                bbox -> cursor(List.of(feature(rectangle(-10, -10, 10, 10))), bbox));
        MapRenderer renderer = new MapRenderer();

        BufferedImage below = renderer.render(MapRequest.of(256, 256, square(switchWidth * 0.999), 4326),
                List.of(layer));
        BufferedImage above = renderer.render(MapRequest.of(256, 256, square(switchWidth * 1.001), 4326),
                List.of(layer));
        assertThat(below.getRGB(128, 128)).isEqualTo(0xFFFF0000);
        assertThat(above.getRGB(128, 128)).isEqualTo(0xFFFFFFFF);
        assertThat(MapRequest.of(256, 256, square(switchWidth), 4326).scaleDenominator())
                .isCloseTo(1e6, within(1e6 * 1e-8));
    }

    @Test
    void minScaleIsInclusiveAndMaxExclusive() {
        Rule rule = new Rule(null, null, null, Filter.INCLUDE, false, 1000, 5000, List.of());
        assertThat(rule.appliesAtScale(1000)).isTrue();
        assertThat(rule.appliesAtScale(4999.999)).isTrue();
        assertThat(rule.appliesAtScale(5000)).isFalse();
        assertThat(rule.appliesAtScale(999.999)).isFalse();
    }

    private static Envelope square(double width) {
        return new Envelope(-width / 2, width / 2, -width / 2, width / 2);
    }
}
