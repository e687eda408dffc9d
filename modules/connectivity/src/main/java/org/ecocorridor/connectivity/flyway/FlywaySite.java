package org.ecocorridor.connectivity.flyway;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * A site of one species' flyway network, with what the network needs to know about it for that
 * species.
 *
 * <p>Immutable.
 *
 * @param code          unique site code ({@code flyway_sites.site_code})
 * @param name          display name
 * @param lonDegrees    longitude, −180 to 180 (WGS 84)
 * @param latDegrees    latitude, −90 to 90
 * @param roles         the site's roles for the species, at least one (a site can be both a stopover
 *                      and a wintering site); iterated in {@link SiteRole} order
 * @param latestCount   the count of the latest survey for the species, ≥ 0 (0 when never counted)
 * @param maxCount      the largest count on record, ≥ latestCount
 * @param protectedArea whether the site lies inside a protected area (see {@link SiteProtection})
 */
public record FlywaySite(String code, String name, double lonDegrees, double latDegrees, Set<SiteRole> roles,
        int latestCount, int maxCount, boolean protectedArea) {

    public FlywaySite {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(roles, "roles");
        if (code.isBlank()) {
            throw new IllegalArgumentException("Site code must not be blank");
        }
        if (!(lonDegrees >= -180 && lonDegrees <= 180)) {
            throw new IllegalArgumentException("Longitude of site " + code + " must be in [-180, 180], got "
                    + lonDegrees);
        }
        if (!(latDegrees >= -90 && latDegrees <= 90)) {
            throw new IllegalArgumentException("Latitude of site " + code + " must be in [-90, 90], got " + latDegrees);
        }
        if (roles.isEmpty()) {
            throw new IllegalArgumentException("Site " + code + " needs at least one role");
        }
        if (latestCount < 0 || maxCount < latestCount) {
            throw new IllegalArgumentException("Counts of site " + code + " must satisfy 0 <= latestCount <= maxCount,"
                    + " got latestCount " + latestCount + ", maxCount " + maxCount);
        }
        roles = Collections.unmodifiableSet(EnumSet.copyOf(roles));
    }

    public boolean hasRole(SiteRole role) {
        return roles.contains(role);
    }

    /** This site with another protection flag. */
    public FlywaySite withProtectedArea(boolean value) {
        return new FlywaySite(code, name, lonDegrees, latDegrees, roles, latestCount, maxCount, value);
    }

    /** This site with other counts. */
    public FlywaySite withCounts(int latest, int max) {
        return new FlywaySite(code, name, lonDegrees, latDegrees, roles, latest, max, protectedArea);
    }
}
