package org.ecocorridor.ogc.tile;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.ecocorridor.core.catalog.TimeExtent;
import org.ecocorridor.ogc.exception.OgcException;
import org.ecocorridor.ogc.exception.WmsExceptionCodes;
import org.ecocorridor.ogc.image.ImageEncoder;
import org.ecocorridor.ogc.image.ImageEncoders;
import org.ecocorridor.ogc.ows.RequestUser;
import org.ecocorridor.ogc.render.Interpolation;
import org.ecocorridor.ogc.render.LabelGrid;
import org.ecocorridor.ogc.render.MapLayer;
import org.ecocorridor.ogc.render.MapRequest;
import org.ecocorridor.ogc.style.NamedStyle;
import org.ecocorridor.ogc.wms.MapComposer;
import org.ecocorridor.ogc.wms.PublishedLayer;
import org.ecocorridor.ogc.wms.TimeParameter;
import org.locationtech.jts.geom.Envelope;

/**
 * Serves tiles of one layer and style: checks the tile address, answers from the {@link TileCache}
 * when it can, else renders 256 × 256 px, encodes and caches. Tiles join without seams: the renderer
 * draws features up to the reach of the style's symbols beyond the tile (plus {@code bufferPx}), and
 * places labels over the aligned 4 × 4-tile meta-tile of the zoom level ({@link LabelGrid}), so a
 * label or symbol crossing a tile edge is drawn identically in both tiles. Layers with a time
 * dimension show their default time (last date). The ETag is derived from the key (layer data and style version included), so a client's
 * {@code If-None-Match} is answered without rendering. Tiles whose readable area (see
 * {@link MapComposer#readArea}) misses the layer's bounding box are not rendered: an empty tile is
 * encoded directly.
 *
 * <p>Thread-safe.
 */
public final class TileService {
    /** Mercator sphere radius (EPSG:3857), metres. */
    private static final double R = 6378137.0;

    /** A tile ready to send; {@code bytes} is null when the client's ETag matched. Immutable. */
    public record Tile(byte[] bytes, String mimeType, String etag, boolean publicData) {
        public boolean notModified() {
            return bytes == null;
        }
    }

    private final MapComposer composer;
    private final TileCache cache;
    private final int bufferPx;

    public TileService(MapComposer composer, TileCache cache, int bufferPx) {
        this.composer = Objects.requireNonNull(composer, "composer");
        this.cache = Objects.requireNonNull(cache, "cache");
        if (bufferPx < 0 || bufferPx > 256) {
            throw new IllegalArgumentException("bufferPx must be in [0, 256], got " + bufferPx);
        }
        this.bufferPx = bufferPx;
    }

    public MapComposer composer() {
        return composer;
    }

    /**
     * One tile.
     *
     * @param format      MIME type ({@code image/png}, {@code image/png8}, {@code image/jpeg})
     * @param ifNoneMatch the client's If-None-Match header, or null
     * @throws OgcException LayerNotDefined, StyleNotDefined, InvalidFormat, or TileOutOfRange (WMTS, 400)
     */
    public Tile tile(String layerName, String styleName, TileMatrixSet set, int z, long col, long row, String format,
            RequestUser user, String ifNoneMatch) {
        PublishedLayer layer = composer.directory().require(layerName, user, "LAYER");
        NamedStyle style = layer.style(styleName).orElseThrow(() -> WmsExceptionCodes.error(
                WmsExceptionCodes.STYLE_NOT_DEFINED, "STYLE", "Style \"" + styleName + "\" is not defined for layer \""
                        + layerName + "\""));
        ImageEncoder encoder = ImageEncoders.forFormat(format).orElseThrow(() -> WmsExceptionCodes.error(
                WmsExceptionCodes.INVALID_FORMAT, "FORMAT", "Unsupported tile format \"" + format + "\""));
        if (!set.contains(z, col, row)) {
            throw new OgcException("TileOutOfRange", z < 0 || z > set.maxZoom() ? "TileMatrix" : "TileCol/TileRow",
                    "Tile " + z + "/" + col + "/" + row + " is outside " + set.identifier(), 400);
        }
        TileKey key = new TileKey(layer.name(), style.name(), set.identifier(), z, col, row, extension(encoder),
                layer.version());
        String etag = key.etag();
        // Visibility was checked above (require), before any cache lookup; restricted tiles are never
        // marked cacheable by shared caches.
        boolean publicData = !layer.info().sensitive() && !layer.info().ownerOnly();
        if (etag.equals(ifNoneMatch)) {
            return new Tile(null, encoder.mimeType(), etag, publicData);
        }
        byte[] bytes = cache.get(key).orElse(null);
        if (bytes == null) {
            bytes = encode(render(layer, style, set, z, col, row, encoder), encoder);
            cache.put(key, bytes);
        }
        return new Tile(bytes, encoder.mimeType(), etag, publicData);
    }

