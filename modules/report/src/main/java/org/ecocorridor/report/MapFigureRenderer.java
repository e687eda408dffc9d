package org.ecocorridor.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.ecocorridor.core.crs.CoordinateTransforms;
import org.ecocorridor.core.crs.GeometryTransform;
import org.ecocorridor.ogc.exception.OgcException;
import org.ecocorridor.ogc.ows.RequestUser;
import org.ecocorridor.ogc.render.Interpolation;
import org.ecocorridor.ogc.render.LegendOptions;
import org.ecocorridor.ogc.render.LegendRenderer;
import org.ecocorridor.ogc.render.MapLayer;
import org.ecocorridor.ogc.render.MapRequest;
import org.ecocorridor.ogc.style.NamedStyle;
import org.ecocorridor.ogc.wms.MapComposer;
import org.ecocorridor.ogc.wms.PublishedLayer;
import org.ecocorridor.report.model.MapFigure;
import org.locationtech.jts.geom.Envelope;

/**
 * Draws a {@link MapFigure} for print: the layers through the WMS rendering path ({@link MapComposer},
 * the layers' styles from the style catalog, the render gate), on white, in a neat frame, with a scale
 * bar in km correct at the map centre ({@link ScaleBar}), a north arrow turned by the grid convergence
 * at the centre, the CRS named under the frame, and a legend panel on the right composed from
 * {@link LegendRenderer} (result layers first at full size, then base layers smaller).
 *
 * <p>Extent: the figure's own (CRS:84), else the union of the non-base layers' catalog bounding boxes
 * (of all layers when no result layer has one), projected to the figure's CRS and widened by 5 % on
 * each side; then widened along one axis to the map frame's aspect ratio so nothing is stretched.
 *
 * <p>Layers the viewer may not see, or that are missing from the catalog, are left out and named under
 * the legend. Sizes scale with the DPI ({@code dpi / 90.714} per standard pixel).
 *
 * <p>Thread-safe: each call draws on its own image.
 */
public final class MapFigureRenderer {
    public static final int DEFAULT_WIDTH_PX = 1600;
    public static final int DEFAULT_HEIGHT_PX = 1000;
    public static final double DEFAULT_DPI = 150;
    /** Margin around a computed extent, as a fraction of its width and height on each side. */
    static final double MARGIN = 0.05;
    private static final Color FRAME = new Color(0x33, 0x33, 0x33);
    private static final Color MUTED = new Color(0x57, 0x60, 0x6a);

    private final MapComposer composer;
    private final LegendRenderer legends;
    private final RequestUser viewer;

    /**
     * @param composer the WMS map composer (layer directory with data source and styles, renderer, gate)
     * @param legends  legend renderer (same graphic loader as the map renderer)
     * @param viewer   whose view of the catalog is drawn (sensitive layers need a signed-in user)
     */
    public MapFigureRenderer(MapComposer composer, LegendRenderer legends, RequestUser viewer) {
        this.composer = Objects.requireNonNull(composer, "composer");
        this.legends = Objects.requireNonNull(legends, "legends");
        this.viewer = Objects.requireNonNull(viewer, "viewer");
    }

    /** The CRS:84 bounding box of a layer the viewer may see, or null (unknown, hidden, or empty). */
    public Envelope bboxLonLat(String layer) {
        try {
            return composer.directory().require(layer, viewer, "layer").info().bbox();
        } catch (OgcException e) {
            return null;
        }
    }

    /** The figure at {@value #DEFAULT_WIDTH_PX} × {@value #DEFAULT_HEIGHT_PX} px, 150 dpi. */
    public BufferedImage render(MapFigure figure) {
        return render(figure, DEFAULT_WIDTH_PX, DEFAULT_HEIGHT_PX, DEFAULT_DPI);
    }

    /** One legend block: a layer title and its legend image. */
    private record LegendBlock(String title, BufferedImage image, boolean base) {
    }

