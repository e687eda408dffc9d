package org.ecocorridor.store.io;

import java.util.OptionalInt;
import org.ecocorridor.core.crs.CoordinateTransforms;
import org.ecocorridor.core.crs.GeometryTransform;

/**
 * Settles the CRS of a file's coordinates: the caller's override, else the file's declaration,
 * else EPSG:4326 with the warning {@value #ASSUMED_WARNING}. Thread-safe: stateless.
 */
final class SourceCrs {
    static final String ASSUMED_WARNING = "No CRS declared; assuming EPSG:4326 (longitude, latitude)";

    private SourceCrs() {
    }

    /**
     * Records the settled EPSG code (and any warning) in the report and returns it.
     *
     * @param declared what the file declares, empty when nothing
     * @param override {@link ReadOptions#sourceEpsg()}, or null
     */
    static int settle(OptionalInt declared, Integer override, ReportBuilder report) {
        if (override != null) {
            if (declared.isPresent() && declared.getAsInt() != override) {
                report.warn("The file declares EPSG:" + declared.getAsInt() + "; using EPSG:" + override
                        + " as requested");
            }
            report.crs(override, false);
            return override;
        }
        if (declared.isPresent()) {
            report.crs(declared.getAsInt(), false);
            return declared.getAsInt();
        }
        report.warn(ASSUMED_WARNING);
        report.crs(4326, true);
        return 4326;
    }

    /**
     * The transform from {@code epsg} to EPSG:4326 in (longitude, latitude) order, or null when
     * {@code epsg} is 4326 (no transform needed, and Apache SIS is not even loaded).
     *
     * @throws ImportException when the code is unknown to Apache SIS's EPSG database
     */
    static GeometryTransform toLonLat(int epsg, String file) throws ImportException {
        if (epsg == 4326) {
            return null;
        }
        try {
            return CoordinateTransforms.between(epsg, 4326);
        } catch (IllegalArgumentException e) {
            throw new ImportException(file, "unsupported CRS EPSG:" + epsg + " (" + e.getMessage() + ")", e);
        }
    }
}
