package org.ecocorridor.server.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.ecocorridor.server.error.ApiException;
import org.ecocorridor.store.SpatialStore;
import org.ecocorridor.store.security.Role;
import org.ecocorridor.store.security.UserAccount;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * User accounts over REST, for admins only (see {@code SecurityConfig}): list, read, create or change
 * ({@code PUT} with password, roles and enabled flag) and delete. Passwords are stored as bcrypt hashes and
 * never returned.
 */
@RestController
@RequestMapping("/api/users")
class UsersController {
    static final int MIN_PASSWORD = 8;
    private final SpatialStore store;
    private final PasswordEncoder encoder;

    UsersController(SpatialStore store, PasswordEncoder encoder) {
        this.store = store;
        this.encoder = encoder;
    }

    @GetMapping
    List<Map<String, Object>> list() {
        List<Map<String, Object>> users = new ArrayList<>();
        for (String name : store.users().usernames()) {
            store.users().find(name).ifPresent(u -> users.add(json(u)));
        }
        return users;
    }

    @GetMapping("/{name}")
    Map<String, Object> get(@PathVariable String name) {
        return json(store.users().find(name).orElseThrow(() -> ApiException.notFound("No user \"" + name + "\"")));
    }

    /** Creates the user (password required) or changes it (omitted members keep their values). */
    @PutMapping("/{name}")
    ResponseEntity<Map<String, Object>> put(@PathVariable String name, @RequestBody JsonNode body) {
        try {
            UserAccount.requireValidUsername(name);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("name", e.getMessage());
        }
        if (body == null || !body.isObject()) {
            throw ApiException.badRequest("body", "Expected a JSON object {\"password\", \"roles\", \"enabled\"}");
        }
        var existing = store.users().find(name);
        String password = body.path("password").isString() ? body.get("password").asString() : null;
        if (body.has("password") && (password == null || password.length() < MIN_PASSWORD)) {
            throw ApiException.badRequest("password", "Password must be a string of at least " + MIN_PASSWORD + " characters");
        }
        if (existing.isEmpty() && password == null) {
            throw ApiException.badRequest("password", "A new user needs a password");
        }
        Set<Role> roles = body.has("roles") ? roles(body.get("roles"))
                : existing.map(UserAccount::roles).orElse(Set.of(Role.RESEARCHER));
        JsonNode enabledNode = body.path("enabled");
        if (body.has("enabled") && !enabledNode.isBoolean()) {
            throw ApiException.badRequest("enabled", "\"enabled\" must be true or false");
        }
        boolean enabled = enabledNode.isBoolean() ? enabledNode.booleanValue() : existing.map(UserAccount::enabled).orElse(true);
        if (existing.isEmpty()) {
            store.users().create(new UserAccount(name, encoder.encode(password), enabled, roles));
            return ResponseEntity.status(HttpStatus.CREATED).body(get(name));
        }
        store.users().update(name, password == null ? existing.get().passwordHash() : encoder.encode(password), enabled);
        store.users().setRoles(name, roles);
        return ResponseEntity.ok(get(name));
    }

    @DeleteMapping("/{name}")
    ResponseEntity<Void> delete(@PathVariable String name) {
        if ("admin".equals(name)) {
            throw ApiException.badRequest("name", "The bootstrap user \"admin\" cannot be deleted");
        }
        if (!store.users().delete(name)) {
            throw ApiException.notFound("No user \"" + name + "\"");
        }
        return ResponseEntity.noContent().build();
    }

    private static Set<Role> roles(JsonNode node) {
        if (!node.isArray()) {
            throw ApiException.badRequest("roles", "\"roles\" must be an array, e.g. [\"researcher\"]");
        }
        Set<Role> roles = new java.util.HashSet<>();
        for (JsonNode r : node.values()) {
            try {
                roles.add(Role.of(r.asString()));
            } catch (IllegalArgumentException e) {
                throw ApiException.badRequest("roles", e.getMessage());
            }
        }
        return roles;
    }

    private static Map<String, Object> json(UserAccount u) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("username", u.username());
        m.put("enabled", u.enabled());
        Set<String> roles = new TreeSet<>();
        u.roles().forEach(r -> roles.add(r.code()));
        m.put("roles", roles);
        return m;
    }
}
