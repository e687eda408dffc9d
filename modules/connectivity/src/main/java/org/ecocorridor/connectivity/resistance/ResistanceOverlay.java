package org.ecocorridor.connectivity.resistance;

import java.util.Objects;
import org.locationtech.jts.geom.Geometry;

/**
 * One layer burned into a resistance surface.
 *
 * <p>Geometry: polygons cover the cells whose centre they contain; lines and points cover every cell
 * they pass through plus the cells whose centre is within {@code widthMetres / 2}
 * ({@link org.ecocorridor.core.grid.GridRasterizer}). A geometry with SRID 0 is taken to be in the
 * grid's CRS; another SRID is reprojected to the grid's EPSG code.
 *
 * <p>Immutable (JTS geometries are treated as read-only).
 *
 * @param name        label recorded in the parameters, e.g. "roads", "closed border"
 * @param geometry    the overlay features (any geometry type)
 * @param rule        how the value is applied
 * @param value       the rule's value: ≥ 0 for ADD, &gt; 0 for MULTIPLY and MAX, ignored (NaN) for BARRIER
 * @param widthMetres full width given to lines and points, in grid CRS units (metres), ≥ 0
 */
public record ResistanceOverlay(String name, Geometry geometry, OverlayRule rule, double value, double widthMetres) {

    public ResistanceOverlay {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("Overlay name must not be blank, got '" + name + "'");
        }
        Objects.requireNonNull(geometry, "geometry");
        Objects.requireNonNull(rule, "rule");
        if (!(widthMetres >= 0) || Double.isInfinite(widthMetres)) {
            throw new IllegalArgumentException("Overlay '" + name + "' width must be finite and >= 0, got " + widthMetres);
        }
        switch (rule) {
            case ADD -> requireValue(name, value, value >= 0 && Double.isFinite(value), ">= 0");
            case MULTIPLY, MAX -> requireValue(name, value, value > 0 && Double.isFinite(value), "> 0");
            case BARRIER -> value = Double.NaN;
        }
    }

    private static void requireValue(String name, double value, boolean ok, String rule) {
        if (!ok) {
            throw new IllegalArgumentException("Overlay '" + name + "' value must be finite and " + rule + ", got " + value);
        }
    }

    /** An absolute barrier (cells become NoData). */
    public static ResistanceOverlay barrier(String name, Geometry geometry, double widthMetres) {
        return new ResistanceOverlay(name, geometry, OverlayRule.BARRIER, Double.NaN, widthMetres);
    }

    /**
     * The "closed border" scenario: border lines burned as an absolute barrier (a fence along the whole
     * border), e.g. the Russia–China border between Land of the Leopard and the Northeast China Tiger and
     * Leopard National Park.
     */
    public static ResistanceOverlay closedBorder(Geometry borderLines, double widthMetres) {
        return barrier("closed border", borderLines, widthMetres);
    }
}
