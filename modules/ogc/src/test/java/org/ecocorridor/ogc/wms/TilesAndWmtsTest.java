package org.ecocorridor.ogc.wms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.ecocorridor.ogc.exception.OgcException;
import org.ecocorridor.ogc.ows.RequestUser;
import org.ecocorridor.ogc.tile.TileCache;
import org.ecocorridor.ogc.tile.TileMatrixSet;
import org.ecocorridor.ogc.tile.TileSeeder;
import org.ecocorridor.ogc.tile.TileService;
import org.ecocorridor.ogc.wmts.WmtsService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Envelope;

/** Tile matrix sets, the tile cache and its versioning, seeding, and WMTS on {@link WmsFixture}. */
class TilesAndWmtsTest {
    @TempDir
    Path tmp;
    WmsFixture f;
    TileService tiles;
    Path cacheDir;

    @BeforeEach
    void setUp() throws Exception {
        Path styles = Files.createDirectories(tmp.resolve("styles"));
        f = new WmsFixture(styles);
        cacheDir = tmp.resolve("cache");
        tiles = new TileService(f.composer, new TileCache(1 << 20, cacheDir), 64);
    }

    @Test
    void webMercatorQuadMatchesTheOgcTable() {
        TileMatrixSet m = TileMatrixSet.WEB_MERCATOR_QUAD;
        // OGC 17-083r2 Table D.1: level 0 cell size 156543.0339280410 m, level 18 scale 2132.7295838497
        assertThat(m.cellSize(0)).isCloseTo(156543.0339280410, within(1e-9));
        assertThat(m.scaleDenominator(18)).isCloseTo(2132.7295838497, within(1e-6));
        // level 1, tile (col 1, row 0) is the north-east quarter of the world square
        Envelope ne = m.bounds(1, 1, 0);
        assertThat(ne.getMinX()).isCloseTo(0, within(1e-6));
        assertThat(ne.getMaxY()).isCloseTo(20037508.3427892, within(1e-6));
        // WorldCRS84Quad level 0: two tiles of 180° (Table D.2: cell size 0.703125°)
        assertThat(TileMatrixSet.WORLD_CRS84_QUAD.bounds(0, 1, 0)).isEqualTo(new Envelope(0, 180, -90, 90));
    }

    @Test
    void tilesAreCachedAndTheirEtagFollowsTheData() throws Exception {
        // level 4 WebMercatorQuad: tiles span 22.5°; the red box (100..110°E, 40..50°N) is in col 12
        // (⌊(100+180)/22.5⌋ = 12) and row 5 (lat 40.98..55.78 is row 5 of 16)
        TileService.Tile first = tiles.tile("boxes", "", TileMatrixSet.WEB_MERCATOR_QUAD, 4, 12, 5, "image/png",
                RequestUser.ANONYMOUS, null);
        var img = ImageIO.read(new ByteArrayInputStream(first.bytes()));
        assertThat(img.getWidth()).isEqualTo(256);
        // lon 105° is (105 + 180) / 22.5 = 12.667 tiles: x = 0.667 · 256 = 170 px; lat 45° sits inside row 5
        assertThat(img.getRGB(170, 200)).isEqualTo(0xFFFF0000);
        TileService.Tile again = tiles.tile("boxes", "", TileMatrixSet.WEB_MERCATOR_QUAD, 4, 12, 5, "image/png",
                RequestUser.ANONYMOUS, null);
        assertThat(again.bytes()).isSameAs(first.bytes());
        assertThat(again.etag()).isEqualTo(first.etag());
        TileService.Tile notModified = tiles.tile("boxes", "", TileMatrixSet.WEB_MERCATOR_QUAD, 4, 12, 5,
                "image/png", RequestUser.ANONYMOUS, first.etag());
        assertThat(notModified.notModified()).isTrue();
        try (var files = Files.walk(cacheDir)) {
            assertThat(files.filter(p -> p.toString().endsWith("5.png")).count()).isEqualTo(1);
        }
        // a changed style file changes the version: new ETag
        Path style = tmp.resolve("styles/boxes.sld");
        Files.setLastModifiedTime(style, java.nio.file.attribute.FileTime.fromMillis(
                Files.getLastModifiedTime(style).toMillis() + 5000));
        TileService.Tile restyled = tiles.tile("boxes", "", TileMatrixSet.WEB_MERCATOR_QUAD, 4, 12, 5, "image/png",
                RequestUser.ANONYMOUS, first.etag());
        assertThat(restyled.notModified()).isFalse();
        assertThat(restyled.etag()).isNotEqualTo(first.etag());
    }

    @Test
    void tileAddressesOutsideTheMatrixAreTileOutOfRange() {
        assertThatThrownBy(() -> tiles.tile("boxes", "", TileMatrixSet.WEB_MERCATOR_QUAD, 2, 4, 0, "image/png",
                RequestUser.ANONYMOUS, null)).isInstanceOf(OgcException.class)
                .extracting(e -> ((OgcException) e).code()).isEqualTo("TileOutOfRange");
    }

    @Test
    void seedingRendersEachTileOfTheLayerOnce() {
        TileSeeder seeder = new TileSeeder(tiles);
        // box 100..110°E, 40..50°N. z 0: 1 tile; z 1: col 1, row 0; z 2 (90° columns): col ⌊280/90⌋ = 3,
        // row 1 (0..66.51°N); z 3 (45° columns): col ⌊280/45⌋ = ⌊290/45⌋ = 6, and rows 1 (40.98..66.51°N)
        // and 2 (0..40.98°N), since 40°N < 40.98°N < 50°N: 2 tiles
        TileSeeder.Result r = seeder.seed("boxes", "", TileMatrixSet.WEB_MERCATOR_QUAD, 0, 3, null, "image/png", null);
        TileSeeder.Result again = seeder.seed("boxes", "", TileMatrixSet.WEB_MERCATOR_QUAD, 0, 3, null, "image/png",
                null);
        assertThat(again.rendered()).isZero();
        assertThat(again.skipped()).isEqualTo(r.rendered());
        assertThat(r.rendered()).isEqualTo(1 + 1 + 1 + 2);
    }

    @Test
    void wmtsCapabilitiesValidateAndGetTileAnswersWithCacheHeaders() throws Exception {
        WmtsService wmts = new WmtsService(tiles, 300);
        var caps = wmts.capabilities("http://example.org/ows", RequestUser.ANONYMOUS);
        byte[] xml = WmsFixture.body(caps);
        OgcSchemas.validateXsd(xml, "wmts/1.0/wmtsGetCapabilities_response.xsd");
        assertThat(new String(xml, java.nio.charset.StandardCharsets.UTF_8))
                .contains("template=\"http://example.org/wmts/1.0.0/boxes/{Style}/{TileMatrixSet}/{TileMatrix}/"
                        + "{TileRow}/{TileCol}.png\"");
        var tile = wmts.tile("boxes", "boxes", "WebMercatorQuad", "4", "5", "12", "image/png", RequestUser.ANONYMOUS,
                null);
        assertThat(tile.status()).isEqualTo(200);
        assertThat(tile.headers()).containsEntry("Cache-Control", "public, max-age=300").containsKey("ETag");
        var again = wmts.tile("boxes", "boxes", "WebMercatorQuad", "4", "5", "12", "image/png", RequestUser.ANONYMOUS,
                tile.headers().get("ETag"));
        assertThat(again.status()).isEqualTo(304);
    }
}
