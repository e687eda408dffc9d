package org.ecocorridor.ogc.render;

import org.locationtech.jts.geom.Envelope;

/**
 * A world-aligned grid of label meta-tiles, in the target CRS: cell (col, row) covers
 * x ∈ [originX + col·cellWidth, originX + (col+1)·cellWidth) and
 * y ∈ (originY − (row+1)·cellHeight, originY − row·cellHeight].
 *
 * <p>When a map request carries a label grid (tiles: WMTS, XYZ, tile-shaped WMS GetMap), labels are
 * not placed over the request's own canvas but per cell, as GeoServer/GeoWebCache meta-tiling does:
 * each cell places the labels anchored inside it, with conflicts resolved against the other labels
 * of that cell only, and every tile draws the labels of every cell that can reach it. The decisions
 * therefore depend on the cell, never on the tile, and a label crossing a tile edge is drawn in the
 * same place in both tiles (see {@code MetaTileLabels}).
 *
 * <p>Immutable.
 *
 * @param originX    x of a grid corner (e.g. the tile matrix's west edge)
 * @param originY    y of that corner (e.g. the tile matrix's north edge)
 * @param cellWidth  cell width in CRS units
 * @param cellHeight cell height in CRS units
 */
public record LabelGrid(double originX, double originY, double cellWidth, double cellHeight) {

    /** Tiles per side of a cell: 4 × 4 tiles, GeoWebCache's default meta-tile. */
    public static final int TILES_PER_SIDE = 4;

    public LabelGrid {
        if (!Double.isFinite(originX) || !Double.isFinite(originY)) {
            throw new IllegalArgumentException("label grid origin must be finite, got " + originX + ", " + originY);
        }
        if (!(cellWidth > 0) || !(cellHeight > 0) || !Double.isFinite(cellWidth) || !Double.isFinite(cellHeight)) {
            throw new IllegalArgumentException("label grid cells must have a positive finite size, got "
                    + cellWidth + " x " + cellHeight);
        }
    }

    /** The grid of {@value #TILES_PER_SIDE} × {@value #TILES_PER_SIDE}-tile cells over a tile grid. */
    public static LabelGrid ofTiles(double originX, double originY, double tileWidth, double tileHeight) {
        return new LabelGrid(originX, originY, TILES_PER_SIDE * tileWidth, TILES_PER_SIDE * tileHeight);
    }

    /** The column of the cell holding {@code x}. */
    long column(double x) {
        return (long) Math.floor((x - originX) / cellWidth);
    }

    /** The row of the cell holding {@code y} (rows counted downwards). */
    long row(double y) {
        return (long) Math.floor((originY - y) / cellHeight);
    }

    /** The area of a cell. */
    Envelope cell(long col, long row) {
        double x0 = originX + col * cellWidth;
        double y1 = originY - row * cellHeight;
        return new Envelope(x0, x0 + cellWidth, y1 - cellHeight, y1);
    }
}
