package org.ecocorridor.ogc.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ecocorridor.ogc.testing.TestFeatures.cursor;
import static org.ecocorridor.ogc.testing.TestFeatures.feature;
import static org.ecocorridor.ogc.testing.TestFeatures.line;
import static org.ecocorridor.ogc.testing.TestFeatures.rectangle;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.List;
import org.ecocorridor.ogc.style.LineSymbolizer;
import org.ecocorridor.ogc.style.PolygonSymbolizer;
import org.ecocorridor.ogc.style.Stroke;
import org.ecocorridor.ogc.style.UnitOfMeasure;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;

/** Vectors drawn in EPSG:3857, checked against spherical Mercator y = R·ln tan(π/4 + φ/2), x = R·λ. */
class ReprojectionTest {
    private static final double R = 6378137.0;
    private final MapRenderer renderer = new MapRenderer();

    private static double mercatorY(double latDegrees) {
        return R * Math.log(Math.tan(Math.PI / 4 + Math.toRadians(latDegrees) / 2));
    }

    @Test
    void longLonLatSegmentIsDensifiedAlongTheProjectedCurve() {
        // Map: x ∈ [0, R·60°], y ∈ [0, mercatorY(60°)], 200 × 200 px. The lon/lat segment (0,0)–(60,60)
        // passes through (30°, 30°): px = 100, py = 200 · (1 − mercatorY(30)/mercatorY(60)) = 116.58.
        // Undensified, the chord would pass through (100, 100) instead.
        double maxX = R * Math.toRadians(60);
        double maxY = mercatorY(60);
        double py = 200 * (1 - mercatorY(30) / maxY);
        MapLayer layer = MapLayer.vector("l", Styles.of(new LineSymbolizer(Stroke.solid(Color.BLACK, 3),
                UnitOfMeasure.PIXEL)), bbox -> cursor(List.of(feature(line(0, 0, 60, 60))), bbox));
        BufferedImage img = renderer.render(MapRequest.of(200, 200, new Envelope(0, maxX, 0, maxY), 3857),
                List.of(layer));
        assertThat(py).isBetween(116.0, 117.0);
        assertThat(img.getRGB(100, (int) py) & 0xFF).as("curve at x = 100").isLessThan(100);
        assertThat(img.getRGB(100, 100)).as("chord midpoint stays blank").isEqualTo(0xFFFFFFFF);
    }

    @Test
    void polygonEdgesLandOnMercatorPixels() {
        // A lon/lat box 10..20°E, 40..50°N on a Mercator map of 0..30°E, 30..60°N, 300 × 300 px
        double minX = 0;
        double maxX = R * Math.toRadians(30);
        double minY = mercatorY(30);
        double maxY = mercatorY(60);
        MapLayer layer = MapLayer.vector("p", Styles.of(new PolygonSymbolizer(Styles.solid(Color.RED), null,
                UnitOfMeasure.PIXEL)), bbox -> cursor(List.of(feature(rectangle(10, 40, 20, 50))), bbox));
        BufferedImage img = renderer.render(MapRequest.of(300, 300, new Envelope(minX, maxX, minY, maxY), 3857),
                List.of(layer));
        double top = 300 * (maxY - mercatorY(50)) / (maxY - minY);
        double bottom = 300 * (maxY - mercatorY(40)) / (maxY - minY);
        // columns 100..199 (10°..20° of 30° over 300 px), rows from top to bottom
        assertThat(img.getRGB(150, (int) Math.ceil(top) + 1)).isEqualTo(0xFFFF0000);
        assertThat(img.getRGB(150, (int) Math.floor(top) - 1)).isEqualTo(0xFFFFFFFF);
        assertThat(img.getRGB(150, (int) Math.floor(bottom) - 1)).isEqualTo(0xFFFF0000);
        assertThat(img.getRGB(150, (int) Math.ceil(bottom) + 1)).isEqualTo(0xFFFFFFFF);
        assertThat(img.getRGB(101, 200)).isEqualTo(0xFFFF0000);
        assertThat(img.getRGB(98, 200)).isEqualTo(0xFFFFFFFF);
    }
}
