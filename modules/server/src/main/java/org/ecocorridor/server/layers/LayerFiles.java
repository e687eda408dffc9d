package org.ecocorridor.server.layers;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import org.ecocorridor.core.catalog.LayerInfo;
import org.ecocorridor.core.catalog.LayerKind;
import org.ecocorridor.core.feature.FeatureCursor;
import org.ecocorridor.core.grid.FloatGrid;
import org.ecocorridor.core.grid.io.GeoTiffReader;
import org.ecocorridor.store.SpatialStore;
import org.ecocorridor.store.catalog.CatalogEntry;
import org.ecocorridor.store.catalog.LayerStorage;
import org.ecocorridor.store.ingest.ImportResult;
import org.ecocorridor.store.ingest.LayerImport;
import org.ecocorridor.store.io.ImportException;
import org.ecocorridor.store.io.ReadOptions;
import org.ecocorridor.store.io.VectorFormat;
import org.ecocorridor.store.io.VectorReaders;
import org.ecocorridor.store.io.VectorSource;
import org.ecocorridor.store.io.VectorWriters;

/**
 * Imports files as layers and exports layers as files: the one implementation behind the
 * {@code import}/{@code export} commands and the {@code /api/layers} endpoints.
 *
 * <p>A vector file is read by {@link VectorReaders} (validated, reprojected to EPSG:4326) and
 * written by the store's importer inside one transaction: on any error nothing changes. A GeoTIFF
 * becomes a tiled raster and a raster layer, also in one transaction.
 *
 * <p>Thread-safe (stateless over a thread-safe store).
 */
public final class LayerFiles {
    private final SpatialStore store;

    public LayerFiles(SpatialStore store) {
        this.store = store;
    }

    /**
     * Imports a file as layer {@code request.name()}, replacing a layer of that name.
     *
     * @param fileName the original file name (format detection by extension), may differ from {@code file}
     * @throws ImportException when the file is malformed or a value or geometry is rejected (naming row and column)
     * @throws IOException     when the file cannot be read
     */
    public LayerImportOutcome importFile(Path file, String fileName, LayerImport request, ReadOptions options)
            throws IOException, ImportException {
        if (isGeoTiff(fileName)) {
            return importRaster(file, request);
        }
        VectorFormat format = VectorFormat.fromName(fileName).or(() -> detect(file)).orElseThrow(
                () -> new ImportException(fileName, "Unrecognised file type: expected GeoJSON (.geojson, .json),"
                        + " GeoPackage (.gpkg), zipped Shapefile (.zip), CSV (.csv) or GeoTIFF (.tif, .tiff)"));
        try (VectorSource source = VectorReaders.open(file, format, options);
                FeatureCursor cursor = source.cursor()) {
            ImportResult result = store.importer().importLayer(request, cursor);
            return new LayerImportOutcome(result.layer().info(), result.featuresWritten(), result.replaced(),
                    source.report().sourceEpsg(), source.report().warnings(), source.report().repairs().stream()
                            .map(r -> "Row " + r.row() + ": " + r.reason()).toList());
        } catch (ImportException.Unchecked e) {
            throw e.getCause();
        }
    }

    private static java.util.Optional<VectorFormat> detect(Path file) {
        try {
            return VectorFormat.detect(file);
        } catch (IOException e) {
            return java.util.Optional.empty();
        }
    }

    private LayerImportOutcome importRaster(Path file, LayerImport request) throws IOException {
        var existing = store.catalog().get(request.name());
        if (existing.isPresent() && !request.name().equals(existing.get().storage().rasterName())) {
            throw new IllegalArgumentException("Layer \"" + request.name() + "\" exists and is not an imported"
                    + " raster: choose another name, or delete that layer first");
        }
        FloatGrid grid = GeoTiffReader.read(file);
        boolean replaced = existing.isPresent();
        List<String> warnings = grid.geometry().epsg() == 0
                ? List.of("The GeoTIFF declares no EPSG code; the raster cannot be reprojected until one is set")
                : List.of();
        CatalogEntry entry = store.inTransaction("Importing raster " + request.name(), c -> {
            store.rasters().save(c, request.name(), request.title(), null, grid);
            LayerInfo info = new LayerInfo(request.name(), request.title(), request.abstractText(),
                    request.keywords(), LayerKind.RASTER, request.defaultStyle(), null, null, 0,
                    request.sensitive(), false, Instant.now());
            return store.catalog().upsert(c, new CatalogEntry(info, LayerStorage.raster(request.name()),
                    request.owner(), request.runId(), Instant.now()));
        });
        return new LayerImportOutcome(entry.info(), 0, replaced, grid.geometry().epsg(), warnings, List.of());
    }

    /**
     * Deletes an imported layer (vector table or raster) with its catalog entry.
     *
     * @return false when there is no such layer
     * @throws IllegalStateException when the layer is not an imported one (demo or analysis data)
     */
    public boolean delete(String layer) {
        var entry = store.catalog().get(layer);
        if (entry.isEmpty()) {
            return false;
        }
        if (entry.get().info().kind() == LayerKind.RASTER) {
            if (!layer.equals(entry.get().storage().rasterName()) || entry.get().runId() != null) {
                throw new IllegalStateException("Layer \"" + layer + "\" was not imported and cannot be deleted here");
            }
            return store.rasters().delete(layer);
        }
        return store.importer().deleteLayer(layer);
    }

    /**
     * Writes a vector layer in a format, streaming from the database.
     *
     * @throws NoSuchElementException when the layer does not exist or is a raster
     */
    public long export(String layer, VectorFormat format, OutputStream out) throws IOException {
        requireVector(layer);
        try (FeatureCursor cursor = store.features().open(layer)) {
            return VectorWriters.write(cursor, format, out);
        }
    }

    /** As {@link #export(String, VectorFormat, OutputStream)}, to a file (required for GeoPackage). */
    public long export(String layer, VectorFormat format, Path file) throws IOException {
        requireVector(layer);
        try (FeatureCursor cursor = store.features().open(layer)) {
            return VectorWriters.write(cursor, format, file, layer);
        }
    }

    private void requireVector(String layer) {
        CatalogEntry entry = store.catalog().get(layer)
                .orElseThrow(() -> new NoSuchElementException("No layer named \"" + layer + "\""));
        if (entry.info().kind() != LayerKind.VECTOR) {
            throw new IllegalArgumentException("Layer \"" + layer + "\" is a raster; only vector layers export"
                    + " as GeoJSON, GeoPackage or CSV");
        }
    }

    static boolean isGeoTiff(String fileName) {
        String n = fileName.toLowerCase(Locale.ROOT);
        return n.endsWith(".tif") || n.endsWith(".tiff");
    }
}
