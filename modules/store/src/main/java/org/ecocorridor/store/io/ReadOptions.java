package org.ecocorridor.store.io;

import java.util.Objects;
import org.ecocorridor.core.feature.FeatureSchema;

/**
 * How {@link VectorReaders} reads a file. Start from {@link #defaults()} and use the
 * {@code with...} methods. Immutable.
 *
 * @param geometryPolicy what to do with invalid geometries (default {@link GeometryPolicy#REPAIR})
 * @param lonColumn      CSV column of longitudes (x), or null to detect {@code lon}, {@code lng},
 *                       {@code longitude}, {@code x} (case-insensitive); set together with
 *                       {@code latColumn}
 * @param latColumn      CSV column of latitudes (y), or null to detect {@code lat},
 *                       {@code latitude}, {@code y}
 * @param wktColumn      CSV column of WKT geometries, or null to detect {@code wkt} or
 *                       {@code geometry} when there are no longitude/latitude columns
 * @param layerName      the feature table of a GeoPackage, or the {@code .shp} base name in a zip
 *                       holding several; null for the first one
 * @param sourceEpsg     EPSG code of the file's coordinates, overriding what the file declares;
 *                       null to use the declaration (or EPSG:4326 with a warning when there is none)
 * @param targetSchema   the schema of an existing layer the file is imported into, or null to
 *                       infer one. When set, the reader yields exactly these attributes (file
 *                       columns matched by their normalised names), converts values to their types
 *                       and fails with the row and column of a value that does not convert; its
 *                       srid must be 4326
 */
public record ReadOptions(GeometryPolicy geometryPolicy, String lonColumn, String latColumn, String wktColumn,
                          String layerName, Integer sourceEpsg, FeatureSchema targetSchema) {
    public ReadOptions {
        Objects.requireNonNull(geometryPolicy, "geometryPolicy");
        if ((lonColumn == null) != (latColumn == null)) {
            throw new IllegalArgumentException("lonColumn and latColumn must be given together, got lonColumn="
                    + lonColumn + ", latColumn=" + latColumn);
        }
        if (wktColumn != null && lonColumn != null) {
            throw new IllegalArgumentException("Give either wktColumn or lonColumn/latColumn, got wktColumn="
                    + wktColumn + " and lonColumn=" + lonColumn);
        }
        if (sourceEpsg != null && sourceEpsg <= 0) {
            throw new IllegalArgumentException("sourceEpsg must be a positive EPSG code, got " + sourceEpsg);
        }
        if (targetSchema != null && targetSchema.srid() != 4326) {
            throw new IllegalArgumentException("targetSchema.srid must be 4326 (imports are stored in EPSG:4326), got "
                    + targetSchema.srid());
        }
    }

    /** Repair invalid geometries, detect columns, first layer, CRS from the file, inferred schema. */
    public static ReadOptions defaults() {
        return new ReadOptions(GeometryPolicy.REPAIR, null, null, null, null, null, null);
    }

    public ReadOptions withGeometryPolicy(GeometryPolicy policy) {
        return new ReadOptions(policy, lonColumn, latColumn, wktColumn, layerName, sourceEpsg, targetSchema);
    }

    public ReadOptions withCoordinateColumns(String lon, String lat) {
        return new ReadOptions(geometryPolicy, lon, lat, null, layerName, sourceEpsg, targetSchema);
    }

    public ReadOptions withWktColumn(String wkt) {
        return new ReadOptions(geometryPolicy, null, null, wkt, layerName, sourceEpsg, targetSchema);
    }

    public ReadOptions withLayerName(String layer) {
        return new ReadOptions(geometryPolicy, lonColumn, latColumn, wktColumn, layer, sourceEpsg, targetSchema);
    }

    public ReadOptions withSourceEpsg(Integer epsg) {
        return new ReadOptions(geometryPolicy, lonColumn, latColumn, wktColumn, layerName, epsg, targetSchema);
    }

    public ReadOptions withTargetSchema(FeatureSchema schema) {
        return new ReadOptions(geometryPolicy, lonColumn, latColumn, wktColumn, layerName, sourceEpsg, schema);
    }
}
