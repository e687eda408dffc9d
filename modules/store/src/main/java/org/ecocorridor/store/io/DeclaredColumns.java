package org.ecocorridor.store.io;

import java.util.LinkedHashMap;
import java.util.Map;
import org.ecocorridor.core.feature.FeatureSchema;

/**
 * Column binding for formats that declare their columns up front (GeoPackage, Shapefile): file
 * column → normalised name → attribute of the layer schema (the declared one, or the caller's
 * target schema, where unmatched columns are dropped). Thread-safe: stateless.
 */
final class DeclaredColumns {
    private DeclaredColumns() {
    }

    /**
     * Records the kept columns in the report and returns the binder.
     *
     * @param names file column name to normalised name, for every declared column
     */
    static FeatureNormalizer.ColumnBinder bind(Map<String, String> names, FeatureSchema schema, ReportBuilder report) {
        Map<String, String> kept = new LinkedHashMap<>();
        names.forEach((column, name) -> {
            if (schema.attribute(name).isPresent()) {
                kept.put(column, name);
            } else {
                report.warn("Column \"" + column + "\" is not an attribute of the target layer; ignored");
            }
        });
        for (var attribute : schema.attributes()) {
            if (!kept.containsValue(attribute.name())) {
                report.warn("Attribute \"" + attribute.name() + "\" has no column in the file; left null");
            }
        }
        report.attributeNames(kept);
        return column -> kept.containsKey(column) ? schema.attribute(kept.get(column)).orElse(null) : null;
    }
}
