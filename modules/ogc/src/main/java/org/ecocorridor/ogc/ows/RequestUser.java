package org.ecocorridor.ogc.ows;

import java.util.Set;
import org.ecocorridor.core.catalog.LayerInfo;

/**
 * Who sends a request, as far as services care: anonymous or signed in, and with which roles
 * ({@code admin}, {@code editor}, {@code researcher}). Immutable.
 *
 * @param name  user name, or null when anonymous
 * @param roles role names (lower case)
 */
public record RequestUser(String name, Set<String> roles) {
    /** Nobody signed in. */
    public static final RequestUser ANONYMOUS = new RequestUser(null, Set.of());

    public RequestUser {
        roles = Set.copyOf(roles);
    }

    public boolean isAuthenticated() {
        return name != null;
    }

    /** Whether the user has the admin role (sees every layer). */
    public boolean isAdmin() {
        return roles.contains("admin");
    }

    /** Whether this user may see a layer: {@link LayerInfo#visibleTo}, the one visibility rule. */
    public boolean maySee(LayerInfo layer) {
        return layer.visibleTo(name, isAuthenticated(), isAdmin());
    }

    /** Whether the user may edit data (WFS-T): editors and admins. */
    public boolean canEdit() {
        return roles.contains("editor") || roles.contains("admin");
    }
}
