package org.ecocorridor.connectivity.costdistance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.ecocorridor.core.grid.FloatGrid;
import org.ecocorridor.core.grid.GridGeometry;
import org.ecocorridor.core.progress.ProgressListener;
import org.junit.jupiter.api.Test;

/**
 * The example of the GRASS GIS r.cost manual (7 x 6 cells of 1 x 1, start at row 5, column 6, 1-based),
 * output of GRASS 8.2.1 in cell units, for 8 neighbours and for 16 neighbours ({@code -k}).
 * The tables are printed with 4 decimals, hence the 1e-4 tolerance (plus half a unit of the last digit).
 */
class GrassRCostReferenceTest {
    private static final double TOLERANCE = 1e-4 + 5e-5;

    private static final float[] INPUT = {
        2, 2, 1, 1, 5, 5, 5,
        2, 2, 8, 8, 5, 2, 1,
        7, 1, 1, 8, 2, 2, 2,
        8, 7, 8, 8, 8, 8, 5,
        8, 8, 1, 1, 5, 3, 9,
        8, 1, 1, 2, 5, 3, 9,
    };

    private static final double[] EIGHT = {
        21.7782, 21.1213, 20.6924, 19.6924, 16.9350, 14.8995, 13.6569,
        19.7782, 19.1213, 21.5, 19.5711, 15.4497, 11.9853, 10.6569,
        21.6569, 17.6569, 17, 17.5, 12.5, 10.5, 9.1569,
        21.1569, 13.6569, 12.5, 11.5, 7.7782, 5.5, 5.6569,
        15.7782, 12.5, 8, 7, 4, 0, 6,
        13.9142, 9.4142, 8.4142, 8.5, 5.6569, 3, 8.4853,
    };

    private static final double[] SIXTEEN = {
        21.4164, 21.0033, 20.0733, 19.0733, 16.7558, 14.7470, 13.6569,
        19.6246, 19.0033, 21.5, 18.8104, 15.0033, 11.8060, 10.6569,
        21.5033, 17.5033, 17, 16.7394, 11.7394, 10.5, 9.1569,
        21.1569, 13.6569, 12.5, 11.5, 7.7782, 5.5, 5.6569,
        15.6000, 12.5, 8, 7, 4, 0, 6,
        13.7361, 9.2361, 8.4142, 8.3853, 5.6569, 3, 8.4853,
    };

    private static CostDistanceResult run(Neighbourhood neighbourhood) {
        GridGeometry g = new GridGeometry(7, 6, 0, 6, 1, 1, 0);
        int start = g.index(4, 5);
        CostDistanceOptions options = CostDistanceOptions.defaults()
                .withNeighbourhood(neighbourhood).withUnits(CostUnits.CELLS);
        return CostDistance.compute(new FloatGrid(g, INPUT.clone()), new int[] {start}, options, ProgressListener.NONE);
    }

    @Test
    void eightNeighboursMatchGrassRCost() {
        CostDistanceResult result = run(Neighbourhood.EIGHT);

        for (int i = 0; i < EIGHT.length; i++) {
            assertThat(result.costAt(i)).as("cell %d,%d", i / 7 + 1, i % 7 + 1).isCloseTo(EIGHT[i], within(TOLERANCE));
        }
    }

    @Test
    void sixteenNeighboursMatchGrassRCostWithKnightsMoves() {
        CostDistanceResult result = run(Neighbourhood.SIXTEEN);

        for (int i = 0; i < SIXTEEN.length; i++) {
            assertThat(result.costAt(i)).as("cell %d,%d", i / 7 + 1, i % 7 + 1)
                    .isCloseTo(SIXTEEN[i], within(TOLERANCE));
        }
    }

    @Test
    void mapUnitsScaleCellUnitsByTheCellSize() {
        // Same landscape with 30 m cells: every step length, hence every cost, is 30 times longer.
        GridGeometry g = new GridGeometry(7, 6, 500000, 4700000, 30, 30, 32652);
        CostDistanceResult result = CostDistance.compute(new FloatGrid(g, INPUT.clone()),
                new int[] {g.index(4, 5)}, CostDistanceOptions.defaults(), ProgressListener.NONE);

        for (int i = 0; i < EIGHT.length; i++) {
            assertThat(result.costAt(i)).isCloseTo(30 * EIGHT[i], within(30 * TOLERANCE));
        }
    }
}
