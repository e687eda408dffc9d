package org.ecocorridor.core.grid;

import org.locationtech.jts.geom.Envelope;

/**
 * Where a grid of cells lies: size in cells, the north-west corner of cell (0,0) and the cell size,
 * in the units of a CRS given by its EPSG code. Rows run from north to south, columns from west to
 * east (the GeoTIFF / "north-up" convention).
 *
 * <p>Cell (row, col) covers x in [originX + col·cellWidth, originX + (col+1)·cellWidth) and
 * y in (originY − (row+1)·cellHeight, originY − row·cellHeight]; its centre is at
 * (originX + (col+½)·cellWidth, originY − (row+½)·cellHeight).
 *
 * <p>Immutable.
 *
 * @param cols       number of columns (&gt; 0)
 * @param rows       number of rows (&gt; 0)
 * @param originX    x of the west edge of column 0, in CRS units
 * @param originY    y of the north edge of row 0, in CRS units
 * @param cellWidth  cell size along x, in CRS units (&gt; 0)
 * @param cellHeight cell size along y, in CRS units (&gt; 0, positive even though rows go south)
 * @param epsg       EPSG code of the CRS (x east, y north); 0 when unknown
 */
public record GridGeometry(int cols, int rows, double originX, double originY, double cellWidth,
        double cellHeight, int epsg) {

    public GridGeometry {
        if (cols <= 0 || rows <= 0) {
            throw new IllegalArgumentException("Grid size must be positive, got " + cols + " x " + rows);
        }
        if (!(cellWidth > 0) || !(cellHeight > 0)) {
            throw new IllegalArgumentException("Cell size must be positive, got " + cellWidth + " x " + cellHeight);
        }
        if (!Double.isFinite(originX) || !Double.isFinite(originY)) {
            throw new IllegalArgumentException("Grid origin must be finite, got " + originX + ", " + originY);
        }
        if ((long) cols * rows > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("Grid of " + cols + " x " + rows + " cells is too large for one array");
        }
    }

    /** Number of cells, {@code cols × rows}. */
    public int cellCount() {
        return cols * rows;
    }

    /** Row-major index of a cell. */
    public int index(int row, int col) {
        return row * cols + col;
    }

    /** Row of a row-major cell index. */
    public int rowOfIndex(int index) {
        return index / cols;
    }

    /** Column of a row-major cell index. */
    public int colOfIndex(int index) {
        return index % cols;
    }

    /** Area of one cell, {@code cellWidth × cellHeight}, in CRS units squared (m² for projected grids). */
    public double cellArea() {
        return cellWidth * cellHeight;
    }

    /** Whether cells are square: width and height equal within 1e-9 relative. */
    public boolean hasSquareCells() {
        return Math.abs(cellWidth - cellHeight) <= 1e-9 * Math.max(cellWidth, cellHeight);
    }

    public boolean contains(int row, int col) {
        return row >= 0 && row < rows && col >= 0 && col < cols;
    }

    /** x of the centre of column {@code col}. */
    public double centreX(int col) {
        return originX + (col + 0.5) * cellWidth;
    }

    /** y of the centre of row {@code row}. */
    public double centreY(int row) {
        return originY - (row + 0.5) * cellHeight;
    }

    /** Column containing x (may be outside the grid). */
    public int colOf(double x) {
        return (int) Math.floor((x - originX) / cellWidth);
    }

    /** Row containing y (may be outside the grid). */
    public int rowOf(double y) {
        return (int) Math.floor((originY - y) / cellHeight);
    }

    /** Bounds of the whole grid in CRS units. */
    public Envelope envelope() {
        return new Envelope(originX, originX + cols * cellWidth, originY - rows * cellHeight, originY);
    }
}
