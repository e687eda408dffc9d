package org.ecocorridor.store.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Opens vector files for import: GeoJSON, GeoPackage, zipped Shapefile and CSV.
 *
 * <h2>What every source delivers</h2>
 * <ul>
 *   <li>Geometries in EPSG:4326, x = longitude, y = latitude, reprojected with Apache SIS from the
 *       declared CRS (GeoJSON legacy {@code crs} member, Shapefile {@code .prj}, GeoPackage
 *       {@code gpkg_spatial_ref_sys}), from {@link ReadOptions#sourceEpsg()}, or assumed to be
 *       EPSG:4326 with the warning {@value SourceCrs#ASSUMED_WARNING}.</li>
 *   <li>Valid geometries: repaired (and reported) or rejected, per {@link GeometryPolicy}.</li>
 *   <li>Attribute names normalised to {@code [a-z_][a-z0-9_]*}, unique, at most 63 characters,
 *       reserved names suffixed; the renaming is in {@link ImportReport#attributeNames()}.</li>
 *   <li>Streaming: GeoJSON and CSV are read twice (schema inference, then the cursor); GeoPackage
 *       and Shapefile once. Only one feature is held at a time, so a 1,000,000-feature file needs
 *       no more heap than a small one.</li>
 * </ul>
 * Errors: {@link ImportException} (checked) from {@code open}, {@link ImportException.Unchecked}
 * from cursors; see {@link ImportException}.
 *
 * <p>Thread-safe: stateless. The sources it returns are not.
 */
public final class VectorReaders {
    private VectorReaders() {
    }

    /**
     * Opens a file whose format is detected by {@link VectorFormat#detect(Path)}.
     *
     * @throws ImportException when the format cannot be told or the content cannot be imported
     * @throws IOException     when the file cannot be read
     */
    public static VectorSource open(Path file, ReadOptions options) throws IOException, ImportException {
        VectorFormat format = VectorFormat.detect(file).orElseThrow(() -> new ImportException(label(file),
                "cannot tell the format; use a .geojson, .gpkg, .zip (Shapefile) or .csv file"));
        return open(file, format, options);
    }

    /**
     * Opens a file in a given format (e.g. an upload saved under a temporary name).
     *
     * @throws ImportException when the content cannot be imported
     * @throws IOException     when the file cannot be read
     */
    public static VectorSource open(Path file, VectorFormat format, ReadOptions options)
            throws IOException, ImportException {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(options, "options");
        if (!Files.isRegularFile(file)) {
            throw new java.nio.file.NoSuchFileException(file.toString());
        }
        String label = label(file);
        return switch (format) {
            case GEOJSON -> TextSources.geoJson(file, label, options);
            case CSV -> TextSources.csv(file, label, options);
            case SHAPEFILE_ZIP -> ShapefileZipSource.open(file, label, options);
            case GEOPACKAGE -> GeoPackageSource.open(file, label, options);
        };
    }

    private static String label(Path file) {
        Path name = file.getFileName();
        return name == null ? file.toString() : name.toString();
    }
}
