package org.ecocorridor.store.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;
import org.ecocorridor.core.feature.FeatureCursor;

/**
 * Exports a layer, read through a {@link FeatureCursor}, as GeoJSON, CSV or GeoPackage. Writers
 * stream: one feature in memory at a time. Geometries are written in EPSG:4326, x = longitude
 * (reprojected when the cursor's schema has another srid). The cursor is consumed, not closed.
 *
 * <ul>
 *   <li>{@link VectorFormat#GEOJSON}: RFC 7946 FeatureCollection, 7 decimals, {@code id} from the
 *       feature id ({@link GeoJsonFeatureWriter}).</li>
 *   <li>{@link VectorFormat#CSV}: attribute columns, then {@code wkt}, then {@code lon},
 *       {@code lat} for point layers ({@link CsvFeatureWriter}).</li>
 *   <li>{@link VectorFormat#GEOPACKAGE}: needs a file: one table named after the layer, written in
 *       one transaction ({@link GeoPackageFeatureWriter}).</li>
 * </ul>
 *
 * <p>Thread-safe: stateless.
 */
public final class VectorWriters {
    private static final Pattern TABLE_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,62}");

    private VectorWriters() {
    }

    /**
     * Writes GeoJSON or CSV to a stream, which is flushed but not closed.
     *
     * @return the number of features written
     * @throws IllegalArgumentException for GeoPackage (needs a file) and Shapefile (not writable)
     */
    public static long write(FeatureCursor cursor, VectorFormat format, OutputStream out) throws IOException {
        Objects.requireNonNull(cursor, "cursor");
        Objects.requireNonNull(out, "out");
        return switch (Objects.requireNonNull(format, "format")) {
            case GEOJSON -> GeoJsonFeatureWriter.write(cursor, out);
            case CSV -> CsvFeatureWriter.write(cursor, out);
            case GEOPACKAGE -> throw new IllegalArgumentException(
                    "format GEOPACKAGE needs a file: use write(cursor, format, path, layerName)");
            case SHAPEFILE_ZIP -> throw new IllegalArgumentException("format SHAPEFILE_ZIP is read-only");
        };
    }

    /**
     * Writes several layers into one GeoPackage (for example a corridor run's links, paths and
     * corridor polygons), replacing the file; written under a temporary name and moved into place.
     *
     * @param tables table name to features, in the order the tables are created
     * @return the number of features written in all
     */
    public static long writeGeoPackage(java.util.LinkedHashMap<String, FeatureCursor> tables, Path file)
            throws IOException {
        tables.keySet().forEach(name -> {
            if (name == null || !TABLE_NAME.matcher(name).matches()) {
                throw new IllegalArgumentException("table name must match [A-Za-z_][A-Za-z0-9_]{0,62}, got " + name);
            }
        });
        return GeoPackageFeatureWriter.writeAll(tables, Objects.requireNonNull(file, "file"));
    }

    /**
     * Writes any writable format to a file, replacing it if it exists. The file is written under a
     * temporary name in the same directory and moved into place when complete, so a failed export
     * leaves no partial file.
     *
     * @param layerName the GeoPackage table name, {@code [A-Za-z_][A-Za-z0-9_]*} up to 63 characters
     *                  (checked for every format, so that one name works for all)
     * @return the number of features written
     * @throws IllegalArgumentException for a bad layer name or a read-only format
     */
    public static long write(FeatureCursor cursor, VectorFormat format, Path file, String layerName)
            throws IOException {
        Objects.requireNonNull(file, "file");
        if (layerName == null || !TABLE_NAME.matcher(layerName).matches()) {
            throw new IllegalArgumentException("layerName must match [A-Za-z_][A-Za-z0-9_]{0,62}, got " + layerName);
        }
        if (format == VectorFormat.GEOPACKAGE) {
            return GeoPackageFeatureWriter.write(Objects.requireNonNull(cursor, "cursor"), file, layerName);
        }
        if (format != null && !format.isWritable()) {
            throw new IllegalArgumentException("format " + format + " is read-only");
        }
        Path target = file.toAbsolutePath();
        Path temporary = target.resolveSibling("." + target.getFileName() + "." + UUID.randomUUID() + ".part");
        try {
            long count;
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temporary), 1 << 16)) {
                count = write(cursor, format, out);
            }
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return count;
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
