package org.ecocorridor.connectivity.risk;

import java.util.Arrays;
import java.util.Locale;

/** The kinds of {@code infrastructure} features. Immutable. */
public enum InfrastructureKind {
    WIND_FARM, POWER_LINE, ROAD, RAILWAY, BORDER_FENCE, DAM;

    /** The code as stored, e.g. {@code wind_farm}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Parses a stored code.
     *
     * @throws IllegalArgumentException naming the bad code and the valid ones
     */
    public static InfrastructureKind of(String code) {
        for (InfrastructureKind k : values()) {
            if (k.code().equals(code)) {
                return k;
            }
        }
        throw new IllegalArgumentException("Unknown infrastructure kind \"" + code + "\"; expected one of "
                + Arrays.stream(values()).map(InfrastructureKind::code).toList());
    }
}
