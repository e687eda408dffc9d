package org.ecocorridor.connectivity.risk;

import java.util.List;

/**
 * A deterministic population projection, year 0 first.
 *
 * <p>Immutable.
 *
 * @param baselineGrowthRate λ, the annual multiplication rate without added mortality
 * @param addedMortality     m, the added annual mortality probability
 * @param baseline           N<sub>0</sub> λ<sup>t</sup> for t = 0 … years
 * @param withAddedMortality N<sub>0</sub> (λ (1 − m))<sup>t</sup> for t = 0 … years
 */
public record PopulationTrajectory(double baselineGrowthRate, double addedMortality, List<Double> baseline,
        List<Double> withAddedMortality) {

    public PopulationTrajectory {
        baseline = List.copyOf(baseline);
        withAddedMortality = List.copyOf(withAddedMortality);
    }

    /** Number of projected years. */
    public int years() {
        return baseline.size() - 1;
    }

    /** Birds missing in the final year because of the added mortality. */
    public double finalShortfall() {
        return baseline.get(years()) - withAddedMortality.get(years());
    }
}
