package org.ecocorridor.ogc.render;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads {@code ExternalGraphic} images (PNG, GIF, JPEG via ImageIO) for point symbols, with a small
 * LRU cache. Only two kinds of location are read, so that a client's {@code SLD_BODY} cannot make
 * the server fetch URLs (SSRF) or read arbitrary files:
 * <ul>
 *   <li>{@code data:} URIs (SE {@code InlineContent}), base64;</li>
 *   <li>{@code file:} URIs inside one of the allowed root folders (e.g. {@code styles/}).</li>
 * </ul>
 * SVG is not supported (it needs Batik); styles should give a {@code Mark} after an SVG graphic.
 * Images larger than {@value #MAX_BYTES} bytes are refused. Failures yield an empty result (and are
 * cached, so they are logged at WARN once per location), and the renderer falls back to the next
 * alternative of the graphic.
 *
 * <p>Thread-safe. Returned images are shared: callers must not modify them.
 */
public final class GraphicLoader {
    private static final Logger LOG = LoggerFactory.getLogger(GraphicLoader.class);
    /** Largest image file read. */
    public static final int MAX_BYTES = 4 << 20;
    private static final int CACHE_SIZE = 64;

    private final List<Path> allowedRoots;
    private final Map<URI, Optional<BufferedImage>> cache = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<URI, Optional<BufferedImage>> eldest) {
            return size() > CACHE_SIZE;
        }
    };

    /**
     * @param allowedRoots folders whose files may be read (normalised absolute paths)
     */
    public GraphicLoader(List<Path> allowedRoots) {
        this.allowedRoots = allowedRoots.stream().map(p -> p.toAbsolutePath().normalize()).toList();
    }

    /** A loader that reads inline ({@code data:}) images only. */
    public static GraphicLoader inlineOnly() {
        return new GraphicLoader(List.of());
    }

    /** The image at a location, or empty when it is not allowed, not found or not decodable. */
    public Optional<BufferedImage> load(URI location, String format) {
        if (format != null && format.toLowerCase(Locale.ROOT).contains("svg")) {
            return Optional.empty();
        }
        synchronized (cache) {
            Optional<BufferedImage> cached = cache.get(location);
            if (cached != null) {
                return cached;
            }
        }
        Optional<BufferedImage> image = read(location);
        if (image.isEmpty()) {
            LOG.warn("External graphic {} not drawn: not an allowed location, missing or not a PNG/GIF/JPEG image; "
                    + "the next symbol of the graphic is used", location.getScheme() != null
                    && location.getScheme().equalsIgnoreCase("data") ? "(inline data)" : location);
        }
        synchronized (cache) {
            cache.put(location, image);
        }
        return image;
    }

    private Optional<BufferedImage> read(URI location) {
        String scheme = location.getScheme() == null ? "" : location.getScheme().toLowerCase(Locale.ROOT);
        try {
            return switch (scheme) {
                case "data" -> decode(dataBytes(location));
                case "file" -> readFile(Path.of(location));
                default -> Optional.empty();
            };
        } catch (IOException | IllegalArgumentException e) { // includes InvalidPathException
            return Optional.empty();
        }
    }

    private Optional<BufferedImage> readFile(Path file) throws IOException {
        Path p = file.toAbsolutePath().normalize();
        boolean allowed = allowedRoots.stream().anyMatch(p::startsWith);
        if (!allowed || !Files.isRegularFile(p) || Files.size(p) > MAX_BYTES) {
            return Optional.empty();
        }
        return decode(Files.readAllBytes(p));
    }

    private static byte[] dataBytes(URI uri) {
        String ssp = uri.getRawSchemeSpecificPart();
        int comma = ssp.indexOf(',');
        if (comma < 0 || !ssp.substring(0, comma).endsWith(";base64") || (comma + 1L) * 3 / 4 > MAX_BYTES * 2L) {
            throw new IllegalArgumentException("not a base64 data URI");
        }
        byte[] bytes = Base64.getMimeDecoder().decode(ssp.substring(comma + 1));
        if (bytes.length > MAX_BYTES) {
            throw new IllegalArgumentException("inline image too large");
        }
        return bytes;
    }

    private static Optional<BufferedImage> decode(byte[] bytes) throws IOException {
        try (InputStream in = new ByteArrayInputStream(bytes)) {
            return Optional.ofNullable(ImageIO.read(in));
        }
    }
}
