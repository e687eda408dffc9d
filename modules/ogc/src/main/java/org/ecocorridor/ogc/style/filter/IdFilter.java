package org.ecocorridor.ogc.style.filter;

import java.util.Set;
import org.ecocorridor.core.feature.Feature;

/**
 * {@code ogc:FeatureId} / {@code ogc:GmlObjectId}: the feature's identifier is one of the given ids.
 *
 * <p>Immutable.
 *
 * @param ids accepted identifiers
 */
public record IdFilter(Set<String> ids) implements Filter {
    public IdFilter {
        ids = Set.copyOf(ids);
    }

    @Override
    public boolean test(Feature feature) {
        return feature.id() != null && ids.contains(feature.id());
    }
}
