package org.ecocorridor.ogc.wms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.ecocorridor.ogc.exception.OgcException;
import org.ecocorridor.ogc.ows.KvpParameters;
import org.ecocorridor.ogc.render.LabelGrid;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;

/**
 * Which GetMaps are tiles. Expected grids from OGC 17-083r2 Annex D: a WebMercatorQuad tile at zoom z
 * has side 40075016.6855784 / 2^z m from the corner (−20037508.34, 20037508.34); zoom 6 tile (x 53,
 * y 23), as Leaflet asks for it over north-east Asia, is x −20037508.34 + 53 · 626172.14 =
 * 13149614.85 .. 13775786.99 and y 20037508.34 − 24 · 626172.14 = 5009377.09 .. 5635549.22 m; its
 * meta-tile is 4 × 626172.14 = 2504688.54 m wide.
 */
class TiledGetMapTest {
    private static final double Z6 = 2 * TiledGetMap.HALF_WORLD_M / 64;
    private static final WmsCrs WEB_MERCATOR = new WmsCrs("EPSG:3857", 3857, false);
    private static final WmsCrs CRS84 = new WmsCrs("CRS:84", 4326, false);

    private static LabelGrid grid(Map<String, String> kvp, WmsCrs crs, Envelope bbox, int size) {
        return TiledGetMap.labelGrid(KvpParameters.ofSingle(kvp), crs, bbox, size, size);
    }

    @Test
    void leafletWebMercatorTileGetsTheZoomLevelsMetaTileGrid() {
        // bbox as a client prints it (mm precision), not bit-exact
        Envelope tile = new Envelope(13149614.850, 13775786.985, 5009377.086, 5635549.221);
        LabelGrid g = grid(Map.of(), WEB_MERCATOR, tile, 256);
        assertThat(g).isNotNull();
        assertThat(g.originX()).isEqualTo(-TiledGetMap.HALF_WORLD_M);
        assertThat(g.originY()).isEqualTo(TiledGetMap.HALF_WORLD_M);
        assertThat(g.cellWidth()).isCloseTo(2504688.54, within(0.01)).isEqualTo(4 * Z6);
        // the neighbour tile gets the very same grid
        assertThat(grid(Map.of(), WEB_MERCATOR, new Envelope(13775786.985, 14401959.12, 5009377.086,
                5635549.221), 256)).isEqualTo(g);
    }

    @Test
    void worldCrs84TileIsATileToo() {
        // zoom 3 of WorldCRS84Quad: side 180 / 8 = 22.5°, tile (x 13, y 1) = lon 112.5..135, lat 45..67.5
        LabelGrid g = grid(Map.of(), CRS84, new Envelope(112.5, 135, 45, 67.5), 512);
        assertThat(g).isEqualTo(LabelGrid.ofTiles(-180, 90, 22.5, 22.5));
    }

    @Test
    void singleImagesAreNotTiles() {
        Envelope tile = new Envelope(13149614.850, 13775786.985, 5009377.086, 5635549.221);
        assertThat(grid(Map.of(), WEB_MERCATOR, tile, 300)).as("not a tile size").isNull();
        Envelope shifted = new Envelope(13149614.850 + 1000, 13775786.985 + 1000, 5009377.086, 5635549.221);
        assertThat(grid(Map.of(), WEB_MERCATOR, shifted, 256)).as("off the grid").isNull();
        assertThat(grid(Map.of(), new WmsCrs("EPSG:32652", 32652, false), tile, 256)).as("no known grid").isNull();
    }

    @Test
    void tiledTrueUsesTilesOriginAndTheBboxAsTile() {
        LabelGrid g = grid(Map.of("TILED", "true", "TILESORIGIN", "100,30"), CRS84, new Envelope(102, 104, 32, 34),
                300);
        assertThat(g).isEqualTo(new LabelGrid(100, 30, 8, 8));
        assertThat(grid(Map.of("TILED", "TRUE"), WEB_MERCATOR, new Envelope(0, 1000, 0, 1000), 300))
                .isEqualTo(LabelGrid.ofTiles(-TiledGetMap.HALF_WORLD_M, TiledGetMap.HALF_WORLD_M, 1000, 1000));
    }

    @Test
    void malformedTilesOriginIsAnInvalidParameterValue() {
        assertThatThrownBy(() -> grid(Map.of("TILED", "true", "TILESORIGIN", "100"), CRS84,
                new Envelope(102, 104, 32, 34), 256))
                .isInstanceOfSatisfying(OgcException.class, e -> {
                    assertThat(e.code()).isEqualTo("InvalidParameterValue");
                    assertThat(e.locator()).isEqualTo("TILESORIGIN");
                    assertThat(e.httpStatus()).isEqualTo(400);
                });
    }
}
