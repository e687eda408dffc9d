package org.ecocorridor.server.jobs;

import java.nio.file.Path;
import org.ecocorridor.report.model.RunReport;

/**
 * The report service used until a renderer is wired in: every format is "not implemented" (HTTP 501);
 * {@code report.json} is served by the job endpoints themselves. Immutable.
 */
final class UnavailableReportService implements ReportService {
    @Override
    public byte[] html(long runId, RunReport report) {
        throw unavailable("HTML");
    }

    @Override
    public byte[] pdf(long runId, RunReport report) {
        throw unavailable("PDF");
    }

    @Override
    public byte[] csv(long runId, RunReport report, String tableId) {
        throw unavailable("CSV");
    }

    @Override
    public Path geopackage(long runId) {
        throw unavailable("GeoPackage");
    }

    private static UnsupportedOperationException unavailable(String format) {
        return new UnsupportedOperationException(format + " reports are not available on this server yet;"
                + " report.json holds the full report");
    }
}
