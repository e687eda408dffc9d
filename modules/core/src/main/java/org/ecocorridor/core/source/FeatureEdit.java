package org.ecocorridor.core.source;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.ecocorridor.core.feature.Feature;
import org.ecocorridor.core.filter.Filter;

/**
 * One action of a feature transaction (WFS-T Insert, Update, Replace, Delete). Attribute values
 * may be text as the client sent it or typed values; editors convert them to the attribute types.
 * Geometries carry their EPSG code as SRID, in (east, north) order. Implementations are immutable
 * records.
 */
public sealed interface FeatureEdit permits FeatureEdit.Insert, FeatureEdit.Update, FeatureEdit.Replace,
        FeatureEdit.Delete {

    /** The feature type edited. */
    String typeName();

    /**
     * New features; their ids are assigned by the store.
     *
     * @param typeName feature type
     * @param features features (attributes by name; geometry may be null)
     */
    record Insert(String typeName, List<Feature> features) implements FeatureEdit {
        public Insert {
            Objects.requireNonNull(typeName, "typeName");
            features = List.copyOf(features);
        }
    }

    /**
     * Sets properties of the features matching a filter. The geometry is set with the key of the
     * type's geometry name and a JTS geometry value; a null value clears a property.
     *
     * @param typeName feature type
     * @param values   new values by property name, at least one
     * @param filter   features to change
     */
    record Update(String typeName, Map<String, Object> values, Filter filter) implements FeatureEdit {
        public Update {
            Objects.requireNonNull(typeName, "typeName");
            Objects.requireNonNull(filter, "filter");
            if (values.isEmpty()) {
                throw new IllegalArgumentException("Update of " + typeName + " sets no property");
            }
            values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
        }
    }

    /**
     * Replaces the features matching a filter by a new version: every attribute not given becomes
     * null (WFS 2.0 §15.2.6).
     *
     * @param typeName    feature type
     * @param replacement the new attribute values and geometry (its id is ignored)
     * @param filter      features to replace
     */
    record Replace(String typeName, Feature replacement, Filter filter) implements FeatureEdit {
        public Replace {
            Objects.requireNonNull(typeName, "typeName");
            Objects.requireNonNull(replacement, "replacement");
            Objects.requireNonNull(filter, "filter");
        }
    }

    /**
     * Removes the features matching a filter.
     *
     * @param typeName feature type
     * @param filter   features to delete
     */
    record Delete(String typeName, Filter filter) implements FeatureEdit {
        public Delete {
            Objects.requireNonNull(typeName, "typeName");
            Objects.requireNonNull(filter, "filter");
        }
    }
}
