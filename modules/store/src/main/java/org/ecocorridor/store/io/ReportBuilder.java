package org.ecocorridor.store.io;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects what a read finds, with the bounds of {@link ImportReport}. Not thread-safe; one per
 * source.
 */
final class ReportBuilder {
    private final String file;
    private final VectorFormat format;
    private final List<String> warnings = new ArrayList<>();
    private final List<ImportReport.GeometryRepair> repairs = new ArrayList<>();
    private Map<String, String> attributeNames = Map.of();
    private int sourceEpsg = 4326;
    private boolean crsAssumed;
    private long repairedCount;
    private long featuresRead;
    private long droppedWarnings;

    ReportBuilder(String file, VectorFormat format) {
        this.file = file;
        this.format = format;
    }

    String file() {
        return file;
    }

    void warn(String warning) {
        if (warnings.size() < ImportReport.MAX_LISTED_WARNINGS) {
            warnings.add(warning);
        } else {
            droppedWarnings++;
        }
    }

    void crs(int epsg, boolean assumed) {
        this.sourceEpsg = epsg;
        this.crsAssumed = assumed;
    }

    void repaired(long row, String reason) {
        repairedCount++;
        if (repairs.size() < ImportReport.MAX_LISTED_REPAIRS) {
            repairs.add(new ImportReport.GeometryRepair(row, reason));
        }
    }

    void featureRead() {
        featuresRead++;
    }

    void attributeNames(Map<String, String> names) {
        this.attributeNames = new LinkedHashMap<>(names);
    }

    ImportReport build() {
        List<String> all = new ArrayList<>(warnings);
        if (droppedWarnings > 0) {
            all.add(droppedWarnings + " more warnings not listed");
        }
        return new ImportReport(file, format, sourceEpsg, crsAssumed, all, repairs, repairedCount, featuresRead,
                attributeNames);
    }
}
