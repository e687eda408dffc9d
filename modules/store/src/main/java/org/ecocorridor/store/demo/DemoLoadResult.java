package org.ecocorridor.store.demo;

/**
 * What {@link DemoDataLoader#loadIfEmpty} did. Immutable.
 *
 * @param outcome loaded, or why not
 * @param dataset {@code name@version} of the manifest read, or of the dataset already loaded
 * @param rows    table rows inserted
 * @param rasters rasters stored
 * @param layers  catalog layers registered
 */
public record DemoLoadResult(Outcome outcome, String dataset, long rows, int rasters, int layers) {

    /** Why the loader did or did not load. */
    public enum Outcome {
        /** The dataset was loaded. */
        LOADED,
        /** A demo dataset was loaded before (recorded in {@code store_metadata}, or its layers exist). */
        ALREADY_LOADED,
        /** The store holds other data; the demo is not mixed into it. */
        STORE_NOT_EMPTY
    }

    static DemoLoadResult skipped(Outcome outcome, String dataset) {
        return new DemoLoadResult(outcome, dataset, 0, 0, 0);
    }
}
