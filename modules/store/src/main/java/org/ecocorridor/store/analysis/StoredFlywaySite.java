package org.ecocorridor.store.analysis;

import java.util.List;
import java.util.Objects;

/**
 * A {@code flyway_sites} row with its roles ({@code flyway_site_roles.role}) for one species, or for
 * every species when read without one. Immutable.
 *
 * @param code       {@code site_code}
 * @param name       display name
 * @param lonDegrees longitude of the site point (EPSG:4326)
 * @param latDegrees latitude of the site point
 * @param roles      role codes ({@code breeding}, {@code stopover}, {@code wintering}), sorted, distinct
 */
public record StoredFlywaySite(String code, String name, double lonDegrees, double latDegrees, List<String> roles) {
    public StoredFlywaySite {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        roles = List.copyOf(roles);
    }
}
