package org.ecocorridor.store.io;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.ecocorridor.core.crs.CoordinateTransforms;
import org.ecocorridor.core.crs.GeometryTransform;
import org.ecocorridor.core.feature.AttributeDescriptor;
import org.ecocorridor.core.feature.FeatureSchema;
import org.locationtech.jts.geom.Geometry;

/**
 * What the writers share: reprojection of a layer's geometries to EPSG:4326 (the exchange CRS of
 * GeoJSON, RFC 7946 §4, and of our CSV and GeoPackage exports), the text form of attribute values,
 * and output column names that cannot collide with the writer's own columns. Thread-safe: stateless.
 */
final class ExportSupport {
    private ExportSupport() {
    }

    /** The transform from the schema's srid to EPSG:4326, or null when none is needed (4326, or 0 = unknown). */
    static GeometryTransform toLonLat(FeatureSchema schema) {
        return schema.srid() == 4326 || schema.srid() <= 0 ? null : CoordinateTransforms.between(schema.srid(), 4326);
    }

    static Geometry lonLat(Geometry geometry, GeometryTransform transform) {
        return geometry == null || transform == null ? geometry : transform.apply(geometry);
    }

    /**
     * A value as text: numbers in plain decimal notation ({@code BigDecimal.toPlainString}, never
     * {@code 1.0E-7}), dates and instants in ISO 8601 ({@code 2024-05-01}, {@code 2024-05-01T09:30:00Z}),
     * null as null.
     */
    static String text(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            return Double.isFinite(d) ? BigDecimal.valueOf(d).toPlainString() : null;
        }
        return value.toString();
    }

    /** A number rounded to {@code decimals} places in plain notation without trailing zeros ({@code 131.5}). */
    static String decimal(double value, int decimals) {
        return BigDecimal.valueOf(value).setScale(decimals, java.math.RoundingMode.HALF_UP)
                .stripTrailingZeros().toPlainString();
    }

    /**
     * Output names for the schema's attributes that avoid {@code reserved} (the writer's own
     * columns): a clashing name gets {@code _1}, {@code _2}, ...
     */
    static List<String> columnNames(FeatureSchema schema, Set<String> reserved) {
        Set<String> taken = new HashSet<>(reserved);
        List<String> names = new ArrayList<>();
        for (AttributeDescriptor a : schema.attributes()) {
            String name = a.name();
            for (int k = 1; taken.contains(name); k++) {
                name = a.name() + "_" + k;
            }
            taken.add(name);
            names.add(name);
        }
        return names;
    }
}
