package org.ecocorridor.connectivity.resistance;

import java.util.Objects;
import org.ecocorridor.core.grid.FloatGrid;

/**
 * A resistance grid (NaN = impassable) with the parameters it was built from.
 *
 * <p>The record is immutable but the {@link FloatGrid} it holds is not copied: do not modify it.
 *
 * @param grid       resistance per cell, ≥ 0 or NaN
 * @param parameters how it was built
 */
public record ResistanceSurface(FloatGrid grid, ResistanceParameters parameters) {
    public ResistanceSurface {
        Objects.requireNonNull(grid, "grid");
        Objects.requireNonNull(parameters, "parameters");
    }
}
