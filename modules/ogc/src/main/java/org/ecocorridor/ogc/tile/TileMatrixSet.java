package org.ecocorridor.ogc.tile;

import java.util.List;
import java.util.Optional;
import org.locationtech.jts.geom.Envelope;

/**
 * A quad-tree tile matrix set of OGC 17-083r2 (Two Dimensional Tile Matrix Set), Annex D: 256 px
 * tiles, level z has {@code matrixWidth0·2^z × matrixHeight0·2^z} tiles, rows counted from the top.
 *
 * <ul>
 *   <li>{@link #WEB_MERCATOR_QUAD} (D.1): EPSG:3857, top-left (−20037508.3427892, 20037508.3427892) m,
 *       1 × 1 tile at level 0; cell size 2·20037508.3427892 / 256 / 2^z = 156543.033928041 / 2^z m,
 *       scale denominator 559082264.028717 / 2^z (cell size / 0.28 mm). Same tiles as XYZ/Google.</li>
 *   <li>{@link #WORLD_CRS84_QUAD} (D.2): CRS:84, top-left (−180°, 90°), 2 × 1 tiles at level 0;
 *       cell size 180 / 256 / 2^z = 0.703125 / 2^z degrees, scale denominator 279541132.0143589 / 2^z
 *       (degrees converted with 2π·6378137 / 360 m per degree).</li>
 * </ul>
 * Immutable.
 *
 * @param identifier     e.g. {@code WebMercatorQuad}
 * @param epsg           EPSG code of the CRS (4326 for CRS:84, used east first)
 * @param supportedCrs   the CRS URN advertised in WMTS capabilities
 * @param wellKnownScaleSet the WMTS well-known scale set URN, or null
 * @param minX           west edge of the matrix
 * @param maxY           north edge of the matrix
 * @param cellSize0      cell size at level 0, in CRS units
 * @param scaleDenominator0 scale denominator at level 0
 * @param matrixWidth0   tiles across at level 0
 * @param matrixHeight0  tiles down at level 0
 * @param maxZoom        highest level offered
 */
public record TileMatrixSet(String identifier, int epsg, String supportedCrs, String wellKnownScaleSet, double minX,
        double maxY, double cellSize0, double scaleDenominator0, int matrixWidth0, int matrixHeight0, int maxZoom) {

    /** Tile edge in pixels. */
    public static final int TILE_SIZE = 256;
    private static final double HALF_WORLD_M = 20037508.3427892;

    public static final TileMatrixSet WEB_MERCATOR_QUAD = new TileMatrixSet("WebMercatorQuad", 3857,
            "urn:ogc:def:crs:EPSG::3857", "urn:ogc:def:wkss:OGC:1.0:GoogleMapsCompatible", -HALF_WORLD_M,
            HALF_WORLD_M, 2 * HALF_WORLD_M / TILE_SIZE, 559082264.028717, 1, 1, 20);
    public static final TileMatrixSet WORLD_CRS84_QUAD = new TileMatrixSet("WorldCRS84Quad", 4326,
            "urn:ogc:def:crs:OGC:1.3:CRS84", null, -180, 90, 180.0 / TILE_SIZE, 279541132.0143589, 2, 1, 19);
    /** Both sets, as advertised. */
    public static final List<TileMatrixSet> ALL = List.of(WEB_MERCATOR_QUAD, WORLD_CRS84_QUAD);

    /** The set with that identifier (case-insensitive; also EPSG:3857 / EPSG:4326 / CRS84 aliases). */
    public static Optional<TileMatrixSet> byIdentifier(String id) {
        if (id == null) {
            return Optional.empty();
        }
        for (TileMatrixSet t : ALL) {
            if (t.identifier.equalsIgnoreCase(id)) {
                return Optional.of(t);
            }
        }
        return switch (id.toUpperCase(java.util.Locale.ROOT)) {
            case "EPSG:3857", "EPSG:900913", "GOOGLEMAPSCOMPATIBLE" -> Optional.of(WEB_MERCATOR_QUAD);
            case "EPSG:4326", "CRS84", "CRS:84" -> Optional.of(WORLD_CRS84_QUAD);
            default -> Optional.empty();
        };
    }

    /** Cell size at level z: cellSize0 / 2^z. */
    public double cellSize(int z) {
        return cellSize0 / (1L << z);
    }

    public double scaleDenominator(int z) {
        return scaleDenominator0 / (1L << z);
    }

    public long matrixWidth(int z) {
        return (long) matrixWidth0 << z;
    }

    public long matrixHeight(int z) {
        return (long) matrixHeight0 << z;
    }

    /** Whether (z, col, row) is a tile of this set. */
    public boolean contains(int z, long col, long row) {
        return z >= 0 && z <= maxZoom && col >= 0 && row >= 0 && col < matrixWidth(z) && row < matrixHeight(z);
    }

    /** The area of a tile in the CRS, (east, north). */
    public Envelope bounds(int z, long col, long row) {
        double span = cellSize(z) * TILE_SIZE;
        double x0 = minX + col * span;
        double y1 = maxY - row * span;
        return new Envelope(x0, x0 + span, y1 - span, y1);
    }
}
