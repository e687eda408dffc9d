package org.ecocorridor.ogc.render;

import java.awt.Color;
import java.util.Objects;
import org.locationtech.jts.geom.Envelope;

/**
 * What to draw: image size, area in the target CRS in (x, y) = (east, north) order (so WMS 1.3.0
 * EPSG:4326 requests must be swapped to (lon, lat) by the caller), DPI, background and a buffer.
 *
 * <p>The buffer enlarges the drawing by {@code bufferPx} on each side before cropping, so that
 * symbols and labels whose anchor lies just outside a tile still draw their part inside it and
 * adjacent tiles match (WMTS/tiled WMS use 32–128 px).
 *
 * <p>DPI: OGC's standardized pixel is 0.28 mm, i.e. {@link #STANDARD_DPI} = 25.4 / 0.28 ≈ 90.714.
 * At another DPI pixel sizes in styles are scaled by {@code dpi / STANDARD_DPI} and the scale
 * denominator uses a pixel of 0.0254 / dpi metres (see {@link ScaleDenominators}).
 *
 * <p>Immutable (the envelope is copied in and out).
 *
 * @param widthPx     image width, 1 to {@value #MAX_SIZE_PX}
 * @param heightPx    image height, 1 to {@value #MAX_SIZE_PX}
 * @param bbox        area in the target CRS, x = east (longitude for geographic CRSs)
 * @param epsg        EPSG code of the target CRS
 * @param dpi         output resolution, (0, 2400]
 * @param transparent whether the background is transparent (then {@code background} is ignored)
 * @param background  background colour when opaque
 * @param bufferPx    extra pixels drawn on each side then cropped, 0 to {@value #MAX_BUFFER_PX}; the
 *                    renderer enlarges it to the reach of the style's symbols (see {@code StyleBuffer})
 * @param labelGrid   for tiles: the world-aligned meta-tile grid over which labels are placed, so that
 *                    neighbouring tiles make the same decisions; null for a single map image (labels
 *                    placed over this request's canvas)
 */
public record MapRequest(int widthPx, int heightPx, Envelope bbox, int epsg, double dpi, boolean transparent,
        Color background, int bufferPx, LabelGrid labelGrid) {

    /** OGC's standardized rendering pixel size: 0.28 mm (WMS 1.3.0 §7.2.4.6.9, SE 1.1 §10.2). */
    public static final double STANDARD_PIXEL_METRES = 0.00028;
    /** The DPI of a 0.28 mm pixel: 0.0254 / 0.00028 = 90.714 285 7… */
    public static final double STANDARD_DPI = 0.0254 / STANDARD_PIXEL_METRES;
    /** Largest image side accepted. */
    public static final int MAX_SIZE_PX = 16384;
    /** Largest buffer accepted. */
    public static final int MAX_BUFFER_PX = 1024;

    public MapRequest {
        if (widthPx < 1 || widthPx > MAX_SIZE_PX) {
            throw new IllegalArgumentException("widthPx must be in [1, " + MAX_SIZE_PX + "], got " + widthPx);
        }
        if (heightPx < 1 || heightPx > MAX_SIZE_PX) {
            throw new IllegalArgumentException("heightPx must be in [1, " + MAX_SIZE_PX + "], got " + heightPx);
        }
        Objects.requireNonNull(bbox, "bbox");
        if (bbox.isNull() || !(bbox.getWidth() > 0) || !(bbox.getHeight() > 0)
                || !Double.isFinite(bbox.getWidth()) || !Double.isFinite(bbox.getHeight())) {
            throw new IllegalArgumentException("bbox must have a positive finite width and height, got " + bbox);
        }
        bbox = new Envelope(bbox);
        if (!(dpi > 0 && dpi <= 2400)) {
            throw new IllegalArgumentException("dpi must be in (0, 2400], got " + dpi);
        }
        Objects.requireNonNull(background, "background");
        if (bufferPx < 0 || bufferPx > MAX_BUFFER_PX) {
            throw new IllegalArgumentException("bufferPx must be in [0, " + MAX_BUFFER_PX + "], got " + bufferPx);
        }
    }

    /** A single map image (no label grid). */
    public MapRequest(int widthPx, int heightPx, Envelope bbox, int epsg, double dpi, boolean transparent,
            Color background, int bufferPx) {
        this(widthPx, heightPx, bbox, epsg, dpi, transparent, background, bufferPx, null);
    }

    /** An opaque white map at the standard DPI without buffer. */
    public static MapRequest of(int widthPx, int heightPx, Envelope bbox, int epsg) {
        return new MapRequest(widthPx, heightPx, bbox, epsg, STANDARD_DPI, false, Color.WHITE, 0);
    }

    @Override
    public Envelope bbox() {
        return new Envelope(bbox);
    }

    public MapRequest withBuffer(int px) {
        return new MapRequest(widthPx, heightPx, bbox, epsg, dpi, transparent, background, px, labelGrid);
    }

    public MapRequest withDpi(double newDpi) {
        return new MapRequest(widthPx, heightPx, bbox, epsg, newDpi, transparent, background, bufferPx, labelGrid);
    }

    public MapRequest withTransparent(boolean newTransparent) {
        return new MapRequest(widthPx, heightPx, bbox, epsg, dpi, newTransparent, background, bufferPx, labelGrid);
    }

    public MapRequest withBackground(Color newBackground) {
        return new MapRequest(widthPx, heightPx, bbox, epsg, dpi, transparent, newBackground, bufferPx, labelGrid);
    }

    /** The same request with labels placed over {@code grid} (null: over this image). */
    public MapRequest withLabelGrid(LabelGrid grid) {
        return new MapRequest(widthPx, heightPx, bbox, epsg, dpi, transparent, background, bufferPx, grid);
    }

    /** The OGC scale denominator of this request (see {@link ScaleDenominators#of}). */
    public double scaleDenominator() {
        return ScaleDenominators.of(bbox, epsg, widthPx, dpi);
    }
}
