package org.ecocorridor.ogc.render;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.ecocorridor.core.feature.Feature;
import org.ecocorridor.ogc.image.PngEncoder;
import org.ecocorridor.ogc.style.ColorMap;
import org.ecocorridor.ogc.style.ColorMapEntry;
import org.ecocorridor.ogc.style.FeatureTypeStyle;
import org.ecocorridor.ogc.style.Graphic;
import org.ecocorridor.ogc.style.LineSymbolizer;
import org.ecocorridor.ogc.style.NamedStyle;
import org.ecocorridor.ogc.style.PointSymbolizer;
import org.ecocorridor.ogc.style.PolygonSymbolizer;
import org.ecocorridor.ogc.style.RasterSymbolizer;
import org.ecocorridor.ogc.style.Rule;
import org.ecocorridor.ogc.style.Symbolizer;
import org.ecocorridor.ogc.style.TextFont;
import org.ecocorridor.ogc.style.TextSymbolizer;
import org.ecocorridor.ogc.style.filter.Filter;

/**
 * Legends for {@code GetLegendGraphic}: one row per rule, a swatch drawn with the rule's own
 * symbolizers (a box for polygons, a slanted line for lines, the graphic for points, "Abc" for
 * text-only rules) and the rule's title (else its name). When a style titles some of its rules,
 * untitled rules are helpers and get no row: those without a filter in a later feature type style
 * with the same scale range (a casing's inner line, a railway's dashes) are drawn over the swatch
 * of the titled rule, the others (e.g. label-only rules) are left out. Raster rules list their colour map:
 * one swatch per entry for values and intervals (labelled by the entry's label, else its value or
 * its range "a – b"), a continuous bar with a label at each entry for ramps. Entries that are
 * fully transparent and unlabelled are left out.
 *
 * <p>Thread-safe: each call draws on its own image.
 */
public final class LegendRenderer {
    private static final Feature NO_FEATURE = new Feature(null, null, Map.of());
    private final GraphicLoader graphics;
    private final FontResolver fonts = new FontResolver();

    public LegendRenderer(GraphicLoader graphics) {
        this.graphics = Objects.requireNonNull(graphics, "graphics");
    }

    /** One legend row: a rule's swatch (with overlaid helper rules), a colour-map entry or a ramp, and a label. */
    private record Row(Rule rule, List<Rule> overlays, ColorMapEntry entry, ColorMap ramp, String label,
            double heightPx) {
    }

    /** Writes the legend as a PNG. */
    public void writePng(NamedStyle style, LegendOptions options, OutputStream out) throws IOException {
        new PngEncoder().encode(render(style, options), out);
    }

    /** Draws the legend of a style. */
    public BufferedImage render(NamedStyle style, LegendOptions o) {
        double f = o.dpi() / MapRequest.STANDARD_DPI;
        double sw = o.swatchWidthPx() * f;
        double sh = o.swatchHeightPx() * f;
        double pad = 4 * f;
        double gap = 6 * f;
        Font font = fonts.font(new TextFont(List.of(o.fontFamily()), false, false, o.fontSizePx()), o.fontSizePx() * f);
        List<Row> rows = rows(style, o, sh, f);
        BufferedImage scratch = new BufferedImage(1, 1, BufferedImage.TYPE_INT_ARGB);
        Graphics2D sg = scratch.createGraphics();
        MapRenderer.configure(sg);
        FontMetrics fm = sg.getFontMetrics(font);
        double textWidth = 0;
        double height = 2 * pad;
        for (Row r : rows) {
            textWidth = Math.max(textWidth, fm.getStringBounds(r.label(), sg).getWidth());
            if (r.ramp() != null) {
                for (ColorMapEntry e : r.ramp().entries()) {
                    textWidth = Math.max(textWidth, fm.getStringBounds(rampLabel(e), sg).getWidth());
                }
            }
            height += Math.max(r.heightPx(), fm.getHeight());
        }
        sg.dispose();
        int width = (int) Math.ceil(2 * pad + sw + (textWidth > 0 ? gap + textWidth : 0));
        BufferedImage image = new BufferedImage(Math.max(1, width), Math.max(1, (int) Math.ceil(height)),
                BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            MapRenderer.configure(g);
            if (!o.transparent()) {
                g.setColor(o.background());
                g.fillRect(0, 0, image.getWidth(), image.getHeight());
            }
            SymbolizerPainter painter = new SymbolizerPainter(graphics, 0, 0);
            double y = pad;
            for (Row r : rows) {
                double rowHeight = Math.max(r.heightPx(), fm.getHeight());
                double top = y + (rowHeight - Math.min(rowHeight, r.heightPx())) / 2;
                if (r.ramp() != null) {
                    drawRamp(g, r.ramp(), pad, y, sw, rowHeight);
                } else if (r.entry() != null) {
                    g.setColor(new Color(r.entry().argb(), true));
                    g.fill(new Rectangle2D.Double(pad + 1, top + 1, sw - 2, sh - 2));
                } else if (r.rule() != null) {
                    drawSwatch(g, painter, r.rule(), pad, top, sw, r.heightPx(), f, font);
                    for (Rule overlay : r.overlays()) {
                        drawSwatch(g, painter, overlay, pad, top, sw, r.heightPx(), f, null);
                    }
                }
                g.setFont(font);
                g.setColor(o.fontColor());
                if (r.ramp() == null) {
                    g.drawString(r.label(), (float) (pad + sw + gap),
                            (float) (y + (rowHeight - fm.getHeight()) / 2 + fm.getAscent()));
                } else {
                    drawRampLabels(g, r.ramp(), fm, pad + sw + gap, y, rowHeight);
                }
                y += rowHeight;
            }
        } finally {
            g.dispose();
        }
        return image;
    }

