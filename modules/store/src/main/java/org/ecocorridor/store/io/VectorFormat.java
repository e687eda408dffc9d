package org.ecocorridor.store.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The vector file formats Ecocorridor imports and exports.
 *
 * <h2>Detection</h2>
 * {@link #detect(Path)} trusts the file's first bytes over its name: {@code "SQLite format 3\0"}
 * is a GeoPackage (GeoPackage 1.3, §1.1.1.1.1) and {@code "PK\3\4"} a zip (taken to be a zipped
 * Shapefile). Otherwise the extension decides ({@code .geojson .json}, {@code .gpkg},
 * {@code .zip}, {@code .csv .tsv .txt}), and failing that a first non-blank character {@code {}
 * means GeoJSON.
 *
 * <p>Immutable.
 */
public enum VectorFormat {
    /** RFC 7946 GeoJSON, read and written. */
    GEOJSON("application/geo+json", ".geojson", true),
    /** OGC GeoPackage 1.3 (SQLite), read and written; writing needs a file, not a stream. */
    GEOPACKAGE("application/geopackage+sqlite3", ".gpkg", true),
    /** An ESRI Shapefile (.shp, .dbf, optional .prj and .cpg) inside a zip; read and written (to a file). */
    SHAPEFILE_ZIP("application/zip", ".zip", true),
    /** RFC 4180 CSV with longitude/latitude or WKT columns, UTF-8; read and written. */
    CSV("text/csv", ".csv", true);

    private static final byte[] SQLITE_MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};
    private static final byte[] EMPTY_ZIP_MAGIC = {'P', 'K', 5, 6};

    private final String mediaType;
    private final String fileExtension;
    private final boolean writable;

    VectorFormat(String mediaType, String fileExtension, boolean writable) {
        this.mediaType = mediaType;
        this.fileExtension = fileExtension;
        this.writable = writable;
    }

    /** The IANA media type, e.g. {@code application/geo+json}. */
    public String mediaType() {
        return mediaType;
    }

    /** The usual file extension with its dot, e.g. {@code .gpkg}. */
    public String fileExtension() {
        return fileExtension;
    }

    /** Whether {@link VectorWriters} can write this format. */
    public boolean isWritable() {
        return writable;
    }

    /**
     * The format a user names on a command line or in a request parameter: {@code geojson},
     * {@code json}, {@code gpkg}, {@code geopackage}, {@code shp}, {@code shapefile}, {@code zip},
     * {@code csv}, or the enum name; case-insensitive.
     */
    public static Optional<VectorFormat> fromName(String name) {
        return switch (name.trim().toLowerCase(Locale.ROOT).replace('-', '_')) {
            case "geojson", "json" -> Optional.of(GEOJSON);
            case "gpkg", "geopackage" -> Optional.of(GEOPACKAGE);
            case "shp", "shapefile", "zip", "shapefile_zip" -> Optional.of(SHAPEFILE_ZIP);
            case "csv" -> Optional.of(CSV);
            default -> Optional.empty();
        };
    }

    /**
     * The format of a file from its first bytes and name (see class comment).
     *
     * @return empty when neither tells
     */
    public static Optional<VectorFormat> detect(Path file) throws IOException {
        byte[] head = new byte[64];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, head.length);
        }
        if (startsWith(head, n, SQLITE_MAGIC)) {
            return Optional.of(GEOPACKAGE);
        }
        if (startsWith(head, n, ZIP_MAGIC) || startsWith(head, n, EMPTY_ZIP_MAGIC)) {
            return Optional.of(SHAPEFILE_ZIP);
        }
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".geojson") || name.endsWith(".json")) {
            return Optional.of(GEOJSON);
        } else if (name.endsWith(".gpkg")) {
            return Optional.of(GEOPACKAGE);
        } else if (name.endsWith(".zip")) {
            return Optional.of(SHAPEFILE_ZIP);
        } else if (name.endsWith(".csv") || name.endsWith(".tsv") || name.endsWith(".txt")) {
            return Optional.of(CSV);
        }
        String text = new String(head, 0, n, StandardCharsets.UTF_8).replace("\uFEFF", "").stripLeading();
        return text.startsWith("{") ? Optional.of(GEOJSON) : Optional.empty();
    }

    private static boolean startsWith(byte[] head, int length, byte[] magic) {
        return length >= magic.length && Arrays.equals(head, 0, magic.length, magic, 0, magic.length);
    }
}
