package org.ecocorridor.store.security;

import java.util.Arrays;
import java.util.Locale;

/**
 * What a user may do: {@link #ADMIN} everything (users, configuration), {@link #EDITOR} edit
 * editable layers and import, {@link #RESEARCHER} run analyses and see sensitive layers.
 * Immutable.
 */
public enum Role {
    ADMIN, EDITOR, RESEARCHER;

    /** The code as stored: {@code admin}, {@code editor} or {@code researcher}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Parses a stored code.
     *
     * @throws IllegalArgumentException naming the bad code and the valid ones
     */
    public static Role of(String code) {
        for (Role r : values()) {
            if (r.code().equals(code)) {
                return r;
            }
        }
        throw new IllegalArgumentException("Unknown role \"" + code + "\"; expected one of "
                + Arrays.stream(values()).map(Role::code).toList());
    }
}
