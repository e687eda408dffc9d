package org.ecocorridor.ogc.tile;

import java.util.Objects;
import org.ecocorridor.ogc.exception.WmsExceptionCodes;
import org.ecocorridor.ogc.image.ImageEncoder;
import org.ecocorridor.ogc.image.ImageEncoders;
import org.ecocorridor.ogc.ows.RequestUser;
import org.ecocorridor.ogc.style.NamedStyle;
import org.ecocorridor.ogc.wms.PublishedLayer;
import org.locationtech.jts.geom.Envelope;

/**
 * Pre-renders the tiles of a layer into the cache's disk level, level by level, over the layer's
 * bounding box (or a given CRS:84 box): at level z the tiles from
 * {@code col = ⌊(x_min − X0) / span⌋} to {@code ⌊(x_max − X0) / span⌋} and likewise for rows from the
 * top, where span = 256 · cell size. Box edges are first projected to the set's CRS
 * (x = R·λ, y = R·ln tan(π/4 + φ/2) for Web Mercator, latitudes clamped to ±85.0511°). Tiles
 * already on disk for the current version are skipped, so an interrupted seed resumes.
 *
 * <p>Thread-safe; one seed at a time per layer is sensible but not enforced.
 */
public final class TileSeeder {
    private static final double R = 6378137.0;
    private static final double MAX_LAT = Math.toDegrees(Math.atan(Math.sinh(Math.PI)));

    /** Progress after each level. */
    @FunctionalInterface
    public interface Progress {
        void level(int z, long rendered, long skipped);
    }

    /** What a seed did. Immutable. */
    public record Result(long rendered, long skipped) {
    }

    private final TileService tiles;

    public TileSeeder(TileService tiles) {
        this.tiles = Objects.requireNonNull(tiles, "tiles");
    }

    /**
     * Seeds levels {@code minZoom..maxZoom}.
     *
     * @param bboxLonLat area in CRS:84, or null for the layer's bounds
     * @throws IllegalArgumentException for bad levels; OgcException for an unknown layer, style or format
     */
    public Result seed(String layerName, String styleName, TileMatrixSet set, int minZoom, int maxZoom,
            Envelope bboxLonLat, String format, Progress progress) {
        if (minZoom < 0 || maxZoom > set.maxZoom() || minZoom > maxZoom) {
            throw new IllegalArgumentException("Zoom levels must satisfy 0 ≤ min ≤ max ≤ " + set.maxZoom() + ", got "
                    + minZoom + ".." + maxZoom);
        }
        // Seeding is an administrator's tool: sensitive layers are included.
        PublishedLayer layer = tiles.composer().directory().require(layerName,
                new RequestUser("seed", java.util.Set.of("admin")), "LAYER");
        NamedStyle style = layer.style(styleName).orElseThrow(() -> WmsExceptionCodes.error(
                WmsExceptionCodes.STYLE_NOT_DEFINED, "STYLE", "No style \"" + styleName + "\" for " + layerName));
        ImageEncoder encoder = ImageEncoders.forFormat(format).orElseThrow(() ->
                new IllegalArgumentException("Unsupported format \"" + format + "\""));
        Envelope area = bboxLonLat != null ? bboxLonLat : layer.info().bbox();
        if (area == null) {
            return new Result(0, 0);
        }
        Envelope projected = project(set, area);
        long rendered = 0;
        long skipped = 0;
        for (int z = minZoom; z <= maxZoom; z++) {
            double span = set.cellSize(z) * TileMatrixSet.TILE_SIZE;
            long col0 = clamp((long) Math.floor((projected.getMinX() - set.minX()) / span), set.matrixWidth(z));
            long col1 = clamp((long) Math.floor((projected.getMaxX() - set.minX()) / span), set.matrixWidth(z));
            long row0 = clamp((long) Math.floor((set.maxY() - projected.getMaxY()) / span), set.matrixHeight(z));
            long row1 = clamp((long) Math.floor((set.maxY() - projected.getMinY()) / span), set.matrixHeight(z));
            long levelRendered = 0;
            long levelSkipped = 0;
            for (long row = row0; row <= row1; row++) {
                for (long col = col0; col <= col1; col++) {
                    if (tiles.seed(layer, style, set, z, col, row, encoder)) {
                        levelRendered++;
                    } else {
                        levelSkipped++;
                    }
                }
            }
            rendered += levelRendered;
            skipped += levelSkipped;
            if (progress != null) {
                progress.level(z, levelRendered, levelSkipped);
            }
        }
        return new Result(rendered, skipped);
    }

    private static long clamp(long v, long size) {
        return Math.max(0, Math.min(size - 1, v));
    }

    static Envelope project(TileMatrixSet set, Envelope lonLat) {
        if (set.epsg() == 4326) {
            return new Envelope(lonLat);
        }
        double s = Math.max(lonLat.getMinY(), -MAX_LAT);
        double n = Math.min(lonLat.getMaxY(), MAX_LAT);
        return new Envelope(R * Math.toRadians(lonLat.getMinX()), R * Math.toRadians(lonLat.getMaxX()),
                R * Math.log(Math.tan(Math.PI / 4 + Math.toRadians(s) / 2)),
                R * Math.log(Math.tan(Math.PI / 4 + Math.toRadians(n) / 2)));
    }
}