    /** Renders a tile and stores it, unless already on disk; returns whether it rendered. */
    boolean seed(PublishedLayer layer, NamedStyle style, TileMatrixSet set, int z, long col, long row,
            ImageEncoder encoder) {
        TileKey key = new TileKey(layer.name(), style.name(), set.identifier(), z, col, row, extension(encoder),
                layer.version());
        if (cache.onDisk(key)) {
            return false;
        }
        cache.put(key, encode(render(layer, style, set, z, col, row, encoder), encoder));
        return true;
    }

    private BufferedImage render(PublishedLayer layer, NamedStyle style, TileMatrixSet set, int z, long col, long row,
            ImageEncoder encoder) {
        boolean opaque = encoder.mimeType().equals("image/jpeg");
        Envelope bounds = set.bounds(z, col, row);
        double span = set.cellSize(z) * TileMatrixSet.TILE_SIZE;
        TimeExtent time = layer.info().timeExtent() == null ? null
                : TimeParameter.defaultValue(layer.info().timeExtent());
        MapLayer mapLayer = composer.mapLayer(layer, style, time, Interpolation.NEAREST);
        MapRequest request = new MapRequest(TileMatrixSet.TILE_SIZE, TileMatrixSet.TILE_SIZE, bounds, set.epsg(),
                MapRequest.STANDARD_DPI, !opaque, Color.WHITE, bufferPx,
                LabelGrid.ofTiles(set.minX(), set.maxY(), span, span));
        Envelope data = layer.info().bbox();
        if (data == null || !data.intersects(lonLat(set, clampToWorld(set, composer.readArea(request,
                List.of(mapLayer)))))) {
            BufferedImage empty = new BufferedImage(TileMatrixSet.TILE_SIZE, TileMatrixSet.TILE_SIZE,
                    BufferedImage.TYPE_INT_ARGB);
            if (opaque) {
                var g = empty.createGraphics();
                g.setColor(Color.WHITE);
                g.fillRect(0, 0, TileMatrixSet.TILE_SIZE, TileMatrixSet.TILE_SIZE);
                g.dispose();
            }
            return empty;
        }
        return composer.render(request, List.of(mapLayer));
    }

    /** An area clipped to the matrix set's extent (the area a tile can read may overhang it). */
    private static Envelope clampToWorld(TileMatrixSet set, Envelope area) {
        Envelope world = set.bounds(0, 0, 0);
        world.expandToInclude(set.bounds(0, set.matrixWidth(0) - 1, set.matrixHeight(0) - 1));
        Envelope clipped = area.intersection(world);
        return clipped.isNull() ? world : clipped;
    }

    /** Tile bounds in CRS:84: inverse spherical Mercator for EPSG:3857, λ = x/R, φ = atan(sinh(y/R)). */
    static Envelope lonLat(TileMatrixSet set, Envelope b) {
        if (set.epsg() == 4326) {
            return new Envelope(b);
        }
        return new Envelope(Math.toDegrees(b.getMinX() / R), Math.toDegrees(b.getMaxX() / R),
                Math.toDegrees(Math.atan(Math.sinh(b.getMinY() / R))), Math.toDegrees(Math.atan(Math.sinh(b.getMaxY() / R))));
    }

    private static String extension(ImageEncoder e) {
        return switch (e.mimeType().toLowerCase(Locale.ROOT)) {
            case "image/jpeg" -> "jpg";
            case "image/png" -> "png";
            default -> "png8";
        };
    }

    private static byte[] encode(BufferedImage img, ImageEncoder encoder) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(16 * 1024);
        try {
            encoder.encode(img, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
