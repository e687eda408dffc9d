package org.ecocorridor.ogc.render;

import java.awt.Graphics2D;
import org.ecocorridor.core.crs.GeometryTransform;
import org.ecocorridor.ogc.render.scanline.ScanlineCanvas;
import org.ecocorridor.ogc.style.UnitOfMeasure;
import org.locationtech.jts.geom.Envelope;

/**
 * Everything one render shares: the buffered canvas geometry (world → pixel mapping), the scale,
 * the size factors, the painters and the label engine.
 *
 * <p>Pixel (i, j) of the buffered canvas covers x ∈ [minX + i·resX, minX + (i+1)·resX] and
 * y ∈ [maxY − (j+1)·resY, maxY − j·resY] of the target CRS, where minX/maxY are the request's
 * corner moved out by the buffer.
 *
 * <p>Not thread-safe; one per render.
 */
final class RenderContext {
    final MapRequest request;
    final Graphics2D graphics;
    final int canvasWidthPx;
    final int canvasHeightPx;
    final double minX;
    final double maxY;
    final double resX;
    final double resY;
    final Envelope canvasBbox;
    final double scaleDenominator;
    final SymbolizerPainter painter;
    final LabelEngine labels;
    final FontResolver fonts;
    private final double dpiFactor;
    private final double groundMetresPerPixel;
    private ScreenShapes shapes;

    final CrsCache crs;

    /**
     * The context of a whole canvas.
     *
     * @param fastCanvas the canvas's scanline rasteriser (fills and thin strokes of features), or
     *                   null to draw everything with {@code graphics}
     */
    RenderContext(MapRequest request, Graphics2D graphics, GraphicLoader loader, FontResolver fonts, CrsCache crs,
            ScanlineCanvas fastCanvas) {
        this(request, graphics, loader, fonts, crs, canvas(request), null, fastCanvas);
    }

    /**
     * A context whose pixel frame and query area differ from the request's canvas: for label
     * meta-tiles, pixel (0, 0) is the label grid's origin and the area is one cell.
     *
     * @param frame  minX, maxY of pixel (0, 0), then the area to query and its size in pixels
     * @param labels the label engine, or null for one over the canvas
     */
    RenderContext(MapRequest request, Graphics2D graphics, GraphicLoader loader, FontResolver fonts, CrsCache crs,
            Frame frame, LabelEngine labels) {
        this(request, graphics, loader, fonts, crs, frame, labels, null);
    }

    private RenderContext(MapRequest request, Graphics2D graphics, GraphicLoader loader, FontResolver fonts,
            CrsCache crs, Frame frame, LabelEngine labels, ScanlineCanvas fastCanvas) {
        this.request = request;
        this.crs = crs;
        this.graphics = graphics;
        this.fonts = fonts;
        this.resX = frame.resX();
        this.resY = frame.resY();
        this.minX = frame.minX();
        this.maxY = frame.maxY();
        this.canvasBbox = new Envelope(frame.area());
        this.canvasWidthPx = frame.widthPx();
        this.canvasHeightPx = frame.heightPx();
        this.dpiFactor = request.dpi() / MapRequest.STANDARD_DPI;
        this.groundMetresPerPixel = resX * crs.metresPerUnit(request.epsg());
        this.scaleDenominator = groundMetresPerPixel / (0.0254 / request.dpi()); // ScaleDenominators.of
        // world origin (0, 0) in canvas pixels anchors graphic-fill textures identically on every tile
        this.painter = new SymbolizerPainter(loader, -minX / resX, maxY / resY, fastCanvas, graphics);
        this.labels = labels != null ? labels : LabelEngine.forCanvas(canvasWidthPx, canvasHeightPx);
    }

    /**
     * The pixel frame of a render.
     *
     * @param minX     x of the left edge of pixel column 0
     * @param maxY     y of the top edge of pixel row 0
     * @param resX     target CRS units per pixel along x
     * @param resY     target CRS units per pixel along y
     * @param area     the area drawn (and queried), target CRS
     * @param widthPx  its width in pixels
     * @param heightPx its height in pixels
     */
    record Frame(double minX, double maxY, double resX, double resY, Envelope area, int widthPx, int heightPx) {
    }

    /** The request's canvas: its bbox moved out by the buffer on every side. */
    static Frame canvas(MapRequest request) {
        int b = request.bufferPx();
        Envelope bbox = request.bbox();
        double resX = bbox.getWidth() / request.widthPx();
        double resY = bbox.getHeight() / request.heightPx();
        int w = request.widthPx() + 2 * b;
        int h = request.heightPx() + 2 * b;
        double minX = bbox.getMinX() - b * resX;
        double maxY = bbox.getMaxY() + b * resY;
        return new Frame(minX, maxY, resX, resY, new Envelope(minX, minX + w * resX, maxY - h * resY, maxY), w, h);
    }

    /** Output pixels per unit of a symbolizer's size. */
    double factor(UnitOfMeasure uom) {
        return uom == UnitOfMeasure.PIXEL ? dpiFactor : uom.metres() / groundMetresPerPixel;
    }

    /** The lon/lat → pixel mapper (made on first use: raster-only maps need no EPSG:4326 transform). */
    ScreenShapes shapes() {
        if (shapes == null) {
            GeometryTransform t = request.epsg() == 4326 ? null : crs.between(4326, request.epsg());
            shapes = new ScreenShapes(t, minX, maxY, resX, resY);
        }
        return shapes;
    }

    /** The buffered canvas area in EPSG:4326 (lon, lat), for querying vector sources. */
    Envelope lonLatQueryEnvelope() {
        if (request.epsg() == 4326) {
            return new Envelope(canvasBbox);
        }
        try {
            return crs.between(request.epsg(), 4326).apply(canvasBbox, 16);
        } catch (IllegalArgumentException e) {
            return new Envelope(-180, 180, -90, 90); // corners outside the projection's domain
        }
    }
}
