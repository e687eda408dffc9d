package org.ecocorridor.core.grid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class GridResamplerTest {

    /** A ramp v = 2x + 3y over a 10 x 10 grid of 10 m cells with origin (0, 100). */
    private static FloatGrid ramp() {
        GridGeometry g = new GridGeometry(10, 10, 0, 100, 10, 10, 32652);
        FloatGrid grid = new FloatGrid(g);
        for (int r = 0; r < 10; r++) {
            for (int c = 0; c < 10; c++) {
                grid.set(r, c, (float) (2 * g.centreX(c) + 3 * g.centreY(r)));
            }
        }
        return grid;
    }

    @Test
    void bilinearReproducesALinearFieldBetweenCellCentres() {
        // Target: 4 m cells offset so that centres fall between source centres (inside the centre lattice).
        GridGeometry target = new GridGeometry(20, 20, 7, 93, 4, 4, 32652);

        FloatGrid out = GridResampler.resample(ramp(), target, ResamplingMethod.BILINEAR);

        for (int r = 0; r < 20; r++) {
            for (int c = 0; c < 20; c++) {
                double expected = 2 * target.centreX(c) + 3 * target.centreY(r);
                assertThat(out.get(r, c)).as("cell %d,%d", r, c).isCloseTo((float) expected, within(1e-3f));
            }
        }
    }

    @Test
    void nearestTakesTheSourceCellContainingTheCentre() {
        // Target cell (0,0) has centre (15, 85): source column 1, row 1 -> v = 2*15 + 3*85 = 285.
        GridGeometry target = new GridGeometry(3, 3, 10, 90, 10, 10, 32652);

        FloatGrid out = GridResampler.resample(ramp(), target, ResamplingMethod.NEAREST);

        assertThat(out.get(0, 0)).isEqualTo(285f);
    }

    @Test
    void bilinearRenormalisesOverNoDataNeighbours() {
        GridGeometry g = new GridGeometry(2, 2, 0, 2, 1, 1, 0);
        FloatGrid source = new FloatGrid(g, new float[] {1, 2, 3, Float.NaN});
        // Point (0.75, 1.25): u = 0.25, v = 0.25 from the centre of (0,0).
        // Weights: (0,0) .5625, (0,1) .1875, (1,0) .1875, (1,1) .0625 (NaN, dropped).
        // v = (.5625*1 + .1875*2 + .1875*3) / .9375 = 1.5 / .9375 = 1.6.
        GridGeometry target = new GridGeometry(1, 1, 0.25, 1.75, 1, 1, 0);

        FloatGrid out = GridResampler.resample(source, target, ResamplingMethod.BILINEAR);

        assertThat(out.get(0, 0)).isCloseTo(1.6f, within(1e-6f));
    }

    @Test
    void pointsOutsideTheSourceAreNoData() {
        GridGeometry target = new GridGeometry(2, 1, 200, 50, 10, 10, 32652);

        FloatGrid out = GridResampler.resample(ramp(), target, ResamplingMethod.NEAREST);

        assertThat(out.values()).containsOnly(Float.NaN);
    }

    /**
     * Reprojection from EPSG:4326 to UTM 52N (EPSG:32652). Source value = longitude of the cell centre,
     * so bilinear interpolation returns the longitude of the target point. UTM zone 52N has its central
     * meridian at 129°E (zone n: 6n − 183), so every point with easting 500 000 m has longitude 129°,
     * and the projection is symmetric about it.
     */
    @Test
    void reprojectsFromGeographicToUtm() {
        GridGeometry geo = new GridGeometry(200, 200, 128, 43, 0.01, 0.01, 4326);
        FloatGrid longitude = new FloatGrid(geo);
        for (int r = 0; r < geo.rows(); r++) {
            for (int c = 0; c < geo.cols(); c++) {
                longitude.set(r, c, (float) geo.centreX(c));
            }
        }
        // 3 columns of 5 km centred on easting 500 000, around northing 4 650 000 (about 42°N).
        GridGeometry utm = new GridGeometry(3, 2, 492500, 4655000, 5000, 5000, 32652);

        FloatGrid out = GridResampler.resample(longitude, utm, ResamplingMethod.BILINEAR);

        for (int r = 0; r < 2; r++) {
            assertThat(out.get(r, 1)).isCloseTo(129f, within(1e-4f));
            assertThat(out.get(r, 0) + out.get(r, 2)).isCloseTo(258f, within(2e-4f));
            assertThat(out.get(r, 0)).isLessThan(129f);
        }
    }
}
