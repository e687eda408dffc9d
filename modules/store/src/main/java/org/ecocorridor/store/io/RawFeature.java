package org.ecocorridor.store.io;

import java.util.Map;
import org.locationtech.jts.geom.Geometry;

/**
 * One feature as a format reader finds it, before normalisation: geometry in the source CRS,
 * values keyed by the column names of the file, as read (String, Long, Double, Boolean, or text to
 * be converted). Immutable apart from the geometry, which the pipeline owns.
 *
 * @param row      1-based feature number (CSV: line number)
 * @param id       the identifier the file gives the feature, or null
 * @param geometry geometry in the source CRS, or null
 * @param values   values by file column name; absent and null both mean null
 */
record RawFeature(long row, String id, Geometry geometry, Map<String, Object> values) {
}
