package org.ecocorridor.server.processes;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import org.ecocorridor.core.catalog.LayerKind;
import org.ecocorridor.core.feature.FeatureCursor;
import org.ecocorridor.core.grid.io.GeoTiffWriter;
import org.ecocorridor.store.SpatialStore;
import org.ecocorridor.store.io.VectorWriters;

/**
 * A run's published layers as files: every vector layer as a table of one GeoPackage, every raster as a
 * GeoTIFF beside it (GeoPackage's gridded-coverage extension is not read by QGIS's raster provider for
 * float data, so GeoTIFF is the interchange format for rasters).
 */
public final class RunOutputs {
    private RunOutputs() {
    }

    /** Writes the vector layers of {@code layers} into {@code gpkg}; returns the number of features. */
    public static long writeGeoPackage(SpatialStore store, List<String> layers, Path gpkg) throws IOException {
        LinkedHashMap<String, FeatureCursor> tables = new LinkedHashMap<>();
        try {
            for (String layer : layers) {
                var entry = store.catalog().get(layer).orElseThrow(() -> new IllegalArgumentException("No layer " + layer));
                if (entry.info().kind() == LayerKind.VECTOR) {
                    tables.put(layer, store.features().open(layer));
                }
            }
            return VectorWriters.writeGeoPackage(tables, gpkg);
        } finally {
            for (FeatureCursor c : tables.values()) {
                c.close();
            }
        }
    }

    /** Writes each raster layer of {@code layers} as {@code <dir>/<layer>.tif}; returns the files' count. */
    public static int writeRasters(SpatialStore store, List<String> layers, Path dir) throws IOException {
        int n = 0;
        for (String layer : layers) {
            if (store.rasters().info(layer).isPresent()) {
                GeoTiffWriter.write(store.rasters().load(layer), dir.resolve(layer + ".tif"));
                n++;
            }
        }
        return n;
    }
}
