package org.ecocorridor.ogc.render;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.ArrayList;
import java.util.List;
import org.ecocorridor.core.crs.GeometryTransform;
import org.ecocorridor.core.grid.FloatGrid;
import org.ecocorridor.core.grid.GridGeometry;
import org.ecocorridor.ogc.style.ColorMap;
import org.ecocorridor.ogc.style.ColorMapEntry;
import org.ecocorridor.ogc.style.RasterSymbolizer;
import org.ecocorridor.ogc.style.Rule;
import org.ecocorridor.ogc.style.Symbolizer;
import org.locationtech.jts.geom.Envelope;

/**
 * Draws a raster layer by inverse mapping: the centre of every canvas pixel is transformed from
 * the map CRS to the raster CRS (one transform call per row), sampled (nearest or bilinear, see
 * {@link Interpolation}) and coloured by each active {@link RasterSymbolizer}'s {@link ColorMap},
 * its alpha multiplied by the symbolizer opacity. NaN, and points outside the grid, are
 * transparent. Rule filters do not apply to rasters; scale limits do.
 *
 * <p>Not thread-safe; one per render.
 */
final class RasterLayerPainter {
    private final RenderContext ctx;

    RasterLayerPainter(RenderContext ctx) {
        this.ctx = ctx;
    }

    void paint(MapLayer.Raster layer) {
        List<RasterSymbolizer> symbolizers = new ArrayList<>();
        for (Rule r : layer.style().rules()) {
            if (r.appliesAtScale(ctx.scaleDenominator)) {
                for (Symbolizer s : r.symbolizers()) {
                    if (s instanceof RasterSymbolizer rs) {
                        symbolizers.add(rs);
                    }
                }
            }
        }
        if (symbolizers.isEmpty()) {
            return;
        }
        GeometryTransform toRaster = layer.epsg() == ctx.request.epsg() ? null
                : ctx.crs.between(ctx.request.epsg(), layer.epsg());
        Envelope query = toRaster == null ? new Envelope(ctx.canvasBbox) : toRaster.apply(ctx.canvasBbox, 16);
        FloatGrid grid = layer.source().grid(query);
        if (grid == null) {
            return;
        }
        float[] samples = sample(grid, toRaster, layer.interpolation());
        int w = ctx.canvasWidthPx;
        int h = ctx.canvasHeightPx;
        for (RasterSymbolizer rs : symbolizers) {
            ColorMap map = rs.colorMap() != null ? rs.colorMap() : greyStretch(grid);
            if (map == null) {
                continue;
            }
            BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
            int[] argb = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
            double opacity = rs.opacity();
            for (int i = 0; i < samples.length; i++) {
                int c = map.argb(samples[i]);
                if (opacity < 1 && c != 0) {
                    c = ((int) Math.round((c >>> 24) * opacity) << 24) | (c & 0xFFFFFF);
                }
                argb[i] = c;
            }
            ctx.graphics.drawImage(image, 0, 0, null);
        }
    }

    /** Raster values at the canvas pixel centres, row-major; NaN outside the grid or NoData. */
    private float[] sample(FloatGrid grid, GeometryTransform toRaster, Interpolation interpolation) {
        int w = ctx.canvasWidthPx;
        int h = ctx.canvasHeightPx;
        float[] out = new float[w * h];
        double[] xy = new double[2 * w];
        GridGeometry gg = grid.geometry();
        for (int j = 0; j < h; j++) {
            double y = ctx.maxY - (j + 0.5) * ctx.resY;
            for (int i = 0; i < w; i++) {
                xy[2 * i] = ctx.minX + (i + 0.5) * ctx.resX;
                xy[2 * i + 1] = y;
            }
            boolean ok = true;
            if (toRaster != null) {
                try {
                    toRaster.applyInPlace(xy, w);
                } catch (IllegalArgumentException e) {
                    ok = false;
                }
            }
            for (int i = 0; i < w; i++) {
                out[j * w + i] = ok ? (interpolation == Interpolation.BILINEAR ? bilinear(grid, gg, xy[2 * i],
                        xy[2 * i + 1]) : nearest(grid, gg, xy[2 * i], xy[2 * i + 1])) : Float.NaN;
            }
        }
        return out;
    }

    static float nearest(FloatGrid grid, GridGeometry gg, double x, double y) {
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            return Float.NaN;
        }
        int col = gg.colOf(x);
        int row = gg.rowOf(y);
        return gg.contains(row, col) ? grid.get(row, col) : Float.NaN;
    }

    /**
     * Bilinear interpolation between the four cell centres around (x, y):
     * {@code v = (1−ty)[(1−tx)v00 + tx·v01] + ty[(1−tx)v10 + tx·v11]}, with fx = (x − x0)/cw − ½,
     * fy = (y0 − y)/ch − ½, tx, ty their fractional parts; edge cells are replicated; if one of the
     * four is NaN the nearest cell's value is returned.
     */
    static float bilinear(FloatGrid grid, GridGeometry gg, double x, double y) {
        float nearest = nearest(grid, gg, x, y);
        if (Float.isNaN(nearest)) {
            return Float.NaN;
        }
        double fx = (x - gg.originX()) / gg.cellWidth() - 0.5;
        double fy = (gg.originY() - y) / gg.cellHeight() - 0.5;
        int c0 = (int) Math.floor(fx);
        int r0 = (int) Math.floor(fy);
        double tx = fx - c0;
        double ty = fy - r0;
        int c1 = Math.min(gg.cols() - 1, c0 + 1);
        int r1 = Math.min(gg.rows() - 1, r0 + 1);
        c0 = Math.max(0, c0);
        r0 = Math.max(0, r0);
        float v00 = grid.get(r0, c0);
        float v01 = grid.get(r0, c1);
        float v10 = grid.get(r1, c0);
        float v11 = grid.get(r1, c1);
        if (Float.isNaN(v00) || Float.isNaN(v01) || Float.isNaN(v10) || Float.isNaN(v11)) {
            return nearest;
        }
        double top = v00 + (v01 - v00) * tx;
        double bottom = v10 + (v11 - v10) * tx;
        return (float) (top + (bottom - top) * ty);
    }

    /** Black at the finite minimum to white at the maximum; null when the grid is all NoData. */
    private static ColorMap greyStretch(FloatGrid grid) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (float v : grid.values()) {
            if (Float.isFinite(v)) {
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
        }
        if (min > max) {
            return null;
        }
        return new ColorMap(ColorMap.Type.RAMP, List.of(new ColorMapEntry(min, Color.BLACK, 1, null),
                new ColorMapEntry(Math.max(max, Math.nextUp(min)), Color.WHITE, 1, null)));
    }
}
