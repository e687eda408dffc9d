package org.ecocorridor.ogc.wms;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * Service-wide WMS settings. Immutable.
 *
 * @param title           service title
 * @param abstractText    service description
 * @param keywords        service keywords
 * @param maxWidthPx      largest GetMap width (default 4096), also advertised as MaxWidth
 * @param maxHeightPx     largest GetMap height (default 4096)
 * @param crsNames        CRS identifiers advertised for every layer, e.g. {@code EPSG:4326}, {@code CRS:84}
 * @param maxFeatureCount largest FEATURE_COUNT honoured by GetFeatureInfo
 * @param renderTimeout   longest a render may take before the request fails with 503
 */
public record WmsSettings(String title, String abstractText, List<String> keywords, int maxWidthPx,
        int maxHeightPx, List<String> crsNames, int maxFeatureCount, Duration renderTimeout) {

    /** EPSG:4326, CRS:84, Web Mercator (and its alias 900913), the region's equal-area CRS and UTM 43N–56N. */
    public static final List<String> DEFAULT_CRS = defaultCrs();

    public WmsSettings {
        Objects.requireNonNull(title, "title");
        keywords = List.copyOf(keywords);
        crsNames = List.copyOf(crsNames);
        if (maxWidthPx < 1 || maxWidthPx > 16384 || maxHeightPx < 1 || maxHeightPx > 16384) {
            throw new IllegalArgumentException("maxWidthPx and maxHeightPx must be in [1, 16384], got "
                    + maxWidthPx + " x " + maxHeightPx);
        }
        if (maxFeatureCount < 1) {
            throw new IllegalArgumentException("maxFeatureCount must be ≥ 1, got " + maxFeatureCount);
        }
        if (renderTimeout == null || renderTimeout.isNegative() || renderTimeout.isZero()) {
            throw new IllegalArgumentException("renderTimeout must be positive, got " + renderTimeout);
        }
    }

    /** Defaults: 4096 px, the default CRS list, 50 features, 60 s. */
    public static WmsSettings defaults() {
        return new WmsSettings("Ecocorridor WMS", "Connectivity analysis layers for North-East Asia: base data,"
                + " habitat, flyway sites and analysis results.", List.of("connectivity", "corridors", "NEASPEC"),
                4096, 4096, DEFAULT_CRS, 50, Duration.ofSeconds(60));
    }

    public WmsSettings withLimits(int widthPx, int heightPx, Duration timeout) {
        return new WmsSettings(title, abstractText, keywords, widthPx, heightPx, crsNames, maxFeatureCount, timeout);
    }

    private static List<String> defaultCrs() {
        List<String> names = new java.util.ArrayList<>(List.of("EPSG:4326", "CRS:84", "EPSG:3857", "EPSG:900913",
                "EPSG:990001"));
        // UTM zones of 70°E–150°E: zone = floor((lon + 180) / 6) + 1, i.e. 43 … 56 (EPSG:326zz, WGS 84 / UTM zz N)
        for (int zone = 43; zone <= 56; zone++) {
            names.add("EPSG:326" + zone);
        }
        return List.copyOf(names);
    }
}
