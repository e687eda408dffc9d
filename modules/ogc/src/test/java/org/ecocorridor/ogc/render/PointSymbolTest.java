package org.ecocorridor.ogc.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ecocorridor.ogc.testing.TestFeatures.cursor;
import static org.ecocorridor.ogc.testing.TestFeatures.feature;
import static org.ecocorridor.ogc.testing.TestFeatures.point;
import static org.ecocorridor.ogc.testing.TestFeatures.rectangle;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import javax.imageio.ImageIO;
import org.ecocorridor.core.feature.Feature;
import org.ecocorridor.ogc.style.ExternalGraphic;
import org.ecocorridor.ogc.style.Fill;
import org.ecocorridor.ogc.style.Graphic;
import org.ecocorridor.ogc.style.Mark;
import org.ecocorridor.ogc.style.PointSymbolizer;
import org.ecocorridor.ogc.style.PolygonSymbolizer;
import org.ecocorridor.ogc.style.UnitOfMeasure;
import org.ecocorridor.ogc.style.filter.Literal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Envelope;

/** Point symbols on a 64 × 64 px lon/lat map, 1 degree per pixel. */
class PointSymbolTest {
    private static final Envelope BBOX = new Envelope(0, 64, 0, 64);
    private static final List<Feature> CENTRE = List.of(feature(point(32, 32)));

