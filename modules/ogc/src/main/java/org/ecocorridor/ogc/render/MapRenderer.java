package org.ecocorridor.ogc.render;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.List;
import java.util.Objects;
import org.ecocorridor.ogc.render.scanline.ScanlineCanvas;
import org.ecocorridor.ogc.style.UnitOfMeasure;
import org.locationtech.jts.geom.Envelope;

/**
 * Draws maps with Java2D: layers in order (first at the bottom), then all labels on top.
 *
 * <h2>Pipeline</h2>
 * <ol>
 *   <li>A canvas enlarged on each side by the request's buffer, raised to the reach of the active
 *   symbols ({@link StyleBuffer}) so that symbols just outside the image are drawn in part and tiles
 *   join; background filled unless transparent.</li>
 *   <li>Scale denominator per {@link ScaleDenominators}; rules outside their scale range are
 *   skipped.</li>
 *   <li>Vector layers ({@link VectorLayerPainter}): features read in EPSG:4326 for the buffered
 *   area, projected and densified to ¼ px ({@link ScreenShapes}), drawn through
 *   {@code Path2D} with antialiasing and pure stroke control (no pixel snapping, so tiles
 *   match). Solid fills and thin solid strokes go through the {@link ScanlineCanvas}, which gives
 *   Java2D's pixels at a fraction of its cost per call; everything else through Java2D.</li>
 *   <li>Raster layers ({@link RasterLayerPainter}): inverse mapping per pixel centre, colour map.</li>
 *   <li>Labels ({@link LabelEngine}): placed in order, overlapping ones dropped, haloed. For a single
 *   image, over its canvas; for a tile (a request with a {@link LabelGrid}), per label meta-tile
 *   ({@link MetaTileLabels}), so that neighbouring tiles take the same decisions.</li>
 *   <li>The buffer is cropped away.</li>
 * </ol>
 *
 * <p>Output: {@link BufferedImage#TYPE_INT_ARGB}, non-premultiplied; fully opaque when not
 * transparent and the background is opaque.
 *
 * <p>Thread-safe: every call has its own canvas and state; the graphic loader and the CRS cache
 * are thread-safe. Keep one renderer per application: it caches CRS look-ups and graphics.
 */
public final class MapRenderer {
    private final GraphicLoader graphics;
    private final FontResolver fonts;
    private final CrsCache crs = new CrsCache();
    private final boolean scanline;

    /** A renderer that reads inline graphics only. */
    public MapRenderer() {
        this(GraphicLoader.inlineOnly());
    }

    /** A renderer reading external graphics through {@code graphics} (e.g. allowing the styles folder). */
    public MapRenderer(GraphicLoader graphics) {
        this(graphics, true);
    }

    /**
     * @param scanline whether feature fills and thin strokes go through the {@link ScanlineCanvas}
     *                 (false: all through Java2D, to compare the two)
     */
    MapRenderer(GraphicLoader graphics, boolean scanline) {
        this.graphics = Objects.requireNonNull(graphics, "graphics");
        this.fonts = new FontResolver();
        this.scanline = scanline;
    }

