package org.ecocorridor.ogc.render.scanline;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The byte products of {@link SrcOver} against round(i·j / 255) computed in floating point. */
class SrcOverTest {
    @Test
    void mul8IsTheRoundedProductForEveryPairOfBytes() {
        for (int i = 0; i < 256; i++) {
            for (int j = 0; j < 256; j++) {
                assertThat(SrcOver.mul8(i, j)).as("%d × %d", i, j).isEqualTo((int) Math.round(i * j / 255.0));
            }
        }
    }

    @Test
    void twoLaneProductEqualsTheSingleOnes() {
        for (int f = 0; f < 256; f++) {
            for (int x = 0; x < 256; x++) {
                int y = 255 - x;
                int pair = SrcOver.mul8Pair(x << 16 | y, f);
                assertThat(pair).as("f %d, x %d", f, x).isEqualTo(SrcOver.mul8(x, f) << 16 | SrcOver.mul8(y, f));
            }
        }
    }

    @Test
    void halfTransparentGreyOverWhiteIsTheHandComputedPixel() {
        // #cccccc at alpha 128: premultiplied 0xCC·128/255 = 102.4 → 102; over opaque white with
        // full coverage: a = 128 + round(127·255/255) = 255, c = 102 + 127 = 229 (0xE5)
        SrcOver paint = new SrcOver();
        paint.color(0x80CCCCCC);
        int[] px = {0xFFFFFFFF};
        paint.blend(px, 0, 255);
        assertThat(px[0]).isEqualTo(0xFFE5E5E5);
    }
}
