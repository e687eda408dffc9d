package org.ecocorridor.core.source;

import java.util.Optional;
import org.ecocorridor.core.feature.FeatureCursor;
import org.ecocorridor.core.filter.Filter;

/**
 * The reads of one request (a WFS GetFeature: resolve the types, count, then stream), sharing what
 * a request may share: each type is resolved from the catalog at most once, and a database source
 * runs every statement on one pooled connection. Nothing outlives the reader, so a change of the
 * catalog (a layer made private or sensitive) shows in the next request; this is why types are not
 * cached across requests.
 *
 * <p>Not thread-safe; one per request. Close it once its cursors are consumed: closing ends any
 * transaction it opened and returns its connection. Closing twice is harmless.
 */
public interface FeatureReader extends AutoCloseable {
    /** A feature type with its schema, resolved once per reader; empty when no vector layer has that name. */
    Optional<FeatureType> featureType(String name);

    /**
     * Number of features of a type matching a filter.
     *
     * @throws org.ecocorridor.core.filter.InvalidFilterException for an unknown property or bad operand
     * @throws IllegalArgumentException when the type does not exist
     */
    long count(String typeName, Filter filter);

    /**
     * Streams the features matching a query. The cursor must be closed (or consumed) before the reader.
     *
     * @throws org.ecocorridor.core.filter.InvalidFilterException for an unknown property or bad operand
     * @throws IllegalArgumentException when the type does not exist
     */
    FeatureCursor open(SourceQuery query);

    @Override
    void close();

    /** A reader that forwards every call to {@code source}: no sharing, nothing to close. */
    static FeatureReader unshared(FeatureSource source) {
        return new FeatureReader() {
            @Override
            public Optional<FeatureType> featureType(String name) {
                return source.featureType(name);
            }

            @Override
            public long count(String typeName, Filter filter) {
                return source.count(typeName, filter);
            }

            @Override
            public FeatureCursor open(SourceQuery query) {
                return source.open(query);
            }

            @Override
            public void close() {
                // nothing held
            }
        };
    }
}
