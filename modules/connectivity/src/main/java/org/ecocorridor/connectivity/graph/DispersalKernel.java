package org.ecocorridor.connectivity.graph;

/**
 * The negative-exponential dispersal kernel of Conefor and Graphab: the probability of direct
 * dispersal along a link of length d is
 * <pre>
 *   p(d) = exp(−α d),   α = −ln(p₀) / d₀
 * </pre>
 * where the kernel is calibrated so that {@code p(d₀) = p₀} (Saura &amp; Pascual-Hortal 2007;
 * Graphab's "probability p at distance d"). The default calibration is p₀ = 0.5 at the species'
 * median dispersal distance. {@code −ln p(d) = α d} is the additive cost used to find maximum-product
 * paths without underflow.
 *
 * <p>Immutable.
 *
 * @param alpha decay rate α per distance unit (per metre, or per cost unit for least-cost links),
 *              finite and &gt; 0
 */
public record DispersalKernel(double alpha) {

    public DispersalKernel {
        if (!(alpha > 0) || Double.isInfinite(alpha)) {
            throw new IllegalArgumentException("Kernel alpha must be finite and > 0, got " + alpha);
        }
    }

    /**
     * The kernel with {@code p(distance) = probability}.
     *
     * @param probability p₀, strictly between 0 and 1
     * @param distance    d₀, finite and &gt; 0, in the unit of the link distances
     */
    public static DispersalKernel fromProbabilityAtDistance(double probability, double distance) {
        if (!(probability > 0 && probability < 1)) {
            throw new IllegalArgumentException("Kernel probability must be in (0, 1), got " + probability);
        }
        if (!(distance > 0) || Double.isInfinite(distance)) {
            throw new IllegalArgumentException("Kernel distance must be finite and > 0, got " + distance);
        }
        return new DispersalKernel(-Math.log(probability) / distance);
    }

    /** The default calibration: p = 0.5 at the median dispersal distance. */
    public static DispersalKernel fromMedianDispersal(double medianDistance) {
        return fromProbabilityAtDistance(0.5, medianDistance);
    }

    /** p(d) = exp(−α d). */
    public double probability(double distance) {
        return Math.exp(-alpha * distance);
    }

    /** −ln p(d) = α d, the additive link cost of the maximum-product path search. */
    public double logCost(double distance) {
        return alpha * distance;
    }
}
