package org.ecocorridor.connectivity.corridor;

import java.util.Objects;
import org.locationtech.jts.geom.Geometry;

/**
 * A habitat patch used as a core area (e.g. a {@code habitat_patches} row with {@code patch_type = core}).
 *
 * <p>Immutable (JTS geometries are treated as read-only).
 *
 * @param id       positive id, unique within one analysis (Linkage Mapper's core id)
 * @param name     label, may be empty
 * @param geometry polygonal geometry; SRID 0 means "in the grid's CRS", another SRID is reprojected
 */
public record CoreArea(int id, String name, Geometry geometry) {
    public CoreArea {
        if (id <= 0) {
            throw new IllegalArgumentException("Core area id must be > 0, got " + id);
        }
        name = name == null ? "" : name;
        Objects.requireNonNull(geometry, "geometry");
    }
}
