package org.ecocorridor.server.tiles;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.ecocorridor.ogc.exception.ExceptionReportWriter;
import org.ecocorridor.ogc.exception.OgcException;
import org.ecocorridor.ogc.ows.OwsResponse;
import org.ecocorridor.ogc.ows.RequestUser;
import org.ecocorridor.ogc.wmts.WmtsService;
import org.ecocorridor.server.config.EcocorridorProperties;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * RESTful tiles: the WMTS 1.0.0 ResourceURL template
 * {@code /wmts/1.0.0/{layer}/{style}/{TileMatrixSet}/{TileMatrix}/{TileRow}/{TileCol}.{png|jpg}}
 * and its capabilities at {@code /wmts/1.0.0/WMTSCapabilities.xml}; XYZ tiles are served the same way
 * by {@link XyzTileHandler}. Answers carry ETag and Cache-Control; a matching If-None-Match gets 304.
 * Errors are OWS 1.1 exception reports with the code's HTTP status.
 */
@RestController
class TileController {
    private final WmtsService wmts;
    private final String publicBaseUrl;

    TileController(WmtsService wmts, EcocorridorProperties properties) {
        this.wmts = wmts;
        String base = properties.publicBaseUrl();
        this.publicBaseUrl = base == null || base.isBlank() ? null : base.trim().replaceAll("/+$", "");
    }

    @GetMapping("/wmts/1.0.0/WMTSCapabilities.xml")
    void capabilities(HttpServletRequest request, HttpServletResponse response, Authentication auth)
            throws IOException {
        send(response, () -> wmts.capabilities(base(request) + "/wmts", user(auth)));
    }

    @GetMapping("/wmts/1.0.0/{layer}/{style}/{set}/{matrix}/{row}/{col}.{ext}")
    void restTile(@PathVariable String layer, @PathVariable String style, @PathVariable String set,
            @PathVariable String matrix, @PathVariable String row, @PathVariable String col, @PathVariable String ext,
            HttpServletRequest request, HttpServletResponse response, Authentication auth) throws IOException {
        String format = ext.toLowerCase(Locale.ROOT).startsWith("jp") ? "image/jpeg" : "image/png";
        send(response, () -> wmts.tile(layer, style.equals("default") ? "" : style, set, matrix, row, col, format,
                user(auth), request.getHeader("If-None-Match")));
    }

    /** Computes an answer; may throw {@link OgcException}. */
    interface Call {
        OwsResponse run();
    }

    /** Writes an answer, or the OWS 1.1 exception report of the {@link OgcException} it threw. */
    static void send(HttpServletResponse response, Call call) throws IOException {
        OwsResponse answer;
        try {
            answer = call.run();
        } catch (OgcException e) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ExceptionReportWriter.write(e, ExceptionReportWriter.Format.OWS_1_1, "1.0.0", out);
            response.setStatus(e.httpStatus());
            e.responseHeaders().forEach(response::setHeader);
            response.setContentType(ExceptionReportWriter.contentType());
            response.getOutputStream().write(out.toByteArray());
            return;
        }
        response.setStatus(answer.status());
        response.setContentType(answer.contentType());
        answer.headers().forEach(response::setHeader);
        if (answer.status() != HttpServletResponse.SC_NOT_MODIFIED) {
            answer.body().writeTo(response.getOutputStream());
        }
    }

    /** The advertised base URL: the configured public one, else X-Forwarded-* headers, else the request's. */
    private String base(HttpServletRequest r) {
        if (publicBaseUrl != null) {
            return publicBaseUrl;
        }
        String proto = header(r, "X-Forwarded-Proto", r.getScheme());
        String host = header(r, "X-Forwarded-Host", null);
        String authority = host != null ? host : r.getServerName() + ":" + r.getServerPort();
        String prefix = header(r, "X-Forwarded-Prefix", "").replaceAll("/+$", "");
        return proto + "://" + authority + prefix + r.getContextPath();
    }

    private static String header(HttpServletRequest r, String name, String fallback) {
        String v = r.getHeader(name);
        return v == null || v.isBlank() ? fallback : v.split(",")[0].trim();
    }

    /** The caller: anonymous for no authentication or Spring Security's anonymous token. */
    static RequestUser user(Authentication auth) {
        if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
            return RequestUser.ANONYMOUS;
        }
        Set<String> roles = auth.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .map(a -> a.startsWith("ROLE_") ? a.substring(5) : a).map(a -> a.toLowerCase(Locale.ROOT))
                .collect(Collectors.toSet());
        return new RequestUser(auth.getName(), roles);
    }
}
