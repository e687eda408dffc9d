package org.ecocorridor.core.feature;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * Cursors over features already in memory: analysis results (links, paths, sites) are small
 * enough to be built as lists, and the store writes them through the same cursor contract as files.
 *
 * <p>Thread-safe (stateless factory); each cursor is not thread-safe.
 */
public final class FeatureCursors {
    private FeatureCursors() {
    }

    /** A cursor over {@code features}, which must match {@code schema}. */
    public static FeatureCursor of(FeatureSchema schema, List<Feature> features) {
        Iterator<Feature> it = List.copyOf(features).iterator();
        return new FeatureCursor() {
            @Override
            public FeatureSchema schema() {
                return schema;
            }

            @Override
            public boolean hasNext() {
                return it.hasNext();
            }

            @Override
            public Feature next() {
                if (!it.hasNext()) {
                    throw new NoSuchElementException();
                }
                return it.next();
            }

            @Override
            public void close() {
                // nothing to release
            }
        };
    }
}
