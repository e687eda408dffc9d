package org.ecocorridor.core.source;

import java.util.List;
import java.util.Optional;
import org.ecocorridor.core.catalog.LayerInfo;
import org.ecocorridor.core.feature.FeatureCursor;
import org.ecocorridor.core.filter.Filter;

/**
 * Read access to published feature types, for feature services (WFS, OGC API Features). Filters
 * run where the data is: implementations translate {@link Filter}s to their query language and
 * stream results from a cursor. Layers added to the catalog (imports, analysis results) appear
 * without a restart: nothing is cached across calls.
 *
 * <p>Implementations are thread-safe; each cursor is used by one thread and must be closed.
 */
public interface FeatureSource {
    /** The vector layers of the catalog, by name. */
    List<LayerInfo> layers();

    /** A feature type with its schema; empty when no vector layer has that name. */
    Optional<FeatureType> featureType(String name);

    /**
     * Streams the features matching a query.
     *
     * @throws org.ecocorridor.core.filter.InvalidFilterException for an unknown property or bad operand
     * @throws IllegalArgumentException when the type does not exist
     */
    FeatureCursor open(SourceQuery query);

    /**
     * Number of features of a type matching a filter.
     *
     * @throws org.ecocorridor.core.filter.InvalidFilterException for an unknown property or bad operand
     */
    long count(String typeName, Filter filter);

    /**
     * A reader for the calls of one request ({@link FeatureReader}); this default shares nothing.
     * Database sources override it to resolve each type once and use one connection.
     */
    default FeatureReader reader() {
        return FeatureReader.unshared(this);
    }
}