    private static byte[] redPng() throws Exception {
        BufferedImage img = new BufferedImage(8, 8, BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < 8; y++) {
            for (int x = 0; x < 8; x++) {
                img.setRGB(x, y, 0xFFFF0000);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, "png", out);
        return out.toByteArray();
    }

    private static int count(BufferedImage img, int argb) {
        int n = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                n += img.getRGB(x, y) == argb ? 1 : 0;
            }
        }
        return n;
    }

    private static BufferedImage render(MapRenderer renderer, Graphic graphic, UnitOfMeasure uom) {
        MapLayer layer = MapLayer.vector("p", Styles.of(new PointSymbolizer(graphic, uom)), b -> cursor(CENTRE, b));
        return renderer.render(MapRequest.of(64, 64, BBOX, 4326), List.of(layer));
    }

    @Test
    void externalPngInsideAnAllowedFolderIsDrawnAtItsSize(@TempDir Path dir) throws Exception {
        Path icon = dir.resolve("red.png");
        Files.write(icon, redPng());
        Graphic graphic = new Graphic(List.of(new ExternalGraphic(icon.toUri(), "image/png"),
                new Mark("square", Fill.solid(Color.BLUE, 1), null)), 1, new Literal(8), null, 0.5, 0.5, 0, 0);
        BufferedImage img = render(new MapRenderer(new GraphicLoader(List.of(dir))), graphic, UnitOfMeasure.PIXEL);
        // an 8 px image centred on pixel (32, 32): x, y ∈ [28, 36) → 64 red pixels
        assertThat(count(img, 0xFFFF0000)).isEqualTo(64);
        assertThat(img.getRGB(28, 28)).isEqualTo(0xFFFF0000);
        assertThat(img.getRGB(27, 28)).isEqualTo(0xFFFFFFFF);
    }

    @Test
    void graphicsOutsideAllowedFoldersFallBackToTheNextSymbol(@TempDir Path dir) throws Exception {
        Path icon = dir.resolve("red.png");
        Files.write(icon, redPng());
        Graphic graphic = new Graphic(List.of(new ExternalGraphic(icon.toUri(), "image/png"),
                new Mark("square", Fill.solid(Color.BLUE, 1), null)), 1, new Literal(8), null, 0.5, 0.5, 0, 0);
        BufferedImage img = render(new MapRenderer(), graphic, UnitOfMeasure.PIXEL);
        assertThat(count(img, 0xFFFF0000)).isZero();
        assertThat(count(img, 0xFF0000FF)).isEqualTo(64);
    }

    @Test
    void loaderRefusesRemoteUrlsAndSvgButReadsInlineData(@TempDir Path dir) throws Exception {
        GraphicLoader loader = new GraphicLoader(List.of(dir));
        assertThat(loader.load(URI.create("http://169.254.169.254/latest/icon.png"), "image/png")).isEmpty();
        assertThat(loader.load(dir.resolve("../outside.png").toUri(), "image/png")).isEmpty();
        Files.writeString(dir.resolve("icon.svg"), "<svg xmlns='http://www.w3.org/2000/svg'/>");
        assertThat(loader.load(dir.resolve("icon.svg").toUri(), "image/svg+xml")).isEmpty();
        URI data = URI.create("data:image/png;base64," + Base64.getEncoder().encodeToString(redPng()));
        assertThat(loader.load(data, "image/png")).get().extracting(BufferedImage::getWidth).isEqualTo(8);
    }

    @Test
    void groundUnitSizesFollowTheMapScale() {
        // uom metre: 1 px = 1° = 111 319.49 m at this map's scale, so 1 113 194.9 m is a 10 px circle,
        // whose area is π · 5² ≈ 78.5 px
        Graphic graphic = Graphic.of(new Mark("circle", Fill.solid(Color.RED, 1), null),
                10 * ScaleDenominators.METRES_PER_DEGREE);
        BufferedImage img = render(new MapRenderer(), graphic, UnitOfMeasure.METRE);
        int red = 0;
        for (int y = 0; y < 64; y++) {
            for (int x = 0; x < 64; x++) {
                red += ((img.getRGB(x, y) >> 8) & 0xFF) < 128 ? 1 : 0; // at least half covered
            }
        }
        assertThat(red).isBetween(70, 90);
    }

    @Test
    void graphicFillRepeatsTheMarkAnchoredAtTheWorldOrigin() {
        // 8 px circles in 8 px texture tiles; the world origin (lon 0, lat 0) is canvas pixel (0, 64),
        // so tiles span x, y ∈ [8k, 8k + 8): tile centres (8k + 4) are blue, tile corners (8k) stay white
        Graphic circles = Graphic.of(new Mark("circle", Fill.solid(Color.BLUE, 1), null), 8);
        PolygonSymbolizer ps = new PolygonSymbolizer(new Fill(Color.GRAY, 1, circles), null, UnitOfMeasure.PIXEL);
        MapLayer layer = MapLayer.vector("a", Styles.of(ps), b -> cursor(List.of(feature(rectangle(8, 8, 56, 56))), b));
        BufferedImage img = new MapRenderer().render(MapRequest.of(64, 64, BBOX, 4326), List.of(layer));
        for (int k = 1; k < 7; k++) {
            assertThat(img.getRGB(8 * k + 4, 8 * k + 4)).as("tile centre %d", k).isEqualTo(0xFF0000FF);
            assertThat(img.getRGB(8 * k, 8 * k)).as("tile corner %d", k).isEqualTo(0xFFFFFFFF);
        }
        assertThat(img.getRGB(4, 4)).as("outside the polygon").isEqualTo(0xFFFFFFFF);
    }

    @Test
    void rotationTurnsTheSymbolClockwise() {
        // the triangle's apex points up and its base is at the bottom: more ink below the centre row;
        // turned 180° the base is on top; turned 90° clockwise the apex points right, base on the left
        Mark triangle = new Mark("triangle", Fill.solid(Color.RED, 1), null);
        int[] upright = inkAboveBelowLeftRight(render(new MapRenderer(), new Graphic(List.of(triangle), 1,
                new Literal(20), new Literal(0), 0.5, 0.5, 0, 0), UnitOfMeasure.PIXEL));
        int[] flipped = inkAboveBelowLeftRight(render(new MapRenderer(), new Graphic(List.of(triangle), 1,
                new Literal(20), new Literal(180), 0.5, 0.5, 0, 0), UnitOfMeasure.PIXEL));
        int[] quarter = inkAboveBelowLeftRight(render(new MapRenderer(), new Graphic(List.of(triangle), 1,
                new Literal(20), new Literal(90), 0.5, 0.5, 0, 0), UnitOfMeasure.PIXEL));
        assertThat(upright[1]).isGreaterThan(2 * upright[0]);
        assertThat(flipped[0]).isGreaterThan(2 * flipped[1]);
        assertThat(quarter[2]).isGreaterThan(2 * quarter[3]);
    }

    /** Ink above, below, left and right of pixel (32, 32)'s edges. */
    private static int[] inkAboveBelowLeftRight(BufferedImage img) {
        int[] n = new int[4];
        for (int y = 0; y < 64; y++) {
            for (int x = 0; x < 64; x++) {
                if (img.getRGB(x, y) != 0xFFFFFFFF) {
                    n[0] += y < 32 ? 1 : 0;
                    n[1] += y >= 32 ? 1 : 0;
                    n[2] += x < 32 ? 1 : 0;
                    n[3] += x >= 32 ? 1 : 0;
                }
            }
        }
        return n;
    }

    @Test
    void everyWellKnownMarkDrawsInsideItsBox() {
        for (String name : Mark.WELL_KNOWN_NAMES) {
            Graphic g = Graphic.of(new Mark(name, Fill.solid(Color.RED, 1), null), 20);
            BufferedImage img = render(new MapRenderer(), g, UnitOfMeasure.PIXEL);
            int inkInside = 0;
            int inkOutside = 0;
            for (int y = 0; y < 64; y++) {
                for (int x = 0; x < 64; x++) {
                    boolean ink = img.getRGB(x, y) != 0xFFFFFFFF;
                    boolean inside = x >= 22 && x < 42 && y >= 22 && y < 42; // the 20 px box around (32, 32)
                    inkInside += ink && inside ? 1 : 0;
                    inkOutside += ink && !inside ? 1 : 0;
                }
            }
            assertThat(inkInside).as(name).isGreaterThan(40);
            assertThat(inkOutside).as(name).isLessThanOrEqualTo(name.equals("x") ? 40 : 0);
        }
    }
}
