package org.ecocorridor.ogc.image;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Writes an image in one format. On the WMS/WMTS hot path, so implementations avoid per-pixel
 * objects.
 *
 * <p>Implementations are immutable and thread-safe.
 */
public interface ImageEncoder {

    /** The MIME type written, e.g. {@code image/png}. */
    String mimeType();

    /** Writes the image (the stream is not closed). */
    void encode(BufferedImage image, OutputStream out) throws IOException;
}
