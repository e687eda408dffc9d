package org.ecocorridor.connectivity.transboundary;

import java.util.Objects;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygonal;

/**
 * A country outline.
 *
 * <p>Immutable (do not modify the geometry after passing it in).
 *
 * @param iso3     ISO 3166-1 alpha-3 code (or any unique label, e.g. a disputed-area name)
 * @param geometry Polygon or MultiPolygon in EPSG:4326 (longitude, latitude)
 */
public record Country(String iso3, Geometry geometry) {

    public Country {
        Objects.requireNonNull(iso3, "iso3");
        Objects.requireNonNull(geometry, "geometry");
        if (iso3.isBlank()) {
            throw new IllegalArgumentException("Country code must not be blank");
        }
        if (!(geometry instanceof Polygonal) || geometry.isEmpty()) {
            throw new IllegalArgumentException("Country " + iso3 + " needs a non-empty (Multi)Polygon, got "
                    + geometry.getGeometryType());
        }
    }
}
