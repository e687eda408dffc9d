package org.ecocorridor.server.tiles;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.ecocorridor.ogc.wmts.WmtsService;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.HttpRequestHandler;
import org.springframework.web.servlet.HandlerMapping;

/**
 * XYZ tiles, {@code /tiles/{layer}/{z}/{x}/{y}.png} (WebMercatorQuad, default style; x from the west,
 * y from the north, as Leaflet, OpenLayers and QGIS expect), answered as {@link TileController}
 * answers WMTS REST tiles: ETag and Cache-Control, 304 for a matching If-None-Match, OWS 1.1
 * exception reports.
 *
 * <p>A plain handler in a {@link TileHandlerMapping} consulted before the annotated controllers,
 * rather than a {@code @GetMapping}: a path with variables is not in Spring MVC's direct-path index,
 * so finding its controller method tests every annotated mapping of the application in turn, about
 * a sixth of the CPU of a cached tile (JFR under {@code scripts/bench/wms}, docs/benchmarks.md). The
 * request has passed the Spring Security filter chain like any other, so the caller is known.
 *
 * <p>Thread-safe.
 */
final class XyzTileHandler implements HttpRequestHandler {
    static final String PATTERN = "/tiles/{layer}/{z}/{x}/{y}.png";

    private final WmtsService wmts;

    XyzTileHandler(WmtsService wmts) {
        this.wmts = wmts;
    }

    @Override
    public void handleRequest(HttpServletRequest request, HttpServletResponse response) throws IOException {
        // A plain handler is not filtered by method as a @GetMapping is: tiles are read-only.
        if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
            response.setHeader("Allow", "GET, HEAD");
            response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
            return;
        }
        @SuppressWarnings("unchecked")
        Map<String, String> path = (Map<String, String>) request.getAttribute(
                HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        var user = TileController.user(SecurityContextHolder.getContext().getAuthentication());
        TileController.send(response, () -> wmts.tile(path.get("layer"), "", "WebMercatorQuad", path.get("z"),
                path.get("y"), path.get("x"), "image/png", user, request.getHeader("If-None-Match")));
    }
}
