package org.ecocorridor.core.grid.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.ecocorridor.core.grid.FloatGrid;
import org.ecocorridor.core.grid.GridGeometry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GeoTiffWriterTest {

    private static FloatGrid sample(GridGeometry g) {
        FloatGrid grid = new FloatGrid(g);
        for (int r = 0; r < g.rows(); r++) {
            for (int c = 0; c < g.cols(); c++) {
                grid.set(r, c, r * 1000 + c + 0.25f);
            }
        }
        grid.set(1, 2, Float.NaN);
        return grid;
    }

    @Test
    void roundTripKeepsValuesNoDataAndGeoreferencing(@TempDir Path dir) throws IOException {
        GridGeometry g = new GridGeometry(37, 23, 612345.5, 4712000.25, 90, 90, 32652);
        FloatGrid grid = sample(g);
        Path file = dir.resolve("utm.tif");

        GeoTiffWriter.write(grid, file);
        FloatGrid back = GeoTiffReader.read(file);

        assertThat(back.geometry()).isEqualTo(g);
        assertThat(back.values()).containsExactly(grid.values());
    }

    @Test
    void roundTripOfAGeographicGridWritesGeographicKeys(@TempDir Path dir) throws IOException {
        GridGeometry g = new GridGeometry(10, 5, 73, 56, 1.0 / 3, 1.0 / 3, 4326);
        Path file = dir.resolve("geo.tif");

        GeoTiffWriter.write(sample(g), file);

        assertThat(GeoTiffReader.read(file).geometry()).isEqualTo(g);
    }

    /** Independent reader: GDAL's gdallocationinfo (skipped when GDAL is not installed). */
    @Test
    void gdalReadsWhatWeWrite(@TempDir Path dir) throws Exception {
        assumeThat(gdalAvailable()).as("gdallocationinfo on PATH").isTrue();
        GridGeometry g = new GridGeometry(6, 4, 500000, 4700000, 100, 100, 32652);
        Path file = dir.resolve("gdal.tif");
        GeoTiffWriter.write(sample(g), file);

        // Georeferenced query: x = 500350 (column 3), y = 4699850 (row 1) → value 1000 + 3 + 0.25.
        String geo = run("gdallocationinfo", "-valonly", "-geoloc", file.toString(), "500350", "4699850");
        assertThat(Double.parseDouble(geo.trim())).isEqualTo(1003.25);
        String info = run("gdalinfo", file.toString());
        assertThat(info).contains("ID[\"EPSG\",32652]]").contains("NoData Value=nan")
                .contains("Origin = (500000.000000000000000,4700000.000000000000000)");
    }

    private static boolean gdalAvailable() {
        try {
            return new ProcessBuilder("gdallocationinfo", "--version").start().waitFor(20, TimeUnit.SECONDS);
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    private static String run(String... command) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().put("GDAL_PAM_ENABLED", "NO");
        Process p = pb.start();
        byte[] out = p.getInputStream().readAllBytes();
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return new String(out, StandardCharsets.UTF_8);
    }
}
