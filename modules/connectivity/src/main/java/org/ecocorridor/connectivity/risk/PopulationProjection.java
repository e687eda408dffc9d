package org.ecocorridor.connectivity.risk;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ecocorridor.connectivity.flyway.CapacityRule;
import org.ecocorridor.connectivity.flyway.FlywaySite;
import org.ecocorridor.core.species.SpeciesCode;

/**
 * Deterministic projection of a flyway population under added annual mortality:
 * <pre>
 *   N<sub>t</sub> = N<sub>0</sub> (λ (1 − m))<sup>t</sup>
 * </pre>
 * λ is the baseline annual growth rate (which already includes natural mortality) and m the added
 * annual mortality probability from infrastructure, applied as an independent extra risk of death
 * so that survival multiplies. No density dependence, no stochasticity, no age structure: a screening
 * model for comparing scenarios over 10 to 30 years, not a population viability analysis.
 *
 * <p>Population-level m ({@link #populationAddedMortality}) is the count-weighted mean of the site
 * risk indices, m = Σ c<sub>s</sub> R<sub>s</sub> / Σ c<sub>s</sub>: the added mortality of a bird
 * drawn at random from the counted birds, assuming one exposed site per bird and year (birds that use
 * several exposed sites face more; the figure is then a lower bound).
 *
 * <p>Thread-safe: stateless.
 */
public final class PopulationProjection {
    /** Longest projection accepted, years. */
    public static final int MAX_YEARS = 100;

    private PopulationProjection() {
    }

    /**
     * Projects a population.
     *
     * @param initialPopulation  N<sub>0</sub>, finite and ≥ 0
     * @param baselineGrowthRate λ, finite and &gt; 0
     * @param addedMortality     m, in [0, 1]
     * @param years              1 to {@link #MAX_YEARS} (10 to 30 is the intended use)
     */
    public static PopulationTrajectory project(double initialPopulation, double baselineGrowthRate,
            double addedMortality, int years) {
        if (!(initialPopulation >= 0) || Double.isInfinite(initialPopulation)) {
            throw new IllegalArgumentException("initialPopulation must be finite and >= 0, got " + initialPopulation);
        }
        if (!(baselineGrowthRate > 0) || Double.isInfinite(baselineGrowthRate)) {
            throw new IllegalArgumentException("baselineGrowthRate must be finite and > 0, got " + baselineGrowthRate);
        }
        if (!(addedMortality >= 0 && addedMortality <= 1)) {
            throw new IllegalArgumentException("addedMortality must be in [0, 1], got " + addedMortality);
        }
        if (years < 1 || years > MAX_YEARS) {
            throw new IllegalArgumentException("years must be in [1, " + MAX_YEARS + "], got " + years);
        }
        List<Double> baseline = new ArrayList<>(years + 1);
        List<Double> reduced = new ArrayList<>(years + 1);
        for (int t = 0; t <= years; t++) {
            baseline.add(initialPopulation * Math.pow(baselineGrowthRate, t));
            reduced.add(initialPopulation * Math.pow(baselineGrowthRate * (1 - addedMortality), t));
        }
        return new PopulationTrajectory(baselineGrowthRate, addedMortality, baseline, reduced);
    }

    /**
     * The count-weighted mean risk index of the sites, m = Σ c<sub>s</sub> R<sub>s</sub> / Σ c<sub>s</sub>.
     *
     * @param risks site risks (sites without a risk entry count as R = 0)
     * @param sites the sites, weighted by their count under {@code rule}
     * @throws IllegalArgumentException when all weights are 0
     */
    public static double populationAddedMortality(List<SiteRisk> risks, List<FlywaySite> sites, CapacityRule rule) {
        Map<String, Double> riskByCode = new HashMap<>();
        risks.forEach(r -> riskByCode.put(r.siteCode(), r.riskIndex()));
        double weighted = 0;
        double total = 0;
        for (FlywaySite s : sites) {
            double c = rule.capacityOf(s);
            weighted += c * riskByCode.getOrDefault(s.code(), 0.0);
            total += c;
        }
        if (!(total > 0)) {
            throw new IllegalArgumentException("The sites' total count must be > 0 to weight their risks, got " + total);
        }
        return weighted / total;
    }

    /**
     * Documented default λ: Black-faced Spoonbill (7,081 / 5,222)<sup>1/4</sup> ≈ 1.0791, the
     * International Black-faced Spoonbill Census totals of January 2021 and January 2025
     * (HKBWS/EAAFP); cranes 1.0, a neutral placeholder (no census series in the project).
     *
     * @throws IllegalArgumentException for a big cat
     */
    public static double defaultBaselineGrowthRate(SpeciesCode species) {
        return switch (species) {
            case BLACK_FACED_SPOONBILL -> Math.pow(7081.0 / 5222.0, 0.25);
            case WHITE_NAPED_CRANE, HOODED_CRANE -> 1.0;
            default -> throw new IllegalArgumentException("Species " + species.code() + " has no flyway population");
        };
    }
}
