package org.ecocorridor.store.io;

import org.ecocorridor.core.feature.FeatureCursor;
import org.ecocorridor.core.feature.FeatureSchema;

/**
 * An opened vector file: its schema, a cursor over its features and a report of what reading
 * found. Features come out in EPSG:4326 with x = longitude, y = latitude, valid (repaired) or
 * rejected according to {@link ReadOptions#geometryPolicy()}, single geometries promoted to multi
 * when the layer kind is multi, attributes named and typed as in {@link #schema()}.
 *
 * <p>Typical use inside an importer's transaction:
 * <pre>{@code
 * try (VectorSource source = VectorReaders.open(path, ReadOptions.defaults());
 *      FeatureCursor cursor = source.cursor()) {
 *     createTable(source.schema());
 *     while (cursor.hasNext()) insert(cursor.next());
 *     ImportReport report = source.report();
 * } catch (ImportException.Unchecked e) { rollback(); throw e.getCause(); }
 * }</pre>
 *
 * <p>Not thread-safe; one per import. Closing the source closes its cursor's file handles.
 */
public interface VectorSource extends AutoCloseable {
    /** The format being read. */
    VectorFormat format();

    /** The layer schema: geometry kind, srid 4326 and attributes with normalised names. */
    FeatureSchema schema();

    /**
     * The features, streamed from the file. Can be called once per source.
     *
     * @throws IllegalStateException on a second call
     */
    FeatureCursor cursor();

    /** A snapshot of what reading found so far (final once the cursor is exhausted). */
    ImportReport report();

    /** Releases the file; I/O errors on closing are thrown as {@link java.io.UncheckedIOException}. */
    @Override
    void close();
}
