package org.ecocorridor.ogc.wmts;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.ecocorridor.ogc.exception.ExceptionReportWriter;
import org.ecocorridor.ogc.exception.OgcException;
import org.ecocorridor.ogc.ows.KvpParameters;
import org.ecocorridor.ogc.ows.OwsRequest;
import org.ecocorridor.ogc.ows.OwsResponse;
import org.ecocorridor.ogc.ows.OwsService;
import org.ecocorridor.ogc.ows.RequestUser;
import org.ecocorridor.ogc.ows.XmlRoot;
import org.ecocorridor.ogc.tile.TileMatrixSet;
import org.ecocorridor.ogc.tile.TileService;

/**
 * WMTS 1.0.0 KVP: GetCapabilities and GetTile (LAYER, STYLE, FORMAT, TILEMATRIXSET, TILEMATRIX,
 * TILEROW, TILECOL). Errors are OWS 1.1 exception reports (07-057r7 §8.2.1, Table 28 codes:
 * TileOutOfRange, InvalidParameterValue, MissingParameterValue). Tiles carry an ETag and
 * {@code Cache-Control} ({@code public, max-age} for public layers, {@code private} for sensitive
 * ones). {@link #capabilities} and {@link #tile} also serve the RESTful encoding.
 *
 * <p>Thread-safe.
 */
public final class WmtsService implements OwsService {
    private final TileService tiles;
    private final long maxAgeSeconds;

    public WmtsService(TileService tiles, long maxAgeSeconds) {
        this.tiles = Objects.requireNonNull(tiles, "tiles");
        this.maxAgeSeconds = maxAgeSeconds;
    }

    @Override
    public String name() {
        return "WMTS";
    }

    @Override
    public boolean accepts(XmlRoot root) {
        return false;
    }

    @Override
    public ExceptionReportWriter.Format exceptionFormat(OwsRequest request) {
        return ExceptionReportWriter.Format.OWS_1_1;
    }

    @Override
    public String exceptionVersion(OwsRequest request) {
        return "1.0.0";
    }

    @Override
    public OwsResponse handle(OwsRequest request) {
        KvpParameters kvp = request.kvp();
        String operation = kvp.require("REQUEST");
        return switch (operation.toLowerCase(Locale.ROOT)) {
            case "getcapabilities" -> capabilities(request.endpointUrl(), request.user());
            case "gettile" -> tile(kvp.require("LAYER"), kvp.get("STYLE", ""), kvp.require("TILEMATRIXSET"),
                    kvp.require("TILEMATRIX"), kvp.require("TILEROW"), kvp.require("TILECOL"),
                    kvp.get("FORMAT", "image/png"), request.user(), null);
            default -> throw OgcException.operationNotSupported(operation);
        };
    }

    /** The capabilities document; {@code endpointUrl} is the KVP endpoint, its folder the REST base. */
    public OwsResponse capabilities(String endpointUrl, RequestUser user) {
        String base = endpointUrl.substring(0, endpointUrl.lastIndexOf('/'));
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try {
            new WmtsCapabilitiesWriter().write(tiles.composer().directory().visible(user), endpointUrl, base,
                    base + "/wms", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] body = out.toByteArray();
        return new OwsResponse(200, "application/xml; charset=UTF-8", Map.of(), o -> o.write(body));
    }

    /**
     * One tile, KVP or REST.
     *
     * @param ifNoneMatch the client's If-None-Match, or null; a match answers 304 without a body
     */
    public OwsResponse tile(String layer, String style, String matrixSet, String matrix, String row, String col,
            String format, RequestUser user, String ifNoneMatch) {
        TileMatrixSet set = TileMatrixSet.byIdentifier(matrixSet).orElseThrow(() -> OgcException.invalidParameter(
                "TileMatrixSet", "Unknown TileMatrixSet \"" + matrixSet + "\"; offered: WebMercatorQuad, WorldCRS84Quad"));
        TileService.Tile t = tiles.tile(layer, style, set, integer("TileMatrix", matrix), integer("TileCol", col),
                integer("TileRow", row), format, user, ifNoneMatch);
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("ETag", t.etag());
        headers.put("Cache-Control", t.publicData() ? "public, max-age=" + maxAgeSeconds : "private, max-age=0");
        if (t.notModified()) {
            return new OwsResponse(304, t.mimeType(), headers, o -> { });
        }
        byte[] body = t.bytes();
        // A known length lets the server send the tile in one piece instead of chunked.
        headers.put("Content-Length", Integer.toString(body.length));
        return new OwsResponse(200, t.mimeType(), headers, o -> o.write(body));
    }

    private static int integer(String name, String value) {
        try {
            int v = Integer.parseInt(value.trim());
            if (v >= 0) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw OgcException.invalidParameter(name, name + " must be a non-negative integer, got \"" + value + "\"");
    }
}
