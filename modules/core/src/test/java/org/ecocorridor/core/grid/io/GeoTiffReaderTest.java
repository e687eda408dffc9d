package org.ecocorridor.core.grid.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.ecocorridor.core.grid.FloatGrid;
import org.ecocorridor.core.grid.GridGeometry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reads GeoTIFFs written by GDAL (fixtures, see src/test/resources/geotiff/README.md) and the shared DEM. */
class GeoTiffReaderTest {

    private static Path fixture(String name) throws URISyntaxException {
        return Path.of(GeoTiffReaderTest.class.getResource("/geotiff/" + name).toURI());
    }

    @Test
    void readsInt16WithGdalNoDataAsNaN() throws Exception {
        FloatGrid grid = GeoTiffReader.read(fixture("int16_nodata_utm52n.tif"));

        // gdalinfo: Origin = (600000, 4800000), Pixel Size = (250, -250), EPSG 32652, NoData -9999.
        assertThat(grid.geometry()).isEqualTo(new GridGeometry(4, 3, 600000, 4800000, 250, 250, 32652));
        // Values typed into a.asc (see README): row 1 col 0 and row 2 col 2 are -9999.
        assertThat(grid.values()).containsExactly(1, 2, 3, 4, Float.NaN, -7, 300, 12, 5, 6, Float.NaN, 8);
    }

    @Test
    void readsPixelIsPointByMovingTheOriginHalfACell() throws Exception {
        FloatGrid grid = GeoTiffReader.read(fixture("uint8_pixelispoint_4326.tif"));

        // Tie point 128.25 E 42.75 N is the centre of the first pixel; gdalinfo reports origin (128, 43).
        GridGeometry g = grid.geometry();
        assertThat(g.originX()).isEqualTo(128.0);
        assertThat(g.originY()).isEqualTo(43.0);
        assertThat(g.cellWidth()).isEqualTo(0.5);
        assertThat(g.epsg()).isEqualTo(4326);
        // Unsigned bytes: 255 stays 255.
        assertThat(grid.values()).containsExactly(10, 20, 255, 0, 1, 2);
    }

    @Test
    void readsTiledLzwFloat32WithHorizontalPredictor() throws Exception {
        FloatGrid grid = GeoTiffReader.read(fixture("float32_tiled_lzw_utm46n.tif"));

        assertThat(grid.geometry()).isEqualTo(new GridGeometry(5, 4, 200000, 5000120, 30, 30, 32646));
        assertThat(grid.values()).containsExactly(
                0.5f, 1.25f, -3.5f, 1e6f, 7f,
                2f, 2f, 2f, 2f, 2f,
                -1f, -2f, -3f, -4f, -5f,
                9.75f, 8.5f, 7.25f, 6f, 5.125f);
    }

    @Test
    void rejectsAFileThatIsNotATiff(@TempDir Path dir) throws IOException {
        Path notTiff = Files.writeString(dir.resolve("x.tif"), "hello");

        assertThatThrownBy(() -> GeoTiffReader.read(notTiff)).isInstanceOf(IOException.class);
    }

    /** The shared ETOPO 20' DEM: facts from its README and from GDAL 3.6 (gdalinfo, gdallocationinfo). */
    @Test
    void readsTheSharedEtopoDemWithItsGeoreferencing() throws Exception {
        Path dem = ReferenceData.resolve("dem/etopo20min_neasia_73-146E_18-56N.tif");
        assumeThat(dem).as("shared reference data").isNotNull();

        FloatGrid grid = GeoTiffReader.read(dem);

        GridGeometry g = grid.geometry();
        assertThat(g.cols()).isEqualTo(219);
        assertThat(g.rows()).isEqualTo(114);
        assertThat(g.epsg()).isEqualTo(4326);
        // gdalinfo: Origin = (72.999994733333338, 55.999985466666651), Pixel Size = 1/3 degree.
        assertThat(g.originX()).isCloseTo(73.0, org.assertj.core.data.Offset.offset(1e-5));
        assertThat(g.originY()).isCloseTo(56.0, org.assertj.core.data.Offset.offset(1e-4));
        assertThat(g.cellWidth()).isCloseTo(1.0 / 3, org.assertj.core.data.Offset.offset(1e-12));
        // gdallocationinfo: pixel (0,0) = 122 m, (165P,41L) = 1267 m (Paektu-san cell, README), (218P,113L) = -1877 m.
        assertThat(grid.get(0, 0)).isEqualTo(122f);
        assertThat(grid.get(41, 165)).isEqualTo(1267f);
        assertThat(grid.get(113, 218)).isEqualTo(-1877f);
        // Paektu-san, 128.08 E 42.01 N, falls in that cell.
        assertThat(g.rowOf(42.01)).isEqualTo(41);
        assertThat(g.colOf(128.08)).isEqualTo(165);
        // gdalinfo -stats: minimum -8408, maximum 6229, no NoData.
        float min = Float.POSITIVE_INFINITY;
        float max = Float.NEGATIVE_INFINITY;
        for (float v : grid.values()) {
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        assertThat(min).isEqualTo(-8408f);
        assertThat(max).isEqualTo(6229f);
    }
}