    private static List<Row> rows(NamedStyle style, LegendOptions o, double sh, double f) {
        List<Row> rows = new ArrayList<>();
        boolean titled = style.rules().stream().anyMatch(r -> r.title() != null && !r.title().isBlank());
        List<FeatureTypeStyle> passes = style.featureTypeStyles();
        for (int pass = 0; pass < passes.size(); pass++) {
            for (Rule rule : passes.get(pass).rules()) {
                if ((!Double.isNaN(o.scaleDenominator()) && !rule.appliesAtScale(o.scaleDenominator()))
                        || (o.ruleName() != null && !o.ruleName().equals(rule.name()))) {
                    continue;
                }
                boolean hasTitle = rule.title() != null && !rule.title().isBlank();
                if (titled && !hasTitle && o.ruleName() == null) {
                    continue;
                }
                List<RasterSymbolizer> rasters = rule.symbolizers().stream()
                        .filter(RasterSymbolizer.class::isInstance).map(RasterSymbolizer.class::cast).toList();
                if (rasters.isEmpty()) {
                    List<Rule> overlays = titled ? overlays(passes, pass, rule) : List.of();
                    double h = symbolHeight(rule, f);
                    for (Rule overlay : overlays) {
                        h = Math.max(h, symbolHeight(overlay, f));
                    }
                    rows.add(new Row(rule, overlays, null, null, rule.legendLabel(), Math.max(sh, h + 2)));
                } else {
                    rasterRows(rows, rule, rasters, sh);
                }
            }
        }
        return rows;
    }

    /** Untitled, unfiltered rules of later passes with the same scale range: drawn over the swatch. */
    private static List<Rule> overlays(List<FeatureTypeStyle> passes, int pass, Rule rule) {
        List<Rule> overlays = new ArrayList<>();
        for (int later = pass + 1; later < passes.size(); later++) {
            for (Rule r : passes.get(later).rules()) {
                if ((r.title() == null || r.title().isBlank()) && r.filter() == Filter.INCLUDE && !r.elseFilter()
                        && r.minScaleDenominator() == rule.minScaleDenominator()
                        && r.maxScaleDenominator() == rule.maxScaleDenominator()) {
                    overlays.add(r);
                }
            }
        }
        return overlays;
    }

    private static void rasterRows(List<Row> rows, Rule rule, List<RasterSymbolizer> rasters, double sh) {
        if (!rule.legendLabel().isEmpty()) {
            rows.add(new Row(null, List.of(), null, null, rule.legendLabel(), 0));
        }
        for (RasterSymbolizer rs : rasters) {
            ColorMap map = rs.colorMap();
            if (map == null) {
                continue;
            }
            if (map.type() == ColorMap.Type.RAMP) {
                rows.add(new Row(null, List.of(), null, map, "", map.entries().size() * sh));
                continue;
            }
            List<ColorMapEntry> entries = map.entries();
            for (int i = 0; i < entries.size(); i++) {
                ColorMapEntry e = entries.get(i);
                if (e.opacity() > 0 || e.label() != null) {
                    rows.add(new Row(null, List.of(), e, null, entryLabel(map, i), sh));
                }
            }
        }
    }

