package org.ecocorridor.ogc.tile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Tile keys double as disk-cache paths, so their parts may not escape the cache folder. */
class TileKeyTest {
    /** From sha256sum (coreutils), see etagIsTheFirst128BitsOfSha256OverTheKeyQuoted. */
    private static final String SHA256_PREFIX = "aa2162c3ba89423ca46999dd2d8f1d91";

    private static TileKey key(String layer, String version) {
        return new TileKey(layer, "default", "WebMercatorQuad", 5, 27, 11, "png", version);
    }

    @Test
    void acceptsNamesVersionsAndExtensions() {
        assertThat(key("bench_polygons", "1763779200000000-0").layer()).isEqualTo("bench_polygons");
        assertThat(key("A-z_0.9", "1.2-3").version()).isEqualTo("1.2-3");
    }

    @Test
    void rejectsPartsThatCouldLeaveTheCacheFolder() {
        for (String bad : new String[] {"..", "a..b", "a/b", "a\\b", "", "a b", "sité", "a:b"}) {
            assertThatThrownBy(() -> key(bad, "1-0")).as(bad).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> key("sites", bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void etagIsTheFirst128BitsOfSha256OverTheKeyQuoted() {
        TileKey k = key("sites", "1-0");
        // echo -n 'TileKey[layer=sites, style=default, matrixSet=WebMercatorQuad, z=5, col=27, row=11,
        // extension=png, version=1-0]' | sha256sum, first 32 hex digits
        assertThat(k.toString()).isEqualTo("TileKey[layer=sites, style=default, matrixSet=WebMercatorQuad, z=5, col=27,"
                + " row=11, extension=png, version=1-0]");
        assertThat(k.etag()).isEqualTo("\"" + SHA256_PREFIX + "\"");
        assertThat(key("sites", "2-0").etag()).isNotEqualTo(k.etag()); // a new data version, a new tag
    }
}
