package org.ecocorridor.store.io;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a {@link VectorSource} found and did while reading: the source CRS, warnings, repaired
 * geometries and the attribute renaming. A snapshot: call {@link VectorSource#report()} again after
 * the cursor is exhausted for the final counts.
 *
 * <p>The lists are bounded so that a million-row file cannot fill memory: at most
 * {@link #MAX_LISTED_REPAIRS} repairs and {@link #MAX_LISTED_WARNINGS} warnings are kept;
 * {@code repairedCount} counts them all.
 *
 * <p>Immutable.
 *
 * @param file           the file name
 * @param format         the format read
 * @param sourceEpsg     EPSG code of the file's coordinates (declared, overridden or assumed)
 * @param crsAssumed     true when the file declared no CRS and EPSG:4326 was assumed
 * @param warnings       warnings in the order they arose, e.g. {@code No CRS declared; assuming
 *                       EPSG:4326 (longitude, latitude)}
 * @param repairs        repaired geometries with their rows and validation errors, in file order
 * @param repairedCount  number of repaired geometries (may exceed {@code repairs.size()})
 * @param featuresRead   features delivered by the cursor so far
 * @param attributeNames file column name to attribute name, for every attribute kept, in column
 *                       order (e.g. {@code "Pop Est" -> "pop_est"}, {@code "id" -> "id_1"})
 */
public record ImportReport(String file, VectorFormat format, int sourceEpsg, boolean crsAssumed,
                           List<String> warnings, List<GeometryRepair> repairs, long repairedCount,
                           long featuresRead, Map<String, String> attributeNames) {
    public static final int MAX_LISTED_REPAIRS = 1000;
    public static final int MAX_LISTED_WARNINGS = 100;

    public ImportReport {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(format, "format");
        warnings = List.copyOf(warnings);
        repairs = List.copyOf(repairs);
        attributeNames = Collections.unmodifiableMap(new LinkedHashMap<>(attributeNames));
    }

    /**
     * One repaired geometry. Immutable.
     *
     * @param row    1-based feature number (CSV: line number)
     * @param reason the validation error before repair, e.g. {@code Self-intersection at 1.0 1.0}
     */
    public record GeometryRepair(long row, String reason) {
        public GeometryRepair {
            Objects.requireNonNull(reason, "reason");
        }
    }
}
