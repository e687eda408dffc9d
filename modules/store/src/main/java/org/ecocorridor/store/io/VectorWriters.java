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
 *   <li>{@link VectorFormat#SHAPEFILE_ZIP}: needs a file: a zip of {@code <layer>.shp/.shx/.dbf/.cpg/.prj}
 *       ({@link ShapefileZipFeatureWriter}).</li>
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
     * @throws IllegalArgumentException for GeoPackage and Shapefile (they need a file)
     */
    public static long write(FeatureCursor cursor, VectorFormat format, OutputStream out) throws IOException {
        Objects.requireNonNull(cursor, "cursor");
        Objects.requireNonNull(out, "out");
        return switch (Objects.requireNonNull(format, "format")) {
            case GEOJSON -> GeoJsonFeatureWriter.write(cursor, out);
            case CSV -> CsvFeatureWriter.write(cursor, out);
            case GEOPACKAGE -> throw new IllegalArgumentException(
                    "format GEOPACKAGE needs a file: use write(cursor, format, path, layerName)");
            case SHAPEFILE_ZIP -> throw new IllegalArgumentException(
                    "format SHAPEFILE_ZIP needs a file: use write(cursor, format, path, layerName)");
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
     * Writes one or more layers into one GeoPackage (a table each) or one zip (a Shapefile each),
     * replacing the file. Used by the WFS, whose cursors already hold the requested CRS.
     *
     * @param layers  layer name to features, in order; names as for {@link #write(FeatureCursor, VectorFormat, Path, String)}
     * @param keepCrs write geometries in each cursor's schema srid, with that CRS in the file,
     *                instead of reprojecting them to EPSG:4326
     * @return the number of features written in all
     * @throws IllegalArgumentException for a bad name, another format, or a mixed-geometry layer as Shapefile
     */
    public static long writeLayers(java.util.Map<String, FeatureCursor> layers, VectorFormat format, Path file,
            boolean keepCrs) throws IOException {
        Objects.requireNonNull(file, "file");
        layers.keySet().forEach(name -> {
            if (name == null || !TABLE_NAME.matcher(name).matches()) {
                throw new IllegalArgumentException("layer name must match [A-Za-z_][A-Za-z0-9_]{0,62}, got " + name);
            }
        });
        return switch (Objects.requireNonNull(format, "format")) {
            case GEOPACKAGE -> GeoPackageFeatureWriter.writeAll(layers, file, keepCrs);
            case SHAPEFILE_ZIP -> ShapefileZipFeatureWriter.writeAll(layers, file, keepCrs);
            default -> throw new IllegalArgumentException("format " + format + " is written to a stream, not as layers");
        };
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
        if (format == VectorFormat.GEOPACKAGE || format == VectorFormat.SHAPEFILE_ZIP) {
            return writeLayers(java.util.Map.of(layerName, Objects.requireNonNull(cursor, "cursor")), format, file, false);
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
