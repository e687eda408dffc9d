package org.ecocorridor.connectivity.transboundary;

import java.util.Objects;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygonal;

/**
 * The corridor polygon and least-cost path of one patch-graph link, from a corridor run, transformed
 * to EPSG:4326 (longitude, latitude) by the caller.
 *
 * <p>Immutable (do not modify the geometries after passing them in).
 *
 * @param linkId   the link ({@code PatchLink.id()})
 * @param corridor the corridor (Multi)Polygon, or null when the run produced only paths
 * @param path     the least-cost path, from the link's first patch to its second
 */
public record CorridorGeometry(String linkId, Geometry corridor, LineString path) {

    public CorridorGeometry {
        Objects.requireNonNull(linkId, "linkId");
        Objects.requireNonNull(path, "path");
        if (corridor != null && !(corridor instanceof Polygonal)) {
            throw new IllegalArgumentException("Corridor of link " + linkId + " must be polygonal, got "
                    + corridor.getGeometryType());
        }
    }
}
