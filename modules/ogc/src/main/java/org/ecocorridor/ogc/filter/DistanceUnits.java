package org.ecocorridor.ogc.filter;

import java.util.Locale;
import org.ecocorridor.ogc.exception.OgcException;

/**
 * Units of measure of FES distances, in metres: metre ({@code m}, EPSG 9001), kilometre
 * ({@code km}, EPSG 9036), foot (0.3048 m, EPSG 9002), statute mile (1609.344 m) and degree,
 * taken as 111,195.08 m: 2π × 6,371,008.8 m / 360 on the IUGG mean Earth radius (Moritz 2000,
 * Geodetic Reference System 1980), a great-circle approximation. No unit means metres.
 * Thread-safe (stateless).
 */
final class DistanceUnits {
    private DistanceUnits() {
    }

    static double metresPer(String uom, String locator) {
        if (uom == null || uom.isBlank()) {
            return 1;
        }
        String u = uom.trim().toLowerCase(Locale.ROOT);
        if (u.endsWith("9001") || u.equals("m") || u.startsWith("met") || u.equals("meters")) {
            return 1;
        }
        if (u.endsWith("9036") || u.equals("km") || u.startsWith("kilomet")) {
            return 1000;
        }
        if (u.endsWith("9002") || u.equals("ft") || u.equals("[ft_i]") || u.equals("feet")) {
            return 0.3048;
        }
        if (u.equals("mi") || u.equals("[mi_i]") || u.equals("miles")) {
            return 1609.344;
        }
        if (u.endsWith("9102") || u.equals("deg") || u.startsWith("degree")) {
            return 111_195.08;
        }
        throw OgcException.invalidParameter(locator, "Unsupported unit of measure \"" + uom + "\"");
    }
}
