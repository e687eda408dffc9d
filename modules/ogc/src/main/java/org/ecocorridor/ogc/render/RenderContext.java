package org.ecocorridor.ogc.render;

import java.awt.Graphics2D;
import org.ecocorridor.core.crs.GeometryTransform;
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

    RenderContext(MapRequest request, Graphics2D graphics, GraphicLoader loader, FontResolver fonts, CrsCache crs) {
        this.request = request;
        this.crs = crs;
        this.graphics = graphics;
        this.fonts = fonts;
        int b = request.bufferPx();
        Envelope bbox = request.bbox();
        this.canvasWidthPx = request.widthPx() + 2 * b;
        this.canvasHeightPx = request.heightPx() + 2 * b;
        this.resX = bbox.getWidth() / request.widthPx();
        this.resY = bbox.getHeight() / request.heightPx();
        this.minX = bbox.getMinX() - b * resX;
        this.maxY = bbox.getMaxY() + b * resY;
        this.canvasBbox = new Envelope(minX, minX + canvasWidthPx * resX, maxY - canvasHeightPx * resY, maxY);
        this.dpiFactor = request.dpi() / MapRequest.STANDARD_DPI;
        this.groundMetresPerPixel = resX * crs.metresPerUnit(request.epsg());
        this.scaleDenominator = groundMetresPerPixel / (0.0254 / request.dpi()); // ScaleDenominators.of
        // world origin (0, 0) in canvas pixels anchors graphic-fill textures identically on every tile
        this.painter = new SymbolizerPainter(loader, -minX / resX, maxY / resY);
        this.labels = new LabelEngine(canvasWidthPx, canvasHeightPx);
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
