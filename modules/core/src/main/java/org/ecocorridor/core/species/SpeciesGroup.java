package org.ecocorridor.core.species;

import java.util.Locale;

/** Big cats move through landscapes; waterbirds hop between flyway sites. Immutable. */
public enum SpeciesGroup {
    BIG_CAT, WATERBIRD;

    /** The code as stored: {@code big_cat} or {@code waterbird}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
