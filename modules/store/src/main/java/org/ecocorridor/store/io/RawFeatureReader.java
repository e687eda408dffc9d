package org.ecocorridor.store.io;

import java.io.Closeable;
import java.io.IOException;

/**
 * A forward-only pass over one file's features, implemented once per format. Not thread-safe.
 */
interface RawFeatureReader extends Closeable {
    /**
     * The next feature, or null at the end.
     *
     * @throws ImportException for content that cannot be read (naming row and column)
     * @throws IOException     for I/O failures
     */
    RawFeature next() throws IOException, ImportException;

    /** Opens a new pass over the same file. */
    @FunctionalInterface
    interface Opener {
        RawFeatureReader open() throws IOException, ImportException;
    }
}
