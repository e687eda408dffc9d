package org.ecocorridor.core.feature;

import java.util.Iterator;

/**
 * A forward-only stream of features backed by an open resource (a database cursor or a file).
 * Close it when done, as with any {@link AutoCloseable}.
 *
 * <p>Not thread-safe; one per reader.
 */
public interface FeatureCursor extends Iterator<Feature>, AutoCloseable {
    /** The schema of the features this cursor yields. */
    FeatureSchema schema();

    /** Releases the underlying resource; unchecked so that try-with-resources stays simple. */
    @Override
    void close();
}
