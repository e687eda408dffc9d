package org.ecocorridor.server.security;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;
import org.ecocorridor.server.config.EcocorridorProperties;
import org.ecocorridor.store.SpatialStore;
import org.ecocorridor.store.security.Role;
import org.ecocorridor.store.security.UserAccount;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Makes sure the bootstrap user {@code admin} exists. There is no built-in default password:
 * {@code ECOCORRIDOR_ADMIN_PASSWORD} sets it (and resets it at every start while set); without it,
 * the first start generates a random password and logs it once.
 */
@Component
class AdminBootstrap implements InitializingBean {
    static final String ADMIN_USER = "admin";
    private static final Logger LOG = LoggerFactory.getLogger(AdminBootstrap.class);
    private final SpatialStore store;
    private final PasswordEncoder encoder;
    private final EcocorridorProperties properties;

    AdminBootstrap(SpatialStore store, PasswordEncoder encoder, EcocorridorProperties properties) {
        this.store = store;
        this.encoder = encoder;
        this.properties = properties;
    }

    @Override
    public void afterPropertiesSet() {
        String configured = properties.adminPassword();
        boolean hasConfigured = configured != null && !configured.isBlank();
        var existing = store.users().find(ADMIN_USER);
        if (existing.isPresent()) {
            if (hasConfigured && !encoder.matches(configured, existing.get().passwordHash())) {
                store.users().update(ADMIN_USER, encoder.encode(configured), true);
                LOG.info("Password of user '{}' set from ECOCORRIDOR_ADMIN_PASSWORD", ADMIN_USER);
            }
            return;
        }
        String password = hasConfigured ? configured : generate();
        store.users().create(new UserAccount(ADMIN_USER, encoder.encode(password), true, Set.of(Role.ADMIN)));
        if (hasConfigured) {
            LOG.info("Created user '{}' with the password from ECOCORRIDOR_ADMIN_PASSWORD", ADMIN_USER);
        } else {
            LOG.warn("Created user '{}' with the generated password: {}  (shown once; set"
                    + " ECOCORRIDOR_ADMIN_PASSWORD to choose one)", ADMIN_USER, password);
        }
    }

    private static String generate() {
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
