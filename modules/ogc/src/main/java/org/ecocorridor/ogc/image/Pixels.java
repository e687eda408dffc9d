package org.ecocorridor.ogc.image;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.awt.image.SinglePixelPackedSampleModel;

/**
 * Row access to an image as non-premultiplied ARGB ints: straight from the backing array for
 * unshifted {@code TYPE_INT_ARGB}/{@code TYPE_INT_RGB} images (RGB rows get alpha 255), through
 * {@link BufferedImage#getRGB} otherwise.
 *
 * <p>Not thread-safe; one per encoding.
 */
final class Pixels {
    private final BufferedImage image;
    private final int[] data;
    private final boolean opaqueType;
    private final int width;

    Pixels(BufferedImage image) {
        this.image = image;
        this.width = image.getWidth();
        int type = image.getType();
        int[] direct = null;
        if ((type == BufferedImage.TYPE_INT_ARGB || type == BufferedImage.TYPE_INT_RGB)
                && image.getRaster().getDataBuffer() instanceof DataBufferInt db
                && image.getSampleModel() instanceof SinglePixelPackedSampleModel sm
                && sm.getScanlineStride() == width && db.getOffset() == 0
                && image.getRaster().getSampleModelTranslateX() == 0
                && image.getRaster().getSampleModelTranslateY() == 0
                && db.getSize() >= width * image.getHeight()) {
            direct = db.getData();
        }
        this.data = direct;
        this.opaqueType = type == BufferedImage.TYPE_INT_RGB || !image.getColorModel().hasAlpha();
    }

    /** Copies row {@code y} into {@code row} (length ≥ width) as ARGB. */
    void row(int y, int[] row) {
        if (data != null) {
            System.arraycopy(data, y * width, row, 0, width);
        } else {
            image.getRGB(0, y, width, 1, row, 0, width);
        }
        if (opaqueType) {
            for (int i = 0; i < width; i++) {
                row[i] |= 0xFF000000;
            }
        }
    }

    /** Whether every pixel is opaque (always true for images without alpha). */
    boolean allOpaque() {
        if (opaqueType) {
            return true;
        }
        int[] row = new int[width];
        for (int y = 0; y < image.getHeight(); y++) {
            row(y, row);
            for (int i = 0; i < width; i++) {
                if ((row[i] >>> 24) != 255) {
                    return false;
                }
            }
        }
        return true;
    }
}
