package org.ecocorridor.ogc.tile;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * Identifies one rendered tile, including the version of the layer's data and style: when either
 * changes the key changes, so stale tiles are never served (they age out of the caches). Immutable.
 *
 * @param layer     layer name
 * @param style     style name
 * @param matrixSet tile matrix set identifier
 * @param z         level
 * @param col       column (x), from the west
 * @param row       row (y), from the north
 * @param extension {@code png}, {@code png8} or {@code jpg}
 * @param version   {@code <layer updatedAt µs>-<style file mtime>}
 */
public record TileKey(String layer, String style, String matrixSet, int z, long col, long row, String extension,
        String version) {
    public TileKey {
        Objects.requireNonNull(layer, "layer");
        Objects.requireNonNull(style, "style");
        Objects.requireNonNull(matrixSet, "matrixSet");
        Objects.requireNonNull(extension, "extension");
        Objects.requireNonNull(version, "version");
        for (String part : new String[] {layer, style, matrixSet, extension, version}) {
            if (!isSafePart(part)) {
                throw new IllegalArgumentException("Tile key parts must be [A-Za-z0-9_-.], got \"" + part + "\"");
            }
        }
    }

    /**
     * {@code [A-Za-z0-9_\-.]+} without {@code ..}: a key part is also a path segment of the disk cache.
     * A loop rather than a regular expression: five parts are checked for every tile served, and the
     * regex was about 3 % of a cached tile's CPU (JFR, docs/benchmarks.md).
     */
    private static boolean isSafePart(String part) {
        if (part.isEmpty() || part.contains("..")) {
            return false;
        }
        for (int i = 0; i < part.length(); i++) {
            char ch = part.charAt(i);
            boolean ok = ch >= 'a' && ch <= 'z' || ch >= 'A' && ch <= 'Z' || ch >= '0' && ch <= '9'
                    || ch == '_' || ch == '-' || ch == '.';
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /**
     * The record's usual text, {@code TileKey[layer=…, style=…, …, version=…]}, written out: the JDK 17
     * generated {@code toString} goes through {@code String.format}, about 2 % of a cached tile's CPU
     * (JFR, docs/benchmarks.md), and the ETag hashes this text for every tile served.
     */
    @Override
    public String toString() {
        return "TileKey[layer=" + layer + ", style=" + style + ", matrixSet=" + matrixSet + ", z=" + z + ", col=" + col
                + ", row=" + row + ", extension=" + extension + ", version=" + version + "]";
    }

    /** A strong HTTP entity tag: the first 128 bits of SHA-256 over the key's text, quoted. */
    public String etag() {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(toString().getBytes(StandardCharsets.UTF_8));
            return "\"" + HexFormat.of().formatHex(d, 0, 16) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}
