package org.ecocorridor.ogc.wfs;

import java.util.List;
import java.util.Objects;
import org.ecocorridor.core.filter.Filter;
import org.ecocorridor.core.source.FeatureType;
import org.ecocorridor.core.source.SortKey;
import org.ecocorridor.ogc.ows.CrsName;

/**
 * One query of a GetFeature or GetPropertyValue request, resolved against the catalog. Immutable.
 *
 * @param type          feature type
 * @param filter        filter with ids already scoped to this type
 * @param sortBy        sort keys
 * @param propertyNames attributes wanted, or null for all
 * @param srs           output CRS and axis order
 * @param srsName       srsName to write (as the client spelled it, or the default URN)
 */
record QuerySpec(FeatureType type, Filter filter, List<SortKey> sortBy, List<String> propertyNames, CrsName srs,
        String srsName) {
    QuerySpec {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(filter, "filter");
        sortBy = List.copyOf(sortBy);
        propertyNames = propertyNames == null ? null : List.copyOf(propertyNames);
    }
}
