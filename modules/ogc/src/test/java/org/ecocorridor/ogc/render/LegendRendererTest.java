package org.ecocorridor.ogc.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import javax.imageio.ImageIO;
import org.ecocorridor.ogc.style.ColorMap;
import org.ecocorridor.ogc.style.ColorMapEntry;
import org.ecocorridor.ogc.style.LineSymbolizer;
import org.ecocorridor.ogc.style.NamedStyle;
import org.ecocorridor.ogc.style.PolygonSymbolizer;
import org.ecocorridor.ogc.style.RasterSymbolizer;
import org.ecocorridor.ogc.style.Rule;
import org.ecocorridor.ogc.style.Stroke;
import org.ecocorridor.ogc.style.UnitOfMeasure;
import org.ecocorridor.ogc.style.filter.Filter;
import org.junit.jupiter.api.Test;

/** Legend layout: padding 4 px, swatches 20 × 20 px, one row per rule (row height ≥ 20 px). */
class LegendRendererTest {
    private final LegendRenderer legends = new LegendRenderer(GraphicLoader.inlineOnly());

    private static Rule polygonRule(String title, Color c, double minScale, double maxScale) {
        return new Rule(title.toLowerCase(), title, null, Filter.INCLUDE, false, minScale, maxScale,
                List.of(new PolygonSymbolizer(Styles.solid(c), null, UnitOfMeasure.PIXEL)));
    }

    @Test
    void drawsOneSwatchAndTitlePerRule() {
        NamedStyle style = Styles.ofRules(polygonRule("Tiger", Color.RED, 0, Double.POSITIVE_INFINITY),
                polygonRule("Leopard", Color.BLUE, 0, Double.POSITIVE_INFINITY),
                Rule.of("Fence", List.of(new LineSymbolizer(Stroke.solid(Color.BLACK, 2), UnitOfMeasure.PIXEL))));
        BufferedImage img = legends.render(style, LegendOptions.defaults());
        assertThat(img.getHeight()).isGreaterThanOrEqualTo(3 * 20 + 8);
        assertThat(img.getWidth()).as("swatch plus text").isGreaterThan(4 + 20 + 6 + 20);
        // swatch centres: x = 4 + 10, y = 4 + 10 + row · rowHeight
        int rowHeight = (img.getHeight() - 8) / 3;
        assertThat(img.getRGB(14, 14)).isEqualTo(0xFFFF0000);
        assertThat(img.getRGB(14, 14 + rowHeight)).isEqualTo(0xFF0000FF);
        // the text column has dark pixels in each row
        for (int row = 0; row < 3; row++) {
            assertThat(dark(img, 30, img.getWidth(), 4 + row * rowHeight, 4 + (row + 1) * rowHeight))
                    .as("label of row %d", row).isGreaterThan(5);
        }
    }

    @Test
    void scaleAndRuleNameSelectRows() {
        NamedStyle style = Styles.ofRules(polygonRule("Overview", Color.RED, 1e6, Double.POSITIVE_INFINITY),
                polygonRule("Detail", Color.BLUE, 0, 1e6));
        BufferedImage atDetail = legends.render(style, LegendOptions.defaults().withScaleDenominator(5e4));
        assertThat(atDetail.getRGB(14, 14)).isEqualTo(0xFF0000FF);
        assertThat(atDetail.getHeight()).isLessThan(2 * 20 + 8);
        BufferedImage byName = legends.render(style, LegendOptions.defaults().withRule("overview"));
        assertThat(byName.getRGB(14, 14)).isEqualTo(0xFFFF0000);
    }

    @Test
    void valuesColorMapGetsOneLabelledSwatchPerClassAndSkipsHiddenEntries() {
        ColorMap map = new ColorMap(ColorMap.Type.VALUES, List.of(
                new ColorMapEntry(0, Color.BLACK, 0, null),
                new ColorMapEntry(1, new Color(0x4A90D9), 1, "water"),
                new ColorMapEntry(2, new Color(0x7FC6BC), 1, "wetland")));
        NamedStyle style = Styles.ofRules(new Rule(null, null, null, Filter.INCLUDE, false, 0,
                Double.POSITIVE_INFINITY, List.of(new RasterSymbolizer(1, map, UnitOfMeasure.PIXEL))));
        BufferedImage img = legends.render(style, LegendOptions.defaults());
        int rowHeight = (img.getHeight() - 8) / 2;
        assertThat(img.getRGB(14, 14)).isEqualTo(0xFF4A90D9);
        assertThat(img.getRGB(14, 14 + rowHeight)).isEqualTo(0xFF7FC6BC);
    }

