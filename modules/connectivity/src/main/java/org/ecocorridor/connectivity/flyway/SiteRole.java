package org.ecocorridor.connectivity.flyway;

import java.util.Arrays;
import java.util.Locale;

/** The role a site plays for one species ({@code flyway_site_roles.role}). Immutable. */
public enum SiteRole {
    BREEDING, STOPOVER, WINTERING;

    /** The code as stored: {@code breeding}, {@code stopover}, {@code wintering}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Parses a stored code.
     *
     * @throws IllegalArgumentException naming the bad code and the valid ones
     */
    public static SiteRole of(String code) {
        for (SiteRole r : values()) {
            if (r.code().equals(code)) {
                return r;
            }
        }
        throw new IllegalArgumentException("Unknown site role \"" + code + "\"; expected one of "
                + Arrays.stream(values()).map(SiteRole::code).toList());
    }
}
