package org.ecocorridor.ogc.wfs;

import java.util.List;

/**
 * Service limits and advertised choices. Immutable constants.
 */
final class WfsLimits {
    /**
     * Features returned when a GetFeature gives no COUNT (advertised as the CountDefault
     * constraint): large enough for QGIS layer loads, small enough that a bare request does not
     * stream a whole layer. Clients page with STARTINDEX and the {@code next} link.
     */
    static final long COUNT_DEFAULT = 100_000;

    /** CRSs advertised besides EPSG:4326: Web Mercator, UTM 52N and 46N (analysis grids), Korea 2000 / Unified CS. */
    static final List<Integer> OTHER_CRS = List.of(3857, 32652, 32646, 5179);

    private WfsLimits() {
    }
}
