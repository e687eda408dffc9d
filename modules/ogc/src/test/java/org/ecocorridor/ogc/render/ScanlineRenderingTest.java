package org.ecocorridor.ogc.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ecocorridor.ogc.testing.TestFeatures.cursor;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.ecocorridor.core.feature.Feature;
import org.ecocorridor.ogc.style.Fill;
import org.ecocorridor.ogc.style.LineSymbolizer;
import org.ecocorridor.ogc.style.PolygonSymbolizer;
import org.ecocorridor.ogc.style.Stroke;
import org.ecocorridor.ogc.style.UnitOfMeasure;
import org.ecocorridor.ogc.testing.TestFeatures;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;

/**
 * Whole maps drawn with the scanline canvas against the same maps drawn with Java2D only: 400
 * jittered hexagons (1 to 12 px) and 40 polylines on a 256 × 256 px EPSG:4326 map, in the built-in
 * default style (grey fill at 50 %, 1 px round-joined outline) and a butt/mitre line style.
 *
 * <p>Tolerance: as {@code ScanlineStrokeTest}, fills and mitre joins are identical and round joins
 * and caps differ from Marlin's Bézier arcs by at most 24 levels at a few pixels (mean under 0.05).
 * On a transparent map only alpha is compared: the straight-alpha conversion divides colour by
 * alpha and so magnifies a one-level difference at low alpha.
 */
class ScanlineRenderingTest {
    private static final Envelope AREA = new Envelope(0, 25.6, 0, 25.6); // 0.1° per pixel

    @Test
    void mapsMatchJava2DOnOpaqueAndTransparentBackgrounds() {
        List<Feature> features = features(new Random(11));
        for (boolean transparent : new boolean[] {false, true}) {
            MapRequest request = new MapRequest(256, 256, AREA, 4326, MapRequest.STANDARD_DPI, transparent,
                    Color.WHITE, 0, null);
            BufferedImage java2d = new MapRenderer(GraphicLoader.inlineOnly(), false).render(request, layers(features));
            BufferedImage scanline = new MapRenderer(GraphicLoader.inlineOnly(), true).render(request, layers(features));
            int max = 0;
            long sum = 0;
            int changed = 0;
            for (int y = 0; y < 256; y++) {
                for (int x = 0; x < 256; x++) {
                    int a = java2d.getRGB(x, y);
                    int b = scanline.getRGB(x, y);
                    changed += a != 0xFFFFFFFF && a != 0 ? 1 : 0;
                    for (int shift = transparent ? 24 : 0; shift < 32; shift += 8) {
                        int d = Math.abs(((a >>> shift) & 0xFF) - ((b >>> shift) & 0xFF));
                        max = Math.max(max, d);
                        sum += d;
                    }
                }
            }
            assertThat(changed).as("pixels drawn").isGreaterThan(10_000);
            assertThat(max).as("transparent %s", transparent).isLessThanOrEqualTo(24);
            if (!transparent) {
                // Proof that the scanline canvas drew at all (a silently declined fast path would compare
                // Java2D with itself): its round joins differ from Marlin's Bézier arcs at some pixels.
                assertThat(max).as("the scanline canvas drew").isGreaterThan(0);
            }
            assertThat(sum / (256.0 * 256 * (transparent ? 1 : 4))).as("mean, transparent %s", transparent)
                    .isLessThan(0.05);
        }
    }

    private static List<MapLayer> layers(List<Feature> features) {
        Color grey = new Color(0x55, 0x55, 0x55);
        UnitOfMeasure px = UnitOfMeasure.PIXEL;
        Stroke butt = new Stroke(new Color(0x2060c0), 0.8, 1.5, List.of(), 0, Stroke.LineJoin.MITRE,
                Stroke.LineCap.BUTT);
        return List.of(MapLayer.vector("areas", Styles.of(
                new PolygonSymbolizer(Fill.solid(new Color(0xcccccc), 0.5), Stroke.solid(grey, 1), px),
                new LineSymbolizer(Stroke.solid(grey, 1), px), new LineSymbolizer(butt, px)),
                bbox -> cursor(features, bbox)));
    }

    private static List<Feature> features(Random random) {
        List<Feature> features = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            double cx = 26 * random.nextDouble() - 0.2;
            double cy = 26 * random.nextDouble() - 0.2;
            double r = 0.1 + 1.1 * random.nextDouble();
            Coordinate[] ring = new Coordinate[7];
            for (int k = 0; k < 6; k++) {
                double a = Math.PI * k / 3;
                double jitter = 0.7 + 0.6 * random.nextDouble();
                ring[k] = new Coordinate(cx + r * jitter * Math.cos(a), cy + r * jitter * Math.sin(a));
            }
            ring[6] = ring[0];
            features.add(TestFeatures.feature(TestFeatures.GF.createPolygon(ring)));
        }
        for (int i = 0; i < 40; i++) {
            double[] xy = new double[10];
            for (int k = 0; k < xy.length; k++) {
                xy[k] = 26 * random.nextDouble() - 0.2;
            }
            features.add(TestFeatures.feature(TestFeatures.line(xy)));
        }
        return features;
    }
}
