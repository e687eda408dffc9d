package org.ecocorridor.ogc.render;

import java.awt.Graphics2D;
import java.awt.font.FontRenderContext;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.ecocorridor.ogc.style.FeatureTypeStyle;
import org.ecocorridor.ogc.style.Rule;
import org.ecocorridor.ogc.style.Symbolizer;
import org.ecocorridor.ogc.style.TextSymbolizer;
import org.locationtech.jts.geom.Envelope;

/**
 * The label pass of a tile: labels placed per cell of the request's {@link LabelGrid}, so that
 * neighbouring tiles draw the same labels at the same places.
 *
 * <ol>
 *   <li>The cells that can reach the tile: those meeting the tile grown by {@value #REACH_PX} px.</li>
 *   <li>For each, in a pixel frame fixed to the grid's origin (so positions do not depend on the
 *   tile): the features meeting the cell are read, their label candidates made as for a single image,
 *   and only those anchored in the cell kept (a point label at its point, a line label at the middle
 *   of its line; floor division, so each anchor has exactly one cell).</li>
 *   <li>The cell's labels are placed in collection order ({@link LabelEngine#forCell}): a label
 *   overlapping an earlier one of the same cell, or not lying wholly within the cell grown by the
 *   reach, is dropped.</li>
 *   <li>The survivors meeting the tile's canvas are drawn, shifted by the whole number of pixels
 *   between the grid frame and the canvas.</li>
 * </ol>
 * Each cell's outcome depends only on the cell and the data, never on which tile asks, so a label
 * crossing a tile edge or a cell edge is drawn identically on both sides. Limit: labels of two
 * different cells are not checked against each other, so near a cell edge two labels may overlap
 * (GeoServer's meta-tiles have the same limit, and drop labels crossing their edge instead).
 *
 * <p>Cost: a tile reads the labelled layers over every cell that can reach it (one cell for the
 * inner tiles of a 4 × 4 cell, two or four near its edges); layers without active text symbolizers
 * are not read again.
 *
 * <p>Thread-safe: stateless.
 */
final class MetaTileLabels {
    /** How far beyond its cell a label may reach, in pixels. */
    static final double REACH_PX = 256;
    /** Most cells a request may span before its labels are placed over its own canvas instead. */
    static final int MAX_CELLS = 16;

    private MetaTileLabels() {
    }

    /** Whether a text symbolizer of the layers is active at the scale. */
    static boolean hasLabels(List<MapLayer> layers, double scaleDenominator) {
        for (MapLayer layer : layers) {
            if (layer instanceof MapLayer.Vector) {
                for (FeatureTypeStyle fts : layer.style().featureTypeStyles()) {
                    for (Rule r : fts.rules()) {
                        if (r.appliesAtScale(scaleDenominator)) {
                            for (Symbolizer s : r.symbolizers()) {
                                if (s instanceof TextSymbolizer) {
                                    return true;
                                }
                            }
                        }
                    }
                }
            }
        }
        return false;
    }

    /** Whether the request's labels can be placed per cell (it has a grid and spans few cells). */
    static boolean applies(MapRequest request) {
        LabelGrid grid = request.labelGrid();
        if (grid == null) {
            return false;
        }
        Envelope out = reachArea(request);
        long cols = grid.column(out.getMaxX()) - grid.column(out.getMinX()) + 1;
        long rows = grid.row(out.getMinY()) - grid.row(out.getMaxY()) + 1;
        return cols * rows <= MAX_CELLS;
    }

    /** The union of the cells that can reach the request's image, target CRS. */
    static Envelope cellsArea(MapRequest request) {
        LabelGrid grid = request.labelGrid();
        Envelope reach = reachArea(request);
        Envelope area = grid.cell(grid.column(reach.getMinX()), grid.row(reach.getMaxY()));
        area.expandToInclude(grid.cell(grid.column(reach.getMaxX()), grid.row(reach.getMinY())));
        return area;
    }

    /** The request's image grown by the reach, target CRS. */
    private static Envelope reachArea(MapRequest request) {
        Envelope out = request.bbox();
        out.expandBy(REACH_PX * out.getWidth() / request.widthPx(), REACH_PX * out.getHeight() / request.heightPx());
        return out;
    }

    /**
     * Draws the labels of the cells reaching the canvas of {@code canvas} onto its graphics.
     *
     * @param canvas the context of the tile being drawn (its graphics has the identity transform)
     */
    static void draw(RenderContext canvas, List<MapLayer> layers, GraphicLoader loader) {
        MapRequest request = canvas.request;
        LabelGrid grid = request.labelGrid();
        // A pixel frame depending on the grid only: whole pixels per cell, resolution = cell / pixels.
        long cellWidthPx = Math.max(1, Math.round(grid.cellWidth() / canvas.resX));
        long cellHeightPx = Math.max(1, Math.round(grid.cellHeight() / canvas.resY));
        double resX = grid.cellWidth() / cellWidthPx;
        double resY = grid.cellHeight() / cellHeightPx;
        // canvas pixel (0, 0) in the grid frame, rounded so that labels shift by whole pixels
        long ox = Math.round((canvas.minX - grid.originX()) / resX);
        long oy = Math.round((grid.originY() - canvas.maxY) / resY);
        Rectangle2D canvasInGrid = new Rectangle2D.Double(ox, oy, canvas.canvasWidthPx, canvas.canvasHeightPx);
        Graphics2D g = canvas.graphics;
        FontRenderContext frc = g.getFontRenderContext();
        Envelope reach = reachArea(request);
        AffineTransform saved = g.getTransform();
        g.translate(-ox, -oy);
        try {
            for (long row = grid.row(reach.getMaxY()); row <= grid.row(reach.getMinY()); row++) {
                for (long col = grid.column(reach.getMinX()); col <= grid.column(reach.getMaxX()); col++) {
                    LabelEngine engine = LabelEngine.forCell(cellWidthPx, cellHeightPx, col, row, REACH_PX);
                    RenderContext cell = new RenderContext(request, g, loader, canvas.fonts, canvas.crs,
                            new RenderContext.Frame(grid.originX(), grid.originY(), resX, resY, grid.cell(col, row),
                                    (int) Math.min(Integer.MAX_VALUE, cellWidthPx),
                                    (int) Math.min(Integer.MAX_VALUE, cellHeightPx)), engine);
                    VectorLayerPainter labels = new VectorLayerPainter(cell, false, true);
                    for (MapLayer layer : layers) {
                        if (layer instanceof MapLayer.Vector v) {
                            labels.paint(v);
                        }
                    }
                    List<LabelEngine.Placed> placed = engine.place(frc).stream()
                            .filter(p -> p.box().intersects(canvasInGrid)).toList();
                    LabelEngine.draw(g, placed);
                }
            }
        } finally {
            g.setTransform(saved);
        }
    }
}
