package org.ecocorridor.connectivity.costdistance;

/**
 * The length unit a step's mean resistance is multiplied by.
 *
 * <p>Immutable.
 */
public enum CostUnits {
    /**
     * Step length in CRS units (metres on projected grids): orthogonal step = cell width (or height),
     * diagonal = √(w² + h²), knight's move = √((2w)² + h²) or √(w² + (2h)²). Cost = resistance × metres,
     * the ArcGIS / WhiteboxTools / Linkage Mapper convention.
     */
    MAP,
    /**
     * Step length in cell widths: 1, √2 and √5 for square cells (the map lengths divided by the cell
     * width otherwise). With {@link Neighbourhood#EIGHT} or {@link Neighbourhood#SIXTEEN} this reproduces
     * GRASS GIS {@code r.cost} exactly.
     */
    CELLS
}
