package org.ecocorridor.store.io;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.ecocorridor.core.feature.FeatureCursor;
import org.ecocorridor.core.feature.FeatureSchema;

/**
 * The {@link VectorSource} of every format: a settled schema and normaliser, and an opener for
 * the pass that feeds the cursor. Not thread-safe; one per import.
 */
final class FileVectorSource implements VectorSource {
    private final VectorFormat format;
    private final ReportBuilder report;
    private final RawFeatureReader.Opener opener;
    private final FeatureNormalizer normalizer;
    private final Closeable resource;
    private NormalizingCursor cursor;

    /**
     * @param resource held open for the source's lifetime (a GeoPackage, a zip file), or null
     */
    FileVectorSource(VectorFormat format, ReportBuilder report, RawFeatureReader.Opener opener,
                     FeatureNormalizer normalizer, Closeable resource) {
        this.format = format;
        this.report = report;
        this.opener = opener;
        this.normalizer = normalizer;
        this.resource = resource;
    }

    @Override
    public VectorFormat format() {
        return format;
    }

    @Override
    public FeatureSchema schema() {
        return normalizer.schema();
    }

    @Override
    public FeatureCursor cursor() {
        if (cursor != null) {
            throw new IllegalStateException("cursor() was already called on the source of " + report.file());
        }
        try {
            cursor = new NormalizingCursor(opener.open(), normalizer, report);
            return cursor;
        } catch (ImportException e) {
            throw new ImportException.Unchecked(e);
        } catch (IOException e) {
            throw new UncheckedIOException("Reading " + report.file() + ": " + e.getMessage(), e);
        }
    }

    @Override
    public ImportReport report() {
        return report.build();
    }

    @Override
    public void close() {
        try {
            if (cursor != null) {
                cursor.close();
            }
        } finally {
            closeResource();
        }
    }

    private void closeResource() {
        if (resource == null) {
            return;
        }
        try {
            resource.close();
        } catch (IOException e) {
            throw new UncheckedIOException("Closing " + report.file() + ": " + e.getMessage(), e);
        }
    }
}
