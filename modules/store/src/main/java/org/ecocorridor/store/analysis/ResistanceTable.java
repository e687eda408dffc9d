package org.ecocorridor.store.analysis;

import java.util.Map;
import java.util.Set;

/**
 * One species' resistance per land-cover class, as stored in {@code resistance_values}: a null
 * resistance is an absolute barrier. Immutable.
 *
 * @param profile        profile name ({@code species.resistance_profile})
 * @param resistances    land-cover code to resistance
 * @param barrierClasses land-cover codes that are impassable
 */
public record ResistanceTable(String profile, Map<Integer, Double> resistances, Set<Integer> barrierClasses) {
    public ResistanceTable {
        resistances = Map.copyOf(resistances);
        barrierClasses = Set.copyOf(barrierClasses);
    }
}
