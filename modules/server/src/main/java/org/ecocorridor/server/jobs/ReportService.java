package org.ecocorridor.server.jobs;

import java.nio.file.Path;
import org.ecocorridor.report.model.RunReport;

/**
 * Renders a run's report and packages its outputs, for {@code /ogcapi/jobs/{id}/report.*},
 * {@code /tables/{tableId}.csv} and {@code /outputs.gpkg}.
 *
 * <p>Implementations are thread-safe.
 */
public interface ReportService {

    /** The report as one HTML page. */
    byte[] html(long runId, RunReport report);

    /** The report as PDF. */
    byte[] pdf(long runId, RunReport report);

    /**
     * One table of the report as CSV.
     *
     * @throws java.util.NoSuchElementException when the report has no such table
     */
    byte[] csv(long runId, RunReport report, String tableId);

    /** A GeoPackage of the run's output layers, in a temporary file the caller deletes. */
    Path geopackage(long runId);
}
