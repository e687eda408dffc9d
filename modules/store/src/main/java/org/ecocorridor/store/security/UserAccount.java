package org.ecocorridor.store.security;

import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A user as stored: name, password hash (bcrypt, made by the server; never a clear password),
 * enabled flag and roles. Immutable; {@link #toString()} hides the hash.
 *
 * @param username     login name, {@code [A-Za-z0-9._@-]}, 1 to 64 characters
 * @param passwordHash password hash
 * @param enabled      whether the user may log in
 * @param roles        granted roles
 */
public record UserAccount(String username, String passwordHash, boolean enabled, Set<Role> roles) {
    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._@-]{1,64}");

    public UserAccount {
        requireValidUsername(username);
        if (passwordHash == null || passwordHash.isBlank()) {
            throw new IllegalArgumentException("Password hash of user \"" + username + "\" is blank");
        }
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    /**
     * Checks a user name.
     *
     * @throws IllegalArgumentException naming the bad value
     */
    public static String requireValidUsername(String username) {
        if (username == null || !USERNAME.matcher(username).matches()) {
            throw new IllegalArgumentException("Invalid username \"" + username
                    + "\": use 1 to 64 letters, digits or . _ @ -");
        }
        return username;
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    @Override
    public String toString() {
        return "UserAccount[username=" + username + ", enabled=" + enabled + ", roles=" + roles + "]";
    }
}
