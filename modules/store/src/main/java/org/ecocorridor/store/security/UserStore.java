package org.ecocorridor.store.security;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.ecocorridor.store.sql.JdbcValues;
import org.ecocorridor.store.sql.Transactions;

/**
 * Users and roles in {@code app_users} and {@code app_user_roles}. Stores hashes only: hashing
 * and checking passwords is the server's job (Spring Security's BCrypt).
 *
 * <p>Thread-safe.
 */
public final class UserStore {
    private final DataSource dataSource;

    public UserStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** A user with hash, enabled flag and roles, if it exists. */
    public Optional<UserAccount> find(String username) {
        return Transactions.withConnection(dataSource, "Reading user " + username, c -> find(c, username));
    }

    /** All user names, sorted. */
    public List<String> usernames() {
        return Transactions.withConnection(dataSource, "Listing users", c -> {
            List<String> names = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT username FROM app_users ORDER BY username");
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
            }
            return names;
        });
    }

    /**
     * Creates a user with its roles.
     *
     * @throws IllegalArgumentException when the user already exists
     */
    public void create(UserAccount user) {
        Transactions.inTransaction(dataSource, "Creating user " + user.username(), c -> {
            if (find(c, user.username()).isPresent()) {
                throw new IllegalArgumentException("User \"" + user.username() + "\" already exists");
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO app_users (username, password_hash, enabled, created_at) VALUES (?, ?, ?, ?)")) {
                ps.setString(1, user.username());
                ps.setString(2, user.passwordHash());
                ps.setBoolean(3, user.enabled());
                JdbcValues.bindInstant(ps, 4, Instant.now());
                ps.executeUpdate();
            }
            writeRoles(c, user.username(), user.roles());
            return null;
        });
    }

    /**
     * Changes the hash and enabled flag of an existing user (roles unchanged).
     *
     * @throws IllegalArgumentException when the user does not exist
     */
    public void update(String username, String passwordHash, boolean enabled) {
        UserAccount.requireValidUsername(username);
        if (passwordHash == null || passwordHash.isBlank()) {
            throw new IllegalArgumentException("Password hash of user \"" + username + "\" is blank");
        }
        Transactions.inTransaction(dataSource, "Updating user " + username, c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE app_users SET password_hash = ?, enabled = ? WHERE username = ?")) {
                ps.setString(1, passwordHash);
                ps.setBoolean(2, enabled);
                ps.setString(3, username);
                requireOne(ps.executeUpdate(), username);
            }
            return null;
        });
    }

    /**
     * Replaces the roles of an existing user.
     *
     * @throws IllegalArgumentException when the user does not exist
     */
    public void setRoles(String username, Set<Role> roles) {
        Transactions.inTransaction(dataSource, "Setting roles of " + username, c -> {
            if (find(c, username).isEmpty()) {
                requireOne(0, username);
            }
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM app_user_roles WHERE username = ?")) {
                ps.setString(1, username);
                ps.executeUpdate();
            }
            writeRoles(c, username, roles);
            return null;
        });
    }

    /** Deletes a user and its roles. @return whether the user existed */
    public boolean delete(String username) {
        return Transactions.inTransaction(dataSource, "Deleting user " + username, c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM app_users WHERE username = ?")) {
                ps.setString(1, username);
                return ps.executeUpdate() > 0;
            }
        });
    }

    private static Optional<UserAccount> find(Connection c, String username) throws SQLException {
        String hash;
        boolean enabled;
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT password_hash, enabled FROM app_users WHERE username = ?")) {
            ps.setString(1, username);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                hash = rs.getString(1);
                enabled = rs.getBoolean(2);
            }
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        try (PreparedStatement ps = c.prepareStatement("SELECT role FROM app_user_roles WHERE username = ?")) {
            ps.setString(1, username);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    roles.add(Role.of(rs.getString(1)));
                }
            }
        }
        return Optional.of(new UserAccount(username, hash, enabled, roles));
    }

    private static void writeRoles(Connection c, String username, Set<Role> roles) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO app_user_roles (username, role) VALUES (?, ?)")) {
            for (Role role : roles) {
                ps.setString(1, username);
                ps.setString(2, role.code());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static void requireOne(int updated, String username) {
        if (updated == 0) {
            throw new IllegalArgumentException("No user named \"" + username + "\"");
        }
    }
}
