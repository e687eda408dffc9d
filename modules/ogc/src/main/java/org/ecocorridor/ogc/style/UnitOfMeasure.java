package org.ecocorridor.ogc.style;

import java.util.Locale;

/**
 * The unit of a symbolizer's sizes (SE 1.1 §10.1.2 {@code uom} attribute). Pixels are OGC's
 * standardized 0.28 mm pixel, so a renderer at another DPI scales them by {@code dpi / 90.714};
 * metres and feet are ground distances, converted with the map's ground resolution.
 *
 * <p>Immutable.
 */
public enum UnitOfMeasure {
    PIXEL("http://www.opengeospatial.org/se/units/pixel", 0),
    METRE("http://www.opengeospatial.org/se/units/metre", 1.0),
    FOOT("http://www.opengeospatial.org/se/units/foot", 0.3048);

    private final String uri;
    private final double metres;

    UnitOfMeasure(String uri, double metres) {
        this.uri = uri;
        this.metres = metres;
    }

    /** The SE URI of the unit. */
    public String uri() {
        return uri;
    }

    /** Metres per unit for ground units; 0 for {@link #PIXEL}. */
    public double metres() {
        return metres;
    }

    /**
     * The unit named by an SE {@code uom} URI (or its last path segment); pixels when null.
     *
     * @throws IllegalArgumentException for an unknown unit
     */
    public static UnitOfMeasure fromUri(String uom) {
        if (uom == null || uom.isBlank()) {
            return PIXEL;
        }
        String last = uom.substring(uom.lastIndexOf('/') + 1).trim().toLowerCase(Locale.ROOT);
        return switch (last) {
            case "pixel", "px" -> PIXEL;
            case "metre", "meter", "m" -> METRE;
            case "foot", "ft" -> FOOT;
            default -> throw new IllegalArgumentException("Unknown unit of measure uom=\"" + uom
                    + "\"; expected .../se/units/pixel, metre or foot");
        };
    }
}
