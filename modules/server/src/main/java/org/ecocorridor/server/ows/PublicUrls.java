package org.ecocorridor.server.ows;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The base URL advertised in capabilities and links: {@code ecocorridor.public-base-url} when set,
 * else the {@code X-Forwarded-Proto/Host/Port/Prefix} headers of a reverse proxy, else the request's
 * own scheme, host and port. Thread-safe (immutable).
 */
public final class PublicUrls {
    private final String configured;

    public PublicUrls(String configured) {
        this.configured = configured == null || configured.isBlank() ? null : stripSlash(configured.trim());
    }

    /** The absolute URL of an endpoint path such as {@code /ows}. */
    public String endpoint(HttpServletRequest request, String path) {
        return base(request) + path;
    }

    public String base(HttpServletRequest request) {
        if (configured != null) {
            return configured;
        }
        String proto = first(request.getHeader("X-Forwarded-Proto"));
        String host = first(request.getHeader("X-Forwarded-Host"));
        String prefix = first(request.getHeader("X-Forwarded-Prefix"));
        String scheme = proto != null ? proto : request.getScheme();
        String authority;
        if (host != null) {
            String port = first(request.getHeader("X-Forwarded-Port"));
            authority = host.contains(":") || port == null || isDefault(scheme, port) ? host : host + ":" + port;
        } else {
            int port = request.getServerPort();
            authority = request.getServerName() + (isDefault(scheme, Integer.toString(port)) ? "" : ":" + port);
        }
        return scheme + "://" + authority + (prefix == null ? "" : stripSlash(prefix)) + request.getContextPath();
    }

    private static boolean isDefault(String scheme, String port) {
        return ("http".equals(scheme) && "80".equals(port)) || ("https".equals(scheme) && "443".equals(port));
    }

    private static String first(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        return header.split(",")[0].trim();
    }

    private static String stripSlash(String s) {
        return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
    }
}
