package org.ecocorridor.core.source;

import java.util.List;
import java.util.Objects;
import org.ecocorridor.core.filter.Filter;

/**
 * What to read from one feature type: a filter, a sort order, the attributes wanted and a page.
 * Results always end with the ascending feature id as last sort key, so pages are stable.
 * Geometries come back in the storage CRS (EPSG:4326, x = longitude); protocols reproject.
 * Immutable.
 *
 * @param typeName      feature type (layer) name
 * @param filter        selection, {@link Filter#INCLUDE} for all
 * @param sortBy        sort keys before the id, possibly empty
 * @param propertyNames attributes to read, or null for all (the geometry is always read)
 * @param startIndex    features to skip, &ge; 0
 * @param maxFeatures   most features to return, &ge; 0; {@link Long#MAX_VALUE} for no limit
 */
public record SourceQuery(String typeName, Filter filter, List<SortKey> sortBy, List<String> propertyNames,
        long startIndex, long maxFeatures) {
    public SourceQuery {
        Objects.requireNonNull(typeName, "typeName");
        Objects.requireNonNull(filter, "filter");
        sortBy = List.copyOf(sortBy);
        propertyNames = propertyNames == null ? null : List.copyOf(propertyNames);
        if (startIndex < 0) {
            throw new IllegalArgumentException("Invalid startIndex " + startIndex + ": must be >= 0");
        }
        if (maxFeatures < 0) {
            throw new IllegalArgumentException("Invalid maxFeatures " + maxFeatures + ": must be >= 0");
        }
    }

    /** Every feature of a type, all attributes, in id order. */
    public static SourceQuery all(String typeName) {
        return new SourceQuery(typeName, Filter.INCLUDE, List.of(), null, 0, Long.MAX_VALUE);
    }

    /** This query with another filter. */
    public SourceQuery withFilter(Filter f) {
        return new SourceQuery(typeName, f, sortBy, propertyNames, startIndex, maxFeatures);
    }

    /** This query restricted to one page. */
    public SourceQuery page(long start, long max) {
        return new SourceQuery(typeName, filter, sortBy, propertyNames, start, max);
    }

    /** This query sorted by the given keys (then by id). */
    public SourceQuery sorted(List<SortKey> keys) {
        return new SourceQuery(typeName, filter, keys, propertyNames, startIndex, maxFeatures);
    }

    /** This query reading only the given attributes (null = all). */
    public SourceQuery selecting(List<String> names) {
        return new SourceQuery(typeName, filter, sortBy, names, startIndex, maxFeatures);
    }

    public boolean isLimited() {
        return maxFeatures != Long.MAX_VALUE;
    }
}
