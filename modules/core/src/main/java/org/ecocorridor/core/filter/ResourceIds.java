package org.ecocorridor.core.filter;

import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/**
 * Features whose identifier is one of a set (FES 2.0 ResourceId, Filter 1.1 FeatureId/GmlObjectId).
 * Identifiers are the store's ids (the primary-key value as text), without the
 * {@code <typename>.} prefix of protocol ids. Immutable.
 *
 * @param ids feature ids, at least one, order kept
 */
public record ResourceIds(Set<String> ids) implements Filter {
    public ResourceIds {
        Objects.requireNonNull(ids, "ids");
        if (ids.isEmpty()) {
            throw new IllegalArgumentException("ResourceId needs at least one id, got none");
        }
        ids = java.util.Collections.unmodifiableSet(new LinkedHashSet<>(ids));
    }
}
