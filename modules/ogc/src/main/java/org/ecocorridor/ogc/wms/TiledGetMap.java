package org.ecocorridor.ogc.wms;

import org.ecocorridor.ogc.exception.OgcException;
import org.ecocorridor.ogc.ows.KvpParameters;
import org.ecocorridor.ogc.render.LabelGrid;
import org.locationtech.jts.geom.Envelope;

/**
 * Recognises GetMap requests that are tiles of a tiled client, so that their labels are placed over
 * world-aligned meta-tiles ({@link LabelGrid}) and neighbouring tiles agree; any other GetMap is a
 * single image and keeps its own label placement.
 *
 * <p>A GetMap is a tile when:
 * <ul>
 *   <li>it is {@code WIDTH} = {@code HEIGHT} = 256 or 512 px and its BBOX is a tile of the
 *   WebMercatorQuad grid (EPSG:3857/900913: west/north edges at ±20037508.3427892 m, tile side
 *   40075016.6855784 / 2<sup>k</sup> m) or of the WorldCRS84Quad grid (EPSG:4326/CRS:84: edges at
 *   −180°/90°, side 180 / 2<sup>k</sup>°), to within 1/1000 of a tile: what Leaflet's
 *   {@code L.tileLayer.wms} and OpenLayers' tiled WMS sources send; or</li>
 *   <li>it says {@code TILED=true} (GeoServer's vendor parameter), with the tile grid's corner in
 *   {@code TILESORIGIN=x,y} (east, north in the request CRS), else the grid corner above for
 *   EPSG:3857/4326, else (0, 0); the tile is then the BBOX size.</li>
 * </ul>
 * The label meta-tile is 4 × 4 such tiles. For recognised grids its size is computed from k, not from
 * the BBOX, so that every tile of a zoom level gets exactly the same grid.
 *
 * <p>Thread-safe: stateless.
 */
final class TiledGetMap {
    /** Half the WebMercatorQuad extent, metres (π · 6378137). */
    static final double HALF_WORLD_M = 20037508.342789244;
    /** Allowed misalignment, as a fraction of the tile side. */
    static final double TOLERANCE = 1e-3;
    private static final int MAX_LEVEL = 30;

    private TiledGetMap() {
    }

    /**
     * The label grid of a tile-shaped GetMap, or null for a single image.
     *
     * @param bbox request area (east, north)
     * @throws OgcException InvalidParameterValue for a malformed TILESORIGIN
     */
    static LabelGrid labelGrid(KvpParameters kvp, WmsCrs crs, Envelope bbox, int widthPx, int heightPx) {
        double[] corner = gridCorner(crs.epsg());
        double[] origin = tilesOrigin(kvp.get("TILESORIGIN"));
        boolean tiled = "true".equalsIgnoreCase(kvp.get("TILED", "false"));
        if (origin == null && corner != null && widthPx == heightPx && (widthPx == 256 || widthPx == 512)) {
            LabelGrid aligned = aligned(bbox, corner, crs.epsg() == 4326 ? 360 : 2 * HALF_WORLD_M);
            if (aligned != null) {
                return aligned;
            }
        }
        if (!tiled) {
            return null;
        }
        double[] o = origin != null ? origin : corner != null ? corner : new double[] {0, 0};
        return LabelGrid.ofTiles(o[0], o[1], bbox.getWidth(), bbox.getHeight());
    }

    /** The west/north corner of the standard tile grid of a CRS, or null. */
    private static double[] gridCorner(int epsg) {
        return switch (epsg) {
            case 3857 -> new double[] {-HALF_WORLD_M, HALF_WORLD_M};
            case 4326 -> new double[] {-180, 90};
            default -> null;
        };
    }

    /** The grid when the BBOX is a square tile of side {@code world / 2^k} aligned on the corner. */
    private static LabelGrid aligned(Envelope bbox, double[] corner, double world) {
        double side = bbox.getWidth();
        if (Math.abs(bbox.getHeight() - side) > TOLERANCE * side) {
            return null;
        }
        long k = Math.round(Math.log(world / side) / Math.log(2));
        if (k < 0 || k > MAX_LEVEL) {
            return null;
        }
        double exact = world / (1L << k);
        if (Math.abs(side - exact) > TOLERANCE * exact || !onGrid(bbox.getMinX() - corner[0], exact)
                || !onGrid(corner[1] - bbox.getMaxY(), exact)) {
            return null;
        }
        return LabelGrid.ofTiles(corner[0], corner[1], exact, exact);
    }

    private static boolean onGrid(double offset, double side) {
        double tiles = offset / side;
        return Math.abs(tiles - Math.rint(tiles)) <= TOLERANCE;
    }

    private static double[] tilesOrigin(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String[] p = value.split(",");
        if (p.length == 2) {
            try {
                double x = Double.parseDouble(p[0].trim());
                double y = Double.parseDouble(p[1].trim());
                if (Double.isFinite(x) && Double.isFinite(y)) {
                    return new double[] {x, y};
                }
            } catch (NumberFormatException e) {
                // reported below
            }
        }
        throw OgcException.invalidParameter("TILESORIGIN", "TILESORIGIN must be two numbers x,y, got \"" + value
                + "\"");
    }
}
