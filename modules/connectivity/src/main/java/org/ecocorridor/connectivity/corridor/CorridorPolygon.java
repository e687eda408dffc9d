package org.ecocorridor.connectivity.corridor;

import java.util.Objects;
import org.locationtech.jts.geom.Geometry;

/**
 * The truncated corridor of one link as polygons: the cells with NLCC ≤ the truncation width.
 *
 * <p>Immutable (JTS geometries are treated as read-only).
 *
 * @param linkId               the link
 * @param coreA                smaller core id
 * @param coreB                larger core id
 * @param geometry             Polygon or MultiPolygon in the grid CRS (SRID = grid EPSG code)
 * @param cellCount            number of corridor cells (the two cores' own cells included where within the width)
 * @param areaSquareMetres     cellCount × cell area
 * @param costWeightedDistance the link's least-cost distance
 */
public record CorridorPolygon(int linkId, int coreA, int coreB, Geometry geometry, int cellCount,
        double areaSquareMetres, double costWeightedDistance) {
    public CorridorPolygon {
        Objects.requireNonNull(geometry, "geometry");
    }
}
