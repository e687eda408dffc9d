package org.ecocorridor.ogc.render;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.ecocorridor.core.crs.CoordinateTransforms;
import org.ecocorridor.core.crs.GeometryTransform;

/**
 * Transforms and unit sizes by EPSG code, kept per renderer: a look-up of a CRS from the EPSG
 * database costs about 1.6 ms for codes such as EPSG:5179, too much to repeat for every tile.
 * Bounded: when more than {@value #MAX_ENTRIES} entries accumulate the cache is emptied (a
 * deployment uses a handful of CRSs, so this only guards against abuse).
 *
 * <p>Thread-safe.
 */
final class CrsCache {
    static final int MAX_ENTRIES = 256;

    private final Map<Long, GeometryTransform> transforms = new ConcurrentHashMap<>();
    private final Map<Integer, Double> metresPerUnit = new ConcurrentHashMap<>();

    /** The transform between two EPSG codes, (east, north) order on both sides. */
    GeometryTransform between(int sourceEpsg, int targetEpsg) {
        if (transforms.size() > MAX_ENTRIES) {
            transforms.clear();
        }
        long key = ((long) sourceEpsg << 32) | (targetEpsg & 0xFFFFFFFFL);
        return transforms.computeIfAbsent(key, k -> CoordinateTransforms.between(sourceEpsg, targetEpsg));
    }

    /** {@link ScaleDenominators#metresPerUnit(int)}, cached. */
    double metresPerUnit(int epsg) {
        if (metresPerUnit.size() > MAX_ENTRIES) {
            metresPerUnit.clear();
        }
        return metresPerUnit.computeIfAbsent(epsg, ScaleDenominators::metresPerUnit);
    }
}
