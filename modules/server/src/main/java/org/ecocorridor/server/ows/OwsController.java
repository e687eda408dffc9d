package org.ecocorridor.server.ows;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.ecocorridor.ogc.exception.OgcException;
import org.ecocorridor.ogc.ows.KvpParameters;
import org.ecocorridor.ogc.ows.OwsRequest;
import org.ecocorridor.ogc.ows.OwsResponse;
import org.ecocorridor.ogc.ows.OwsService;
import org.ecocorridor.ogc.ows.RequestUser;
import org.ecocorridor.server.config.EcocorridorProperties;
import org.ecocorridor.server.error.OwsFailure;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;

/**
 * The OGC endpoints: {@code /ows} (dispatched on SERVICE or the XML root) and {@code /wfs} (WFS
 * only). KVP by GET (or form POST), XML by POST. Thin: builds an {@link OwsRequest}, calls the
 * service, streams its response synchronously (so long downloads are not cut by async time-outs).
 * Errors become {@link OwsFailure}s, rendered by the server's error package as the version's
 * exception report.
 */
@RestController
class OwsController {
    /** Largest XML request body accepted (transactions included). */
    static final int MAX_XML_BYTES = 64 * 1024 * 1024;

    private final OwsDispatcher dispatcher;
    private final PublicUrls urls;

    OwsController(OwsDispatcher dispatcher, EcocorridorProperties properties) {
        this.dispatcher = dispatcher;
        this.urls = new PublicUrls(properties.publicBaseUrl());
    }

    @RequestMapping(path = "/ows", method = {RequestMethod.GET, RequestMethod.POST})
    void ows(HttpServletRequest request, HttpServletResponse response, Authentication auth) throws IOException {
        serve(request, response, auth, "/ows", null);
    }

    @RequestMapping(path = "/wfs", method = {RequestMethod.GET, RequestMethod.POST})
    void wfs(HttpServletRequest request, HttpServletResponse response, Authentication auth) throws IOException {
        serve(request, response, auth, "/wfs", "WFS");
    }

    /** WMS only (the map engineer's hook: same handling as {@code /wfs}). */
    @RequestMapping(path = "/wms", method = RequestMethod.GET)
    void wms(HttpServletRequest request, HttpServletResponse response, Authentication auth) throws IOException {
        serve(request, response, auth, "/wms", "WMS");
    }

    /** WMTS KVP only; the RESTful tiles are served by {@code server.tiles}. */
    @RequestMapping(path = "/wmts", method = RequestMethod.GET)
    void wmts(HttpServletRequest request, HttpServletResponse response, Authentication auth) throws IOException {
        serve(request, response, auth, "/wmts", "WMTS");
    }

    private void serve(HttpServletRequest http, HttpServletResponse response, Authentication auth, String path,
            String fixedService) throws IOException {
        OwsRequest request = null;
        OwsService service = dispatcher.fallback();
        try {
            KvpParameters kvp = KvpParameters.of(http.getParameterMap());
            if (fixedService != null) {
                kvp = kvp.withDefault("SERVICE", fixedService); // /wfs implies SERVICE=WFS
            }
            request = new OwsRequest(kvp, xmlBody(http), urls.endpoint(http, path), user(auth));
            service = dispatcher.serviceFor(request, fixedService);
            OwsResponse answer = service.handle(request);
            String etag = answer.headers().get("ETag");
            if (etag != null && etag.equals(http.getHeader("If-None-Match"))) {
                response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
                response.setHeader("ETag", etag);
                return;
            }
            response.setStatus(answer.status());
            response.setContentType(answer.contentType());
            answer.headers().forEach(response::setHeader);
            OutputStream out = response.getOutputStream();
            answer.body().writeTo(out);
            out.flush();
        } catch (OgcException e) {
            throw new OwsFailure(e, service, request);
        }
    }

    /** The XML body of a POST, or null (GET, or a form POST whose fields are KVP). */
    private static byte[] xmlBody(HttpServletRequest http) throws IOException {
        if (!"POST".equals(http.getMethod())) {
            return null;
        }
        String type = http.getContentType() == null ? "" : http.getContentType().toLowerCase(Locale.ROOT);
        if (type.startsWith("application/x-www-form-urlencoded") || type.startsWith("multipart/")) {
            return null;
        }
        try (InputStream in = http.getInputStream()) {
            byte[] body = in.readNBytes(MAX_XML_BYTES + 1);
            if (body.length > MAX_XML_BYTES) {
                throw OgcException.invalidParameter("request", "XML request larger than " + MAX_XML_BYTES + " bytes");
            }
            if (body.length == 0) {
                throw OgcException.missingParameter("request");
            }
            return body;
        }
    }

    private static RequestUser user(Authentication auth) {
        if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
            return RequestUser.ANONYMOUS;
        }
        Set<String> roles = auth.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .map(a -> a.startsWith("ROLE_") ? a.substring(5) : a).map(a -> a.toLowerCase(Locale.ROOT))
                .collect(Collectors.toSet());
        return new RequestUser(auth.getName(), roles);
    }
}