    /**
     * The figure at a given size and resolution.
     *
     * @throws IllegalArgumentException when the CRS is unknown or no layer gives an extent
     */
    public BufferedImage render(MapFigure figure, int widthPx, int heightPx, double dpi) {
        double f = dpi / MapRequest.STANDARD_DPI;
        List<MapLayer> layers = new ArrayList<>();
        List<LegendBlock> legendBlocks = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        Envelope resultBox = new Envelope();
        Envelope anyBox = new Envelope();
        for (MapFigure.MapLayer l : figure.layers()) {
            PublishedLayer layer;
            try {
                layer = composer.directory().require(l.name(), viewer, "layer");
            } catch (OgcException e) {
                missing.add(l.name());
                continue;
            }
            NamedStyle style = layer.style(l.style()).orElse(layer.defaultStyle());
            layers.add(composer.mapLayer(layer, style, null, Interpolation.NEAREST));
            if (layer.info().bbox() != null) {
                anyBox.expandToInclude(layer.info().bbox());
                if (!l.base()) {
                    resultBox.expandToInclude(layer.info().bbox());
                }
            }
            String title = layer.info().title() == null || layer.info().title().isBlank() ? layer.name()
                    : layer.info().title();
            legendBlocks.add(new LegendBlock(title, legend(style, dpi, l.base()), l.base()));
        }
        List<LegendBlock> ordered = new ArrayList<>(legendBlocks.stream().filter(b -> !b.base()).toList());
        ordered.addAll(legendBlocks.stream().filter(LegendBlock::base).toList());

        Font titleFont = new Font(Font.SANS_SERIF, Font.BOLD, (int) Math.round(11 * f));
        Font smallFont = new Font(Font.SANS_SERIF, Font.PLAIN, (int) Math.round(9.5 * f));
        double pad = 10 * f;
        int legendWidth = (int) Math.ceil(Math.min(widthPx * 0.3, legendWidth(ordered, titleFont) + 2 * pad));
        Rectangle2D.Double frame = new Rectangle2D.Double(pad, pad, widthPx - legendWidth - 2 * pad,
                heightPx - 2 * pad - smallFont.getSize() * 1.6);
        Envelope bbox = extent(figure, resultBox.isNull() ? anyBox : resultBox, (int) frame.width,
                (int) frame.height);

        BufferedImage image = new BufferedImage(widthPx, heightPx, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            hints(g);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, widthPx, heightPx);
            MapRequest request = new MapRequest((int) frame.width, (int) frame.height, bbox, figure.crs(), dpi, false,
                    Color.WHITE, 0);
            BufferedImage map = composer.render(request, layers);
            g.drawImage(map, (int) frame.x, (int) frame.y, null);
            g.setColor(FRAME);
            g.setStroke(new BasicStroke((float) (1.2 * f)));
            g.draw(new Rectangle2D.Double((int) frame.x, (int) frame.y, (int) frame.width, (int) frame.height));
            scaleBar(g, bbox, figure.crs(), frame, f, smallFont);
            northArrow(g, bbox, figure.crs(), frame, f, smallFont);
            g.setFont(smallFont);
            g.setColor(MUTED);
            g.drawString(crsName(figure.crs()), (float) frame.x, (float) (frame.getMaxY() + smallFont.getSize() * 1.3));
            drawLegend(g, ordered, missing, frame.getMaxX() + pad, pad, legendWidth - pad, heightPx - 2 * pad,
                    titleFont, smallFont, f);
        } finally {
            g.dispose();
        }
        return image;
    }

    private BufferedImage legend(NamedStyle style, double dpi, boolean base) {
        LegendOptions o = new LegendOptions(base ? 16 : 20, base ? 12 : 16, "SansSerif", base ? 10 : 11.5,
                Color.BLACK, true, Color.WHITE, dpi, Double.NaN, null);
        return legends.render(style, o);
    }

    private static double legendWidth(List<LegendBlock> blocks, Font titleFont) {
        BufferedImage scratch = new BufferedImage(1, 1, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = scratch.createGraphics();
        try {
            hints(g);
            FontMetrics fm = g.getFontMetrics(titleFont);
            double w = fm.stringWidth("Legend");
            for (LegendBlock b : blocks) {
                w = Math.max(w, Math.max(fm.stringWidth(b.title()), b.image().getWidth()));
            }
            return w;
        } finally {
            g.dispose();
        }
    }

    /** The map area in the figure's CRS, fitted to the frame's aspect ratio. */
    static Envelope extent(MapFigure figure, Envelope layersLonLat, int frameWidthPx, int frameHeightPx) {
        Envelope lonLat;
        boolean computed = figure.extent() == null;
        if (computed) {
            if (layersLonLat.isNull()) {
                throw new IllegalArgumentException("Map figure " + figure.id()
                        + " has no extent and none of its layers has a bounding box");
            }
            lonLat = new Envelope(layersLonLat);
        } else {
            double[] e = figure.extent();
            lonLat = new Envelope(e[0], e[2], e[1], e[3]);
        }
        if (figure.crs() == 3857) { // Web Mercator ends at ±85.0511°
            lonLat = new Envelope(lonLat.getMinX(), lonLat.getMaxX(), Math.max(-85, lonLat.getMinY()),
                    Math.min(85, lonLat.getMaxY()));
        }
        Envelope box = CoordinateTransforms.between(4326, figure.crs()).apply(lonLat, 32);
        double w = box.getWidth();
        double h = box.getHeight();
        if (w <= 0 && h <= 0) { // a single point: show 10 km around it
            w = h = 10_000 / org.ecocorridor.ogc.render.ScaleDenominators.metresPerUnit(figure.crs());
        }
        if (computed) {
            box.expandBy(Math.max(w, h * 1e-9) * MARGIN, Math.max(h, w * 1e-9) * MARGIN);
        }
        // widen one axis so that ground units per pixel are equal along x and y
        double aspect = (double) frameWidthPx / frameHeightPx;
        double cx = box.centre().x;
        double cy = box.centre().y;
        double bw = Math.max(box.getWidth(), 1e-9);
        double bh = Math.max(box.getHeight(), 1e-9);
        if (bw / bh < aspect) {
            bw = bh * aspect;
        } else {
            bh = bw / aspect;
        }
        return new Envelope(cx - bw / 2, cx + bw / 2, cy - bh / 2, cy + bh / 2);
    }

    private static void scaleBar(Graphics2D g, Envelope bbox, int epsg, Rectangle2D.Double frame, double f, Font font) {
        double mpp = ScaleBar.metresPerPixel(bbox, epsg, (int) frame.width);
        double length = ScaleBar.niceLength(frame.width * 0.22 * mpp);
        double px = length / mpp;
        boolean km = ScaleBar.inKilometres(length);
        double x0 = frame.x + 14 * f;
        double barH = 5 * f;
        double y0 = frame.getMaxY() - 14 * f - barH;
        g.setFont(font);
        FontMetrics fm = g.getFontMetrics();
        String end = ScaleBar.label(length);
        // white backing so the bar reads over any layer
        g.setColor(new Color(255, 255, 255, 215));
        g.fill(new Rectangle2D.Double(x0 - 7 * f, y0 - fm.getHeight() - 6 * f,
                px + fm.stringWidth(end) / 2.0 + fm.stringWidth(end) + 14 * f, barH + fm.getHeight() + 13 * f));
        int segments = 4;
        for (int i = 0; i < segments; i++) {
            Rectangle2D.Double seg = new Rectangle2D.Double(x0 + px * i / segments, y0, px / segments, barH);
            g.setColor(i % 2 == 0 ? Color.BLACK : Color.WHITE);
            g.fill(seg);
        }
        g.setColor(Color.BLACK);
        g.setStroke(new BasicStroke((float) (0.8 * f)));
        g.draw(new Rectangle2D.Double(x0, y0, px, barH));
        float ty = (float) (y0 - 3 * f);
        g.drawString("0", (float) (x0 - fm.stringWidth("0") / 2.0), ty);
        String mid = ScaleBar.number(length / 2, km);
        g.drawString(mid, (float) (x0 + px / 2 - fm.stringWidth(mid) / 2.0), ty);
        String last = ScaleBar.number(length, km);
        g.drawString(end, (float) (x0 + px - fm.stringWidth(last) / 2.0), ty);
    }

    /** An arrow to true north at the map centre (turned by the grid convergence, e.g. off UTM's central meridian). */
    private static void northArrow(Graphics2D g, Envelope bbox, int epsg, Rectangle2D.Double frame, double f, Font font) {
        double angle;
        try {
            GeometryTransform toLonLat = CoordinateTransforms.between(epsg, 4326);
            GeometryTransform fromLonLat = CoordinateTransforms.between(4326, epsg);
            double[] c = toLonLat.apply(bbox.centre().x, bbox.centre().y);
            double[] p = fromLonLat.apply(c[0], Math.min(89.9, c[1] + 0.01));
            double[] q = fromLonLat.apply(c[0], c[1]);
            angle = Math.atan2(p[0] - q[0], p[1] - q[1]); // clockwise from up
        } catch (IllegalArgumentException e) {
            angle = 0;
        }
        double size = 22 * f;
        double cx = frame.getMaxX() - 24 * f;
        double cy = frame.y + 16 * f + size;
        AffineTransform saved = g.getTransform();
        g.translate(cx, cy);
        g.setColor(new Color(255, 255, 255, 215));
        g.fill(new java.awt.geom.Ellipse2D.Double(-size * 0.85, -size * 1.25, size * 1.7, size * 1.9));
        g.rotate(angle);
        Path2D.Double left = new Path2D.Double();
        left.moveTo(0, -size * 0.75);
        left.lineTo(-size * 0.3, size * 0.45);
        left.lineTo(0, size * 0.25);
        left.closePath();
        Path2D.Double right = new Path2D.Double();
        right.moveTo(0, -size * 0.75);
        right.lineTo(size * 0.3, size * 0.45);
        right.lineTo(0, size * 0.25);
        right.closePath();
        g.setColor(Color.BLACK);
        g.fill(left);
        g.setColor(Color.WHITE);
        g.fill(right);
        g.setColor(Color.BLACK);
        g.setStroke(new BasicStroke((float) (0.8 * f)));
        g.draw(left);
        g.draw(right);
        g.setFont(font.deriveFont(Font.BOLD));
        FontMetrics fm = g.getFontMetrics();
        g.drawString("N", (float) (-fm.stringWidth("N") / 2.0), (float) (-size * 0.8));
        g.setTransform(saved);
    }

    private static void drawLegend(Graphics2D g, List<LegendBlock> blocks, List<String> missing, double x, double y,
            double width, double height, Font titleFont, Font smallFont, double f) {
        g.setFont(titleFont);
        FontMetrics tm = g.getFontMetrics();
        double needed = tm.getHeight() * 1.5;
        for (LegendBlock b : blocks) {
            needed += tm.getHeight() + b.image().getHeight() + 8 * f;
        }
        double imageRoom = Math.max(1, height - tm.getHeight() * (1.5 + blocks.size()) - 8 * f * blocks.size()
                - (missing.isEmpty() ? 0 : smallFont.getSize() * 3));
        double imageTotal = needed - tm.getHeight() * (1.5 + blocks.size()) - 8 * f * blocks.size();
        double scale = Math.min(1, imageTotal <= 0 ? 1 : imageRoom / imageTotal);
        g.setColor(Color.BLACK);
        double cy = y + tm.getAscent();
        g.drawString("Legend", (float) x, (float) cy);
        cy += tm.getHeight() * 0.5;
        for (LegendBlock b : blocks) {
            g.setFont(b.base() ? smallFont.deriveFont(Font.BOLD) : titleFont);
            FontMetrics fm = g.getFontMetrics();
            String title = fit(b.title(), fm, width);
            g.setColor(b.base() ? MUTED : Color.BLACK);
            g.drawString(title, (float) x, (float) (cy + fm.getAscent()));
            cy += fm.getHeight();
            int w = (int) Math.round(b.image().getWidth() * scale);
            int h = (int) Math.round(b.image().getHeight() * scale);
            g.drawImage(b.image(), (int) x, (int) cy, w, h, null);
            cy += h + 8 * f;
        }
        if (!missing.isEmpty()) {
            g.setFont(smallFont);
            g.setColor(MUTED);
            g.drawString(fit("Not shown (unavailable): " + String.join(", ", missing), g.getFontMetrics(), width),
                    (float) x, (float) (y + height - smallFont.getSize()));
        }
    }

    /** The text, shortened with an ellipsis to fit the width. */
    private static String fit(String text, FontMetrics fm, double width) {
        if (fm.stringWidth(text) <= width) {
            return text;
        }
        String t = text;
        while (t.length() > 1 && fm.stringWidth(t + "…") > width) {
            t = t.substring(0, t.length() - 1);
        }
        return t + "…";
    }

    static String crsName(int epsg) {
        try {
            String name = CoordinateTransforms.crs(epsg).getName().getCode();
            return epsg == CoordinateTransforms.EQUAL_AREA_EPSG ? name : name + " (EPSG:" + epsg + ")";
        } catch (IllegalArgumentException e) {
            return "EPSG:" + epsg;
        }
    }

    private static void hints(Graphics2D g) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
    }
}
