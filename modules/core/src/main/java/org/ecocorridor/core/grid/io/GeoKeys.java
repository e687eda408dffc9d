package org.ecocorridor.core.grid.io;

import java.util.List;

/**
 * The GeoKey numbers and values Ecocorridor reads and writes (OGC GeoTIFF 1.1, OGC 19-008r4,
 * §7.1 and Annex: key 1024 GTModelTypeGeoKey, 1025 GTRasterTypeGeoKey, 2048 GeographicTypeGeoKey,
 * 3072 ProjectedCSTypeGeoKey; 32767 means "user-defined").
 *
 * <p>Immutable.
 */
final class GeoKeys {
    static final int MODEL_TYPE = 1024;
    static final int RASTER_TYPE = 1025;
    static final int GEOGRAPHIC_TYPE = 2048;
    static final int PROJECTED_TYPE = 3072;

    static final int MODEL_PROJECTED = 1;
    static final int MODEL_GEOGRAPHIC = 2;
    static final int RASTER_PIXEL_IS_AREA = 1;
    static final int RASTER_PIXEL_IS_POINT = 2;
    static final int USER_DEFINED = 32767;

    /** GDAL's NoData tag (ASCII), not part of GeoTIFF proper. */
    static final int GDAL_NODATA_TAG = 42113;

    private GeoKeys() {
    }

    /**
     * The value of a short-valued key stored in the directory itself (TIFFTagLocation 0), or −1.
     * Directory layout: header {version, revision, minor, count} then count × {key, location, count, value}.
     */
    static int shortValue(List<Integer> directory, int key) {
        if (directory == null || directory.size() < 4) {
            return -1;
        }
        int count = directory.get(3);
        for (int i = 0; i < count && 4 * (i + 2) <= directory.size(); i++) {
            int base = 4 * (i + 1);
            if (directory.get(base) == key && directory.get(base + 1) == 0) {
                return directory.get(base + 3);
            }
        }
        return -1;
    }

    /** EPSG code from a GeoKey directory: projected first, then geographic; 0 when absent or user-defined. */
    static int epsg(List<Integer> directory) {
        int projected = shortValue(directory, PROJECTED_TYPE);
        if (projected > 0 && projected != USER_DEFINED) {
            return projected;
        }
        int geographic = shortValue(directory, GEOGRAPHIC_TYPE);
        if (geographic > 0 && geographic != USER_DEFINED) {
            return geographic;
        }
        return 0;
    }

    /** A directory with model type, PixelIsArea and the CRS key (no CRS key when epsg is 0). */
    static List<Integer> directory(int epsg, boolean geographic) {
        int modelType = geographic ? MODEL_GEOGRAPHIC : MODEL_PROJECTED;
        if (epsg <= 0) {
            return List.of(1, 1, 0, 1, RASTER_TYPE, 0, 1, RASTER_PIXEL_IS_AREA);
        }
        return List.of(1, 1, 0, 3,
                MODEL_TYPE, 0, 1, modelType,
                RASTER_TYPE, 0, 1, RASTER_PIXEL_IS_AREA,
                geographic ? GEOGRAPHIC_TYPE : PROJECTED_TYPE, 0, 1, epsg);
    }
}
