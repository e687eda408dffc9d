package org.ecocorridor.connectivity.resistance;

import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A species' resistance per land-cover class (the {@code resistance_values} rows of one profile; see
 * docs/data-model.md). Classes in {@code barrierClasses} are absolute barriers (stored resistance null).
 *
 * <p>Immutable.
 *
 * @param name              profile name, e.g. "amur_leopard"
 * @param resistanceByClass land-cover code → resistance (finite, &gt; 0; dimensionless cost per metre)
 * @param barrierClasses    land-cover codes that are impassable (NoData in the surface)
 */
public record ResistanceProfile(String name, Map<Integer, Double> resistanceByClass, Set<Integer> barrierClasses) {

    public ResistanceProfile {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("Profile name must not be blank, got '" + name + "'");
        }
        Objects.requireNonNull(resistanceByClass, "resistanceByClass");
        Objects.requireNonNull(barrierClasses, "barrierClasses");
        resistanceByClass.forEach((code, value) -> {
            if (value == null || !(value > 0) || value.isInfinite()) {
                throw new IllegalArgumentException("Profile '" + name + "' resistance of class " + code
                        + " must be finite and > 0, got " + value);
            }
        });
        Set<Integer> both = new HashSet<>(barrierClasses);
        both.retainAll(resistanceByClass.keySet());
        if (!both.isEmpty()) {
            throw new IllegalArgumentException("Profile '" + name + "' lists classes both with a resistance and as barriers: "
                    + new TreeSet<>(both));
        }
        resistanceByClass = Map.copyOf(resistanceByClass);
        barrierClasses = Set.copyOf(barrierClasses);
    }

    /** Whether the profile says anything about this class. */
    public boolean covers(int landCoverCode) {
        return resistanceByClass.containsKey(landCoverCode) || barrierClasses.contains(landCoverCode);
    }

    /** The mapping sorted by class code (for deterministic output). */
    public TreeMap<Integer, Double> sortedResistances() {
        return new TreeMap<>(resistanceByClass);
    }
}
