package org.ecocorridor.server.clients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

/** The tolerance rule of the reference-image tests, on hand-built images with hand-counted pixels. */
class ImageComparisonTest {

    /** 100 x 100 transparent image with a 10 x 10 opaque square of {@code rgb} at (20..29, 20..29). */
    private static BufferedImage squareOn(int rgb) {
        BufferedImage img = new BufferedImage(100, 100, BufferedImage.TYPE_INT_ARGB);
        for (int y = 20; y < 30; y++) {
            for (int x = 20; x < 30; x++) {
                img.setRGB(x, y, 0xFF000000 | rgb);
            }
        }
        return img;
    }

    @Test
    void recolouringASmallSymbolDiffersOnAllDrawnPixelsThoughOnly1PercentOfTheImage() {
        // 100 drawn pixels of 10,000: red -> blue changes every one of them: 100 / 100 = 1.0.
        ImageComparison cmp = ImageComparison.of(squareOn(0xFF0000), squareOn(0x0000FF), 16);
        assertThat(cmp.differingFraction()).isEqualTo(1.0);
        assertThat(cmp.differingFraction()).isGreaterThan(DefaultStyleImageTest.MAX_DIFFERING_FRACTION);
    }

    @Test
    void channelShiftsWithinToleranceDoNotCount() {
        // 0xC8 = 200 vs 0xD8 = 216: |diff| = 16, not more than 16 -> equal.
        assertThat(ImageComparison.of(squareOn(0xC80000), squareOn(0xD80000), 16).differingFraction()).isZero();
        // 200 vs 217: 17 > 16 on all 100 drawn pixels.
        assertThat(ImageComparison.of(squareOn(0xC80000), squareOn(0xD90000), 16).differingFraction()).isEqualTo(1.0);
    }

    @Test
    void aOnePixelShiftOfTheSquareDiffersOnTwoEdgeColumnsOfTheUnion() {
        BufferedImage shifted = new BufferedImage(100, 100, BufferedImage.TYPE_INT_ARGB);
        for (int y = 20; y < 30; y++) {
            for (int x = 21; x < 31; x++) {
                shifted.setRGB(x, y, 0xFFFF0000);
            }
        }
        // Union of drawn pixels: columns 20..30 x 10 rows = 110; differing: column 20 and column 30 = 20.
        assertThat(ImageComparison.of(squareOn(0xFF0000), shifted, 16).differingFraction()).isEqualTo(20.0 / 110);
    }

    @Test
    void fullyTransparentPixelsCompareEqualWhateverTheirColourBits() {
        assertThat(ImageComparison.differs(0x00FFFFFF, 0x00000000, 0)).isFalse();
        assertThat(ImageComparison.differs(0x01FFFFFF, 0x00000000, 0)).isTrue();
    }

    @Test
    void differentSizesAreRejected() {
        assertThatThrownBy(() -> ImageComparison.of(new BufferedImage(2, 2, BufferedImage.TYPE_INT_ARGB),
                new BufferedImage(3, 2, BufferedImage.TYPE_INT_ARGB), 16)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("3x2");
    }
}
