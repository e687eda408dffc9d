package org.ecocorridor.server.clients;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * GDAL's WMS driver (Debian {@code gdal-bin}) as a real WMS client of our server. GDAL builds its own
 * GetMap requests from the {@code WMS:<url>} connection string (it keeps LAYERS, SRS, BBOX, FORMAT and
 * adds WIDTH/HEIGHT per block), so a successful read proves our KVP parsing accepts a third-party client.
 * Skipped when gdal_translate is absent, unless CI=true.
 */
class GdalWmsClientTest extends MapClientServerTest {
    @TempDir
    Path work;
    private ExternalTool gdalTranslate;

    @BeforeEach
    void requireGdal() {
        gdalTranslate = ExternalTool.require("gdal_translate", "gdal-bin");
    }

    @Test
    void gdalTranslateReadsAGetMapOfCountriesAsAManyColouredPng() throws IOException {
        // East Asia, lon 73..146, lat 18..56 (1.1.1: BBOX is minx,miny,maxx,maxy in lon/lat).
        String source = "WMS:" + baseUrl() + "/wms?SERVICE=WMS&VERSION=1.1.1&REQUEST=GetMap&LAYERS=countries"
                + "&SRS=EPSG:4326&BBOX=73,18,146,56&FORMAT=image/png";
        ExternalTool.Result r = gdalTranslate.run(work, 120, List.of("-q", "--config", "GDAL_HTTP_TIMEOUT", "60",
                "-of", "PNG", "-outsize", "256", "256", source, "out.png"));
        assertThat(r.exitCode()).as("gdal_translate output: %s", r.output()).isZero();
        Path out = work.resolve("out.png");
        assertThat(out).isNotEmptyFile();
        BufferedImage img = ImageIO.read(out.toFile());
        assertThat(img.getWidth()).isEqualTo(256);
        assertThat(img.getHeight()).isEqualTo(256);
        // The box holds land of six countries and sea: a styled map has at least fill, outline and background.
        assertThat(distinctColours(img)).as("distinct colours").isGreaterThan(1);
    }

    @Test
    void gdalinfoListsTheLayersOfOurCapabilitiesAsSubdatasets() {
        ExternalTool gdalinfo = ExternalTool.require("gdalinfo", "gdal-bin");
        ExternalTool.Result r = gdalinfo.run(work, 120, List.of("--config", "GDAL_HTTP_TIMEOUT", "60",
                "WMS:" + baseUrl() + "/wms?SERVICE=WMS&VERSION=1.3.0&REQUEST=GetCapabilities"));
        assertThat(r.exitCode()).as("gdalinfo output: %s", r.output()).isZero();
        // GDAL names each <Layer><Name> in a SUBDATASET_n_NAME=WMS:...LAYERS=<name>... line (data/manifest.json).
        assertThat(r.output()).contains("Subdatasets:").containsPattern("SUBDATASET_\\d+_NAME=WMS:.*LAYERS=countries\\b")
                .containsPattern("LAYERS=protected_areas\\b").containsPattern("LAYERS=landcover_amur\\b");
    }

    static int distinctColours(BufferedImage img) {
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                colours.add(img.getRGB(x, y));
            }
        }
        return colours.size();
    }
}
