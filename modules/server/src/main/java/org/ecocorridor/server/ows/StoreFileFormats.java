package org.ecocorridor.server.ows;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.ecocorridor.core.feature.FeatureCursor;
import org.ecocorridor.ogc.wfs.FeatureFileFormat;
import org.ecocorridor.store.io.VectorFormat;
import org.ecocorridor.store.io.VectorWriters;

/**
 * The store's file writers as WFS GetFeature output formats: GeoPackage
 * ({@code application/geopackage+sqlite3}, alias {@code geopackage}, {@code gpkg}) and zipped
 * Shapefile ({@code SHAPE-ZIP}, GeoServer's name that QGIS and GDAL users know, and
 * {@code application/zip}). Both keep the CRS the client asked for (SRSNAME): the GeoPackage's
 * {@code gpkg_spatial_ref_sys} row and the Shapefile's {@code .prj} describe it. Immutable.
 *
 * @param names         accepted OUTPUTFORMAT names, canonical first
 * @param advertised    names listed in the capabilities
 * @param format        the store format
 */
record StoreFileFormats(List<String> names, List<String> advertised, VectorFormat format) implements FeatureFileFormat {
    static final StoreFileFormats GEOPACKAGE = new StoreFileFormats(
            List.of("application/geopackage+sqlite3", "geopackage", "gpkg"), List.of("application/geopackage+sqlite3"),
            VectorFormat.GEOPACKAGE);
    static final StoreFileFormats SHAPE_ZIP = new StoreFileFormats(List.of("SHAPE-ZIP", "application/zip", "shapezip",
            "shapefile", "shp"), List.of("SHAPE-ZIP", "application/zip"), VectorFormat.SHAPEFILE_ZIP);

    StoreFileFormats {
        names = List.copyOf(names);
        advertised = List.copyOf(advertised);
    }

    @Override
    public List<String> advertisedNames() {
        return advertised;
    }

    @Override
    public String contentType() {
        return format.mediaType();
    }

    @Override
    public String fileExtension() {
        return format.fileExtension();
    }

    @Override
    public long write(Map<String, FeatureCursor> layers, Path file) throws IOException {
        return VectorWriters.writeLayers(layers, format, file, true);
    }
}
