package org.ecocorridor.server.security;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.ecocorridor.core.catalog.LayerInfo;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * Who calls a REST endpoint: anonymous, or a signed-in user with roles. Immutable.
 *
 * @param name  user name, or null when anonymous
 * @param roles role names, lower case ({@code admin}, {@code editor}, {@code researcher})
 */
public record Caller(String name, Set<String> roles) {
    public static final Caller ANONYMOUS = new Caller(null, Set.of());

    public Caller {
        roles = Set.copyOf(roles);
    }

    /** The caller of a request, from Spring Security's authentication (null or anonymous token: anonymous). */
    public static Caller of(Authentication auth) {
        if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
            return ANONYMOUS;
        }
        Set<String> roles = auth.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .map(a -> a.startsWith("ROLE_") ? a.substring(5) : a).map(a -> a.toLowerCase(Locale.ROOT))
                .collect(Collectors.toSet());
        return new Caller(auth.getName(), roles);
    }

    public boolean signedIn() {
        return name != null;
    }

    public boolean isAdmin() {
        return roles.contains(SecurityConfig.ADMIN);
    }

    /** Whether this caller may see a layer ({@link LayerInfo#visibleTo}). */
    public boolean maySee(LayerInfo layer) {
        return layer.visibleTo(name, signedIn(), isAdmin());
    }
}
