package org.ecocorridor.connectivity.risk;

import java.util.List;
import java.util.Objects;

/**
 * Buffers and coefficients of the infrastructure risk index.
 *
 * <p>The index of a site is the added annual mortality probability of the birds using it:
 * <pre>
 *   h = Σ<sub>r</sub> w<sub>r</sub> (μ<sub>MW</sub> · MW<sub>r</sub> + μ<sub>km</sub> · L<sub>r</sub>),   R = 1 − exp(−h)
 * </pre>
 * where ring r is the annulus between buffer radius r − 1 and r (the first ring is the disk),
 * MW<sub>r</sub> the wind capacity and L<sub>r</sub> the power-line length (km) in that ring,
 * w<sub>r</sub> the ring's exposure weight. h is an annual hazard, so R stays in [0, 1) however much
 * infrastructure is added.
 *
 * <p>Defaults ({@link #defaults()}), project screening values, not published standards (see
 * docs/algorithms.md): buffers 1, 5 and 10 km; weights 1, 0.3, 0.1; μ<sub>MW</sub> = 10<sup>−4</sup>
 * per MW per year; μ<sub>km</sub> = 10<sup>−3</sup> per km per year; route buffer 1 km.
 *
 * <p>Immutable.
 *
 * @param bufferRadiiKm  strictly increasing buffer radii around each site, km, &gt; 0
 * @param ringWeights    exposure weight of each ring, same size, finite and ≥ 0
 * @param mortalityPerMw μ<sub>MW</sub>, added annual hazard per MW of wind capacity at weight 1, ≥ 0
 * @param mortalityPerKm μ<sub>km</sub>, added annual hazard per km of power line at weight 1, ≥ 0
 * @param routeBufferKm  a flight leg is affected by a new feature when it passes within this distance, &gt; 0
 */
public record RiskParameters(List<Double> bufferRadiiKm, List<Double> ringWeights, double mortalityPerMw,
        double mortalityPerKm, double routeBufferKm) {

    public RiskParameters {
        bufferRadiiKm = List.copyOf(bufferRadiiKm);
        ringWeights = List.copyOf(ringWeights);
        if (bufferRadiiKm.isEmpty() || bufferRadiiKm.size() != ringWeights.size()) {
            throw new IllegalArgumentException("bufferRadiiKm and ringWeights must be non-empty and of equal size, got "
                    + bufferRadiiKm + " and " + ringWeights);
        }
        double previous = 0;
        for (double r : bufferRadiiKm) {
            if (!(r > previous) || Double.isInfinite(r)) {
                throw new IllegalArgumentException("bufferRadiiKm must be finite, > 0 and strictly increasing, got "
                        + bufferRadiiKm);
            }
            previous = r;
        }
        for (double w : ringWeights) {
            if (!(w >= 0) || Double.isInfinite(w)) {
                throw new IllegalArgumentException("ringWeights must be finite and >= 0, got " + ringWeights);
            }
        }
        nonNegative("mortalityPerMw", mortalityPerMw);
        nonNegative("mortalityPerKm", mortalityPerKm);
        if (!(routeBufferKm > 0) || Double.isInfinite(routeBufferKm)) {
            throw new IllegalArgumentException("routeBufferKm must be finite and > 0, got " + routeBufferKm);
        }
    }

    private static void nonNegative(String name, double value) {
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(name + " must be finite and >= 0, got " + value);
        }
    }

    /** The documented defaults. */
    public static RiskParameters defaults() {
        return new RiskParameters(List.of(1.0, 5.0, 10.0), List.of(1.0, 0.3, 0.1), 1e-4, 1e-3, 1.0);
    }

    /** The same coefficients with other buffers and weights. */
    public RiskParameters withBuffers(List<Double> radiiKm, List<Double> weights) {
        return new RiskParameters(radiiKm, weights, mortalityPerMw, mortalityPerKm, routeBufferKm);
    }

    /** The largest buffer radius, km. */
    public double outerRadiusKm() {
        return bufferRadiiKm.get(bufferRadiiKm.size() - 1);
    }

    /** Hazard h of per-ring exposures, each array indexed like the buffers. */
    double hazard(double[] ringMw, double[] ringKm) {
        double h = 0;
        for (int r = 0; r < ringMw.length; r++) {
            h += ringWeights.get(r) * (mortalityPerMw * ringMw[r] + mortalityPerKm * ringKm[r]);
        }
        return h;
    }
}
