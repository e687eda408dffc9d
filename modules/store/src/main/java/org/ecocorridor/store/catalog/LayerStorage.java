package org.ecocorridor.store.catalog;

import org.ecocorridor.core.catalog.LayerKind;
import org.ecocorridor.core.feature.GeometryKind;
import org.ecocorridor.store.sql.Identifiers;

/**
 * Where the data of a catalog layer lives: a table or view (vector) or a stored raster.
 * Columns left null are detected when the layer is registered ({@link LayerCatalog#upsert}): the
 * single-column primary key (or a column named {@code id} or {@code fid}) as id column, the first
 * geometry column, and its declared type and SRID.
 *
 * <p>Immutable.
 *
 * @param sourceTable    table or view of a vector layer, null for a raster layer
 * @param idColumn       column whose value (as a string) is the feature id
 * @param geometryColumn geometry column
 * @param geometryKind   declared geometry type
 * @param srid           EPSG code of the stored geometries (4326 in Ecocorridor tables), 0 = detect
 * @param timeColumn     DATE or TIMESTAMP column giving the layer's time dimension, or null
 * @param rasterName     name in the {@code rasters} table of a raster layer, null for a vector layer
 */
public record LayerStorage(String sourceTable, String idColumn, String geometryColumn,
        GeometryKind geometryKind, int srid, String timeColumn, String rasterName) {

    public LayerStorage {
        if ((sourceTable == null) == (rasterName == null)) {
            throw new IllegalArgumentException("Layer storage needs exactly one of sourceTable and rasterName, got "
                    + sourceTable + " and " + rasterName);
        }
        checkOptional(sourceTable, "source table");
        checkOptional(idColumn, "id column");
        checkOptional(geometryColumn, "geometry column");
        checkOptional(timeColumn, "time column");
        if (srid < 0) {
            throw new IllegalArgumentException("Invalid srid " + srid + ": expected an EPSG code, or 0 to detect");
        }
        if (rasterName != null && (idColumn != null || geometryColumn != null || timeColumn != null)) {
            throw new IllegalArgumentException("Raster layer \"" + rasterName + "\" cannot have columns");
        }
    }

    /** A vector layer over a table or view; id, geometry column and type are detected. */
    public static LayerStorage vector(String sourceTable) {
        return new LayerStorage(sourceTable, null, null, null, 0, null, null);
    }

    /** A vector layer over a table or view with a time dimension; other columns detected. */
    public static LayerStorage vector(String sourceTable, String timeColumn) {
        return new LayerStorage(sourceTable, null, null, null, 0, timeColumn, null);
    }

    /** A raster layer over a raster stored with {@link org.ecocorridor.store.raster.RasterStore}. */
    public static LayerStorage raster(String rasterName) {
        return new LayerStorage(null, null, null, null, 0, null, rasterName);
    }

    /** Vector when a source table is set, raster otherwise. */
    public LayerKind kind() {
        return sourceTable != null ? LayerKind.VECTOR : LayerKind.RASTER;
    }

    private static void checkOptional(String name, String what) {
        if (name != null) {
            Identifiers.require(name, what);
        }
    }
}
