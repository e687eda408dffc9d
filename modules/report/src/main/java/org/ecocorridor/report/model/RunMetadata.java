package org.ecocorridor.report.model;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What was asked, by whom, on which data, with which software, and what came out. Immutable.
 *
 * @param jobId           the job's id (as in {@code /ogcapi/jobs/{jobId}})
 * @param processId       e.g. {@code least-cost-corridors}
 * @param processTitle    human title of the process
 * @param submittedBy     user name, or null for a command-line run
 * @param created         submission time
 * @param started         start time, or null
 * @param finished        end time, or null
 * @param status          OGC status code: accepted, running, successful, failed, dismissed
 * @param message         last status message (the failure reason for a failed run), or null
 * @param parameters      the validated inputs, defaults filled in, in the process's order
 * @param inputs          data the run read, with content hashes
 * @param outputs         layers the run published
 * @param softwareVersion Ecocorridor's version, e.g. {@code 0.1.0-SNAPSHOT (git abc1234)}
 */
public record RunMetadata(String jobId, String processId, String processTitle, String submittedBy, Instant created,
        Instant started, Instant finished, String status, String message, Map<String, Object> parameters,
        List<InputRecord> inputs, List<OutputRecord> outputs, String softwareVersion) {

    /**
     * A data set the run read.
     *
     * @param name    role in the run, e.g. "land cover", "core areas"
     * @param source  stored layer or raster name, or "inline GeoJSON"
     * @param sha256  hex SHA-256 of the content as read (see the store's content hash for its definition)
     * @param size    features (vectors) or cells (rasters)
     */
    public record InputRecord(String name, String source, String sha256, long size) {
    }

    /**
     * A published output layer.
     *
     * @param layer name in the catalog (WMS/WFS/WMTS), e.g. {@code run_42_corridors}
     * @param title human title
     * @param kind  vector or raster
     */
    public record OutputRecord(String layer, String title, String kind) {
    }

    public RunMetadata {
        Objects.requireNonNull(jobId, "jobId");
        Objects.requireNonNull(processId, "processId");
        Objects.requireNonNull(status, "status");
        parameters = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
        inputs = List.copyOf(inputs);
        outputs = List.copyOf(outputs);
    }
}
