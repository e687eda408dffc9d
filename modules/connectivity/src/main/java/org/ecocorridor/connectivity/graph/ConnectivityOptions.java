package org.ecocorridor.connectivity.graph;

import java.util.Objects;

/**
 * Parameters of a patch-graph analysis.
 *
 * <p>Immutable.
 *
 * @param kernel        dispersal kernel turning link distances into probabilities
 * @param landscapeArea A<sub>L</sub>, the total landscape area (habitat and non-habitat) in the unit of
 *                      the patch attributes; finite and &gt; 0. It scales PC and IIC only: ECA and
 *                      every dPC, dIIC do not depend on it.
 */
public record ConnectivityOptions(DispersalKernel kernel, double landscapeArea) {

    public ConnectivityOptions {
        Objects.requireNonNull(kernel, "kernel");
        if (!(landscapeArea > 0) || Double.isInfinite(landscapeArea)) {
            throw new IllegalArgumentException("landscapeArea must be finite and > 0, got " + landscapeArea);
        }
    }
}
