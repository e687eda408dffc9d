package org.ecocorridor.store.raster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.zip.Inflater;
import org.ecocorridor.core.grid.FloatGrid;
import org.ecocorridor.core.grid.GridGeometry;
import org.junit.jupiter.api.Test;

class RasterTilesTest {
    @Test
    void encodesLittleEndianFloat32UnderZlib() throws Exception {
        byte[] data = RasterTiles.encode(new float[] {1.0f, Float.NaN});
        byte[] raw = new byte[8];
        Inflater inflater = new Inflater();
        inflater.setInput(data);
        assertThat(inflater.inflate(raw)).isEqualTo(8);
        inflater.end();
        // IEEE 754: 1.0f = 0x3F800000, canonical NaN = 0x7FC00000, low byte first.
        assertThat(raw).containsExactly(0x00, 0x00, 0x80, 0x3F, 0x00, 0x00, 0xC0, 0x7F);
    }

    @Test
    void decodeInvertsEncodeAndRejectsTruncatedTiles() {
        float[] tile = {0f, -1.5f, Float.NaN, Float.MAX_VALUE};
        assertThat(RasterTiles.decode(RasterTiles.encode(tile), 4)).containsExactly(tile);
        assertThatThrownBy(() -> RasterTiles.decode(RasterTiles.encode(tile), 5))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void edgeTilesArePaddedWithNoData() {
        // 3 x 2 grid, tile size 2: tile (0, 1) holds column 2 of rows 0-1, then padding.
        FloatGrid grid = new FloatGrid(new GridGeometry(3, 2, 0, 0, 1, 1, 4326), new float[] {1, 2, 3, 4, 5, 6});
        assertThat(RasterTiles.extract(grid, 2, 0, 1)).containsExactly(3f, Float.NaN, 6f, Float.NaN);
        assertThat(RasterTiles.isEmpty(RasterTiles.extract(grid, 4, 1, 0))).isTrue();
    }
}
