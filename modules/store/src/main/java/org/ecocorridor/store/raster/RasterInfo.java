package org.ecocorridor.store.raster;

import java.time.Instant;
import java.util.Objects;
import org.ecocorridor.core.grid.GridGeometry;

/**
 * Georeferencing and description of a stored raster. Immutable.
 *
 * @param id             database id
 * @param name           unique name
 * @param title          human title, or null
 * @param geometry       grid size, origin (north-west corner), cell size and EPSG code
 * @param tileSize       tile edge in cells
 * @param parametersJson how the raster was made (JSON text), or null
 * @param createdAt      when it was saved
 */
public record RasterInfo(long id, String name, String title, GridGeometry geometry, int tileSize,
        String parametersJson, Instant createdAt) {
    public RasterInfo {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(geometry, "geometry");
        if (tileSize <= 0) {
            throw new IllegalArgumentException("Invalid tileSize " + tileSize + ": must be > 0");
        }
    }

    /** Number of tile rows, ⌈rows / tileSize⌉. */
    public int tileRows() {
        return (geometry.rows() + tileSize - 1) / tileSize;
    }

    /** Number of tile columns, ⌈cols / tileSize⌉. */
    public int tileCols() {
        return (geometry.cols() + tileSize - 1) / tileSize;
    }
}