    /** The largest point symbol of a rule, in pixels, with property-dependent sizes at their default. */
    private static double symbolHeight(Rule rule, double f) {
        double h = 0;
        for (Symbolizer s : rule.symbolizers()) {
            if (s instanceof PointSymbolizer p) {
                Graphic g = p.graphic();
                h = Math.max(h, (g.size() == null ? Graphic.DEFAULT_MARK_SIZE
                        : g.size().evaluateDouble(NO_FEATURE, Graphic.DEFAULT_MARK_SIZE)) * f);
            }
        }
        return Math.min(h, 256);
    }

    private static String rampLabel(ColorMapEntry e) {
        return e.label() != null && !e.label().isBlank() ? e.label() : number(e.quantity());
    }

    static String entryLabel(ColorMap map, int i) {
        ColorMapEntry e = map.entries().get(i);
        if (e.label() != null && !e.label().isBlank()) {
            return e.label();
        }
        if (map.type() == ColorMap.Type.VALUES) {
            return number(e.quantity());
        }
        if (i == 0) {
            return "< " + number(e.quantity());
        }
        double lower = map.entries().get(i - 1).quantity();
        return Double.isInfinite(e.quantity()) ? "≥ " + number(lower) : number(lower) + " – " + number(e.quantity());
    }

    private static String number(double q) {
        return Double.isInfinite(q) ? (q > 0 ? "∞" : "-∞")
                : new BigDecimal(Double.toString(q)).stripTrailingZeros().toPlainString();
    }

    private void drawSwatch(Graphics2D g, SymbolizerPainter painter, Rule rule, double x, double y, double w,
            double h, double f, Font font) {
        boolean drewSomething = false;
        for (Symbolizer s : rule.symbolizers()) {
            if (s instanceof PolygonSymbolizer p) {
                painter.fillAndStroke(g, new Rectangle2D.Double(x + 1, y + 1, w - 2, h - 2), p.fill(), p.stroke(), f);
                drewSomething = true;
            } else if (s instanceof LineSymbolizer l) {
                Path2D.Double line = new Path2D.Double();
                line.moveTo(x + 2, y + h * 0.7);
                line.lineTo(x + w - 2, y + h * 0.3);
                painter.stroke(g, line, l.stroke(), f);
                drewSomething = true;
            } else if (s instanceof PointSymbolizer p) {
                painter.graphic(g, x + w / 2, y + h / 2, p.graphic(), NO_FEATURE, f);
                drewSomething = true;
            }
        }
        if (!drewSomething && font != null) {
            for (Symbolizer s : rule.symbolizers()) {
                if (s instanceof TextSymbolizer t) {
                    Font tf = fonts.font(t.font(), Math.min(h * 0.8, t.font().size() * f));
                    g.setFont(tf);
                    g.setColor(SymbolizerPainter.withAlpha(t.fill().color(), t.fill().opacity()));
                    g.drawString("Abc", (float) x, (float) (y + h / 2 + g.getFontMetrics().getAscent() / 2.0));
                    break;
                }
            }
        }
    }

    /** A vertical bar: entry i at the centre of its slot, colours interpolated between slots. */
    private static void drawRamp(Graphics2D g, ColorMap map, double x, double y, double w, double h) {
        List<ColorMapEntry> entries = map.entries();
        int n = entries.size();
        double slot = h / n;
        for (int py = (int) Math.floor(y); py < (int) Math.ceil(y + h); py++) {
            double pos = (py + 0.5 - y) / slot - 0.5; // fractional entry index
            int i = Math.max(0, Math.min(n - 1, (int) Math.floor(pos)));
            double q;
            if (pos <= 0 || n == 1) {
                q = entries.get(0).quantity();
            } else if (i >= n - 1) {
                q = entries.get(n - 1).quantity();
            } else {
                double t = pos - i;
                q = entries.get(i).quantity() + t * (entries.get(i + 1).quantity() - entries.get(i).quantity());
            }
            g.setColor(new Color(map.argb(q), true));
            g.fill(new Rectangle2D.Double(x + 1, py, w - 2, 1));
        }
    }

    private static void drawRampLabels(Graphics2D g, ColorMap map, FontMetrics fm, double x, double y, double h) {
        int n = map.entries().size();
        double slot = h / n;
        for (int i = 0; i < n; i++) {
            String label = rampLabel(map.entries().get(i));
            double cy = y + (i + 0.5) * slot;
            g.drawString(label, (float) x, (float) (cy - fm.getHeight() / 2.0 + fm.getAscent()));
        }
    }
}
