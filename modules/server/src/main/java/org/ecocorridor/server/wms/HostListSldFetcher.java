package org.ecocorridor.server.wms;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.ecocorridor.ogc.wms.SldFetcher;

/**
 * Fetches WMS {@code SLD=<url>} documents over http(s) from the configured hosts only
 * ({@code ecocorridor.map.sld-hosts}), with a 5 s time limit, at most {@value #MAX_BYTES} bytes and no
 * redirects, so that clients cannot use the server to probe other machines. Thread-safe.
 */
final class HostListSldFetcher implements SldFetcher {
    static final int MAX_BYTES = 1 << 20;
    private final List<String> hosts;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    HostListSldFetcher(List<String> hosts) {
        this.hosts = hosts.stream().map(h -> h.trim().toLowerCase(Locale.ROOT)).toList();
    }

    @Override
    public String fetch(String url) {
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not a URL: " + url);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || !hosts.contains(host)) {
            throw new IllegalArgumentException("SLD documents may only be read from " + hosts + " over http(s), not "
                    + url);
        }
        try {
            HttpResponse<InputStream> r = client.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5))
                    .GET().build(), HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream in = r.body()) {
                if (r.statusCode() != 200) {
                    throw new IllegalArgumentException("fetching " + url + " answered HTTP " + r.statusCode());
                }
                byte[] bytes = in.readNBytes(MAX_BYTES + 1);
                if (bytes.length > MAX_BYTES) {
                    throw new IllegalArgumentException("the SLD at " + url + " is larger than " + MAX_BYTES + " bytes");
                }
                return new String(bytes, StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read " + url + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalArgumentException("interrupted while reading " + url, e);
        }
    }
}
