package org.ecocorridor.store.source;

import org.ecocorridor.store.sql.Identifiers;

/** Whether a requested type name can be a layer at all, before any look-up. Thread-safe (stateless). */
final class LayerNames {
    private LayerNames() {
    }

    static boolean isValid(String name) {
        return Identifiers.isValid(name);
    }
}
