package org.ecocorridor.store.analysis;

import java.util.Objects;

/**
 * The numeric parameters of a {@code species} row; a null column becomes NaN (or 0 for the
 * population). Immutable.
 *
 * @param code                 species code
 * @param group                {@code big_cat} or {@code waterbird}
 * @param medianDispersalMetres {@code median_dispersal_m}
 * @param maxDispersalMetres   {@code max_dispersal_m}
 * @param maxFlightRangeKm     {@code max_flight_range_km}
 * @param flywayPopulation     {@code flyway_population}, 0 when null
 */
public record SpeciesParameters(String code, String group, double medianDispersalMetres, double maxDispersalMetres,
        double maxFlightRangeKm, int flywayPopulation) {
    public SpeciesParameters {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(group, "group");
    }
}