    @Test
    void rampLegendRunsFromFirstToLastColour() {
        ColorMap ramp = new ColorMap(ColorMap.Type.RAMP, List.of(new ColorMapEntry(0, Color.WHITE, 1, null),
                new ColorMapEntry(100, Color.BLACK, 1, null)));
        NamedStyle style = Styles.ofRules(Rule.of(null, List.of(new RasterSymbolizer(1, ramp, UnitOfMeasure.PIXEL))));
        BufferedImage img = legends.render(style, LegendOptions.defaults());
        // the bar spans two 20 px slots from y = 4; entry 0 at slot centre y = 14, entry 1 at y = 34
        assertThat(img.getRGB(14, 10)).isEqualTo(0xFFFFFFFF);
        assertThat(img.getRGB(14, 40)).isEqualTo(0xFF000000);
        int mid = img.getRGB(14, 24) & 0xFF;
        assertThat(mid).isBetween(100, 155);
    }

    @Test
    void intervalLabelsNameTheirRanges() {
        ColorMap map = new ColorMap(ColorMap.Type.INTERVALS, List.of(new ColorMapEntry(10, Color.RED, 1, null),
                new ColorMapEntry(20.5, Color.GREEN, 1, null),
                new ColorMapEntry(Double.POSITIVE_INFINITY, Color.BLUE, 1, null)));
        assertThat(LegendRenderer.entryLabel(map, 0)).isEqualTo("< 10");
        assertThat(LegendRenderer.entryLabel(map, 1)).isEqualTo("10 – 20.5");
        assertThat(LegendRenderer.entryLabel(map, 2)).isEqualTo("≥ 20.5");
    }

    @Test
    void untitledHelperPassesAreOverlaidNotListed() {
        // roads: titled casing (grey, 8 px) in pass 1, untitled inner line (yellow, 2 px) in pass 2,
        // and an untitled label-only rule: one legend row whose swatch centre is yellow over grey.
        Rule casing = Rule.of("Main road", List.of(new LineSymbolizer(Stroke.solid(Color.GRAY, 8),
                UnitOfMeasure.PIXEL)));
        Rule inner = Rule.of(null, List.of(new LineSymbolizer(Stroke.solid(Color.YELLOW, 2), UnitOfMeasure.PIXEL)));
        Rule label = Rule.of(null, List.of(new org.ecocorridor.ogc.style.TextSymbolizer(
                new org.ecocorridor.ogc.style.filter.PropertyName("name"), null, null, null, null,
                UnitOfMeasure.PIXEL)));
        NamedStyle style = new NamedStyle("roads", null, null, true, List.of(
                new org.ecocorridor.ogc.style.FeatureTypeStyle(null, null, List.of(casing)),
                new org.ecocorridor.ogc.style.FeatureTypeStyle(null, null, List.of(inner, label))));
        BufferedImage img = legends.render(style, LegendOptions.defaults());
        assertThat(img.getHeight()).as("one row").isLessThan(2 * 20 + 8);
        // the swatch line runs from (6, 18) to (22, 10): at x = 14.5 its centre is at y = 13.75, the
        // 2 px inner line spans y ± 1.118 (half width / cos atan ½), the 8 px casing y ± 4.47, so
        // pixel (14, 13) is wholly yellow and pixel (14, 11) wholly grey
        assertThat(img.getRGB(14, 13)).isEqualTo(0xFFFFFF00);
        assertThat(img.getRGB(14, 11) & 0xFFFFFF).as("casing beside the inner line").isEqualTo(0x808080);
    }

    @Test
    void writesAPng() throws Exception {
        NamedStyle style = Styles.ofRules(polygonRule("Tiger", Color.RED, 0, Double.POSITIVE_INFINITY));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        legends.writePng(style, LegendOptions.defaults(), out);
        BufferedImage back = ImageIO.read(new ByteArrayInputStream(out.toByteArray()));
        assertThat(back.getRGB(14, 14)).isEqualTo(0xFFFF0000);
    }

    private static int dark(BufferedImage img, int x0, int x1, int y0, int y1) {
        int n = 0;
        for (int y = y0; y < Math.min(y1, img.getHeight()); y++) {
            for (int x = x0; x < x1; x++) {
                if ((img.getRGB(x, y) & 0xFF) < 128) {
                    n++;
                }
            }
        }
        return n;
    }
}
