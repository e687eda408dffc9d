package org.ecocorridor.store.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.NoSuchElementException;
import org.ecocorridor.core.feature.Feature;
import org.ecocorridor.core.feature.FeatureCursor;
import org.ecocorridor.core.feature.FeatureSchema;

/**
 * The cursor of a {@link VectorSource}: reads raw features one at a time and normalises them
 * ({@link FeatureNormalizer}). Holds one feature at a time.
 *
 * <p>Errors: {@link ImportException.Unchecked} for content (under REJECT, the first invalid
 * geometry makes the cursor scan on to list up to 100 invalid rows); {@link UncheckedIOException}
 * for I/O.
 *
 * <p>Not thread-safe; one per import.
 */
final class NormalizingCursor implements FeatureCursor {
    private final RawFeatureReader reader;
    private final FeatureNormalizer normalizer;
    private final ReportBuilder report;
    private Feature next;
    private boolean exhausted;

    NormalizingCursor(RawFeatureReader reader, FeatureNormalizer normalizer, ReportBuilder report) {
        this.reader = reader;
        this.normalizer = normalizer;
        this.report = report;
    }

    @Override
    public FeatureSchema schema() {
        return normalizer.schema();
    }

    @Override
    public boolean hasNext() {
        if (next == null && !exhausted) {
            next = fetch();
            exhausted = next == null;
        }
        return next != null;
    }

    @Override
    public Feature next() {
        if (!hasNext()) {
            throw new NoSuchElementException("No more features in " + report.file());
        }
        Feature f = next;
        next = null;
        report.featureRead();
        return f;
    }

    /** Reads and normalises the next feature; after any failure the cursor is exhausted. */
    private Feature fetch() {
        try {
            RawFeature raw = reader.next();
            return raw == null ? null : normalizer.normalize(raw);
        } catch (GeometryGate.Rejected rejected) {
            exhausted = true;
            InvalidRows rows = new InvalidRows();
            rows.add(rejected);
            rows.scanRest(reader);
            throw new ImportException.Unchecked(rows.toException(report.file()));
        } catch (ImportException e) {
            exhausted = true;
            throw new ImportException.Unchecked(e);
        } catch (IOException e) {
            exhausted = true;
            throw new UncheckedIOException("Reading " + report.file() + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            reader.close();
        } catch (IOException e) {
            throw new UncheckedIOException("Closing " + report.file() + ": " + e.getMessage(), e);
        }
    }
}
