package org.ecocorridor.server.security;

import java.util.Locale;
import org.ecocorridor.store.SpatialStore;
import org.ecocorridor.store.security.UserAccount;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Users and roles from the store; role {@code admin} becomes authority {@code ROLE_ADMIN}. */
@Service
class StoreUserDetailsService implements UserDetailsService {
    private final SpatialStore store;

    StoreUserDetailsService(SpatialStore store) {
        this.store = store;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        UserAccount account = store.users().find(username)
                .orElseThrow(() -> new UsernameNotFoundException("No such user"));
        return User.withUsername(account.username())
                .password(account.passwordHash())
                .disabled(!account.enabled())
                .authorities(account.roles().stream()
                        .map(r -> new SimpleGrantedAuthority("ROLE_" + r.code().toUpperCase(Locale.ROOT)))
                        .toList())
                .build();
    }
}