    /**
     * Renders the layers.
     *
     * @throws IllegalArgumentException when the request's CRS or a raster layer's CRS is unknown
     */
    public BufferedImage render(MapRequest request, List<MapLayer> layers) {
        request = withSymbolBuffer(request, layers);
        boolean perCell = MetaTileLabels.applies(request) && MetaTileLabels.hasLabels(layers, request.scaleDenominator());
        int b = request.bufferPx();
        int cw = request.widthPx() + 2 * b;
        int ch = request.heightPx() + 2 * b;
        BufferedImage canvas = new BufferedImage(cw, ch, BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D g = canvas.createGraphics();
        try {
            configure(g);
            if (!request.transparent()) {
                g.setColor(request.background());
                g.fillRect(0, 0, cw, ch);
            }
            RenderContext ctx = new RenderContext(request, g, graphics, fonts, crs,
                    scanline ? new ScanlineCanvas(canvas) : null);
            VectorLayerPainter vectors = new VectorLayerPainter(ctx, true, !perCell);
            RasterLayerPainter rasters = new RasterLayerPainter(ctx);
            for (MapLayer layer : layers) {
                if (layer instanceof MapLayer.Vector v) {
                    vectors.paint(v);
                } else if (layer instanceof MapLayer.Raster r) {
                    rasters.paint(r);
                }
            }
            if (perCell) {
                MetaTileLabels.draw(ctx, layers, graphics);
            } else {
                ctx.labels.placeAll(g);
            }
        } finally {
            g.dispose();
        }
        return crop(canvas, b, request.widthPx(), request.heightPx());
    }

    /**
     * The area, in the request's CRS, whose features can show in the image: the canvas with the
     * symbols' buffer, and for tiles the label meta-tiles that can reach it. A map whose layers have
     * no data there is empty.
     */
    public Envelope readArea(MapRequest request, List<MapLayer> layers) {
        request = withSymbolBuffer(request, layers);
        Envelope area = RenderContext.canvas(request).area();
        if (MetaTileLabels.applies(request) && MetaTileLabels.hasLabels(layers, request.scaleDenominator())) {
            area.expandToInclude(MetaTileLabels.cellsArea(request));
        }
        return area;
    }

    /** The request with its buffer raised to the reach of the active symbols ({@link StyleBuffer}). */
    private MapRequest withSymbolBuffer(MapRequest request, List<MapLayer> layers) {
        double dpiFactor = request.dpi() / MapRequest.STANDARD_DPI;
        double groundMetresPerPixel = request.bbox().getWidth() / request.widthPx() * crs.metresPerUnit(request.epsg());
        int reach = StyleBuffer.pixels(layers, request.scaleDenominator(),
                uom -> uom == UnitOfMeasure.PIXEL ? dpiFactor : uom.metres() / groundMetresPerPixel, graphics);
        return reach > request.bufferPx() ? request.withBuffer(reach) : request;
    }

    static void configure(Graphics2D g) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
    }

    /**
     * c = min(255, ⌊(c' · 255 + ⌊a/2⌋) / a⌋) for premultiplied c' and alpha a, at index a · 256 + c'
     * (a ≥ 1): three table look-ups per translucent pixel instead of three integer divisions.
     */
    private static final byte[] UNPREMULTIPLY = unpremultiplyTable();

    private static byte[] unpremultiplyTable() {
        byte[] t = new byte[256 * 256];
        for (int a = 1; a < 256; a++) {
            for (int c = 0; c < 256; c++) {
                t[a << 8 | c] = (byte) Math.min(255, (c * 255 + (a >> 1)) / a);
            }
        }
        return t;
    }

    /**
     * The image without its buffer, converted from premultiplied to straight alpha:
     * c = round(c' · 255 / a) for 0 < a < 255 (the canvas is premultiplied because Java2D composites
     * into it without the per-pixel division a straight-alpha canvas needs), by table.
     */
    private static BufferedImage crop(BufferedImage canvas, int b, int w, int h) {
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        int[] src = ((DataBufferInt) canvas.getRaster().getDataBuffer()).getData();
        int[] dst = ((DataBufferInt) out.getRaster().getDataBuffer()).getData();
        int cw = canvas.getWidth();
        for (int y = 0; y < h; y++) {
            int s = (y + b) * cw + b;
            int d = y * w;
            for (int x = 0; x < w; x++) {
                int p = src[s + x];
                int a = p >>> 24;
                if (a != 0xFF && a != 0) {
                    int row = a << 8;
                    p = a << 24 | (UNPREMULTIPLY[row | (p >> 16) & 0xFF] & 0xFF) << 16
                            | (UNPREMULTIPLY[row | (p >> 8) & 0xFF] & 0xFF) << 8
                            | UNPREMULTIPLY[row | p & 0xFF] & 0xFF;
                }
                dst[d + x] = p;
            }
        }
        return out;
    }
}
