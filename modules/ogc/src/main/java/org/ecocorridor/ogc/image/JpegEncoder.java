package org.ecocorridor.ogc.image;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Iterator;
import java.util.Objects;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/**
 * Baseline JPEG through ImageIO. JPEG has no alpha: the image is first composited over the
 * background colour (white by default), so transparent areas do not turn black.
 *
 * <p>Immutable and thread-safe (a writer per call).
 */
public final class JpegEncoder implements ImageEncoder {
    /** Default quality: 0.85, a good size/quality balance for maps with text. */
    public static final float DEFAULT_QUALITY = 0.85f;

    private final float quality;
    private final Color background;

    public JpegEncoder() {
        this(DEFAULT_QUALITY, Color.WHITE);
    }

    /**
     * @param quality    0 (smallest) to 1 (best)
     * @param background colour under transparent pixels
     */
    public JpegEncoder(float quality, Color background) {
        if (!(quality >= 0 && quality <= 1)) {
            throw new IllegalArgumentException("quality must be in [0, 1], got " + quality);
        }
        this.quality = quality;
        this.background = Objects.requireNonNull(background, "background");
    }

    @Override
    public String mimeType() {
        return "image/jpeg";
    }

    @Override
    public void encode(BufferedImage image, OutputStream out) throws IOException {
        BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = rgb.createGraphics();
        try {
            g.setColor(background);
            g.fillRect(0, 0, rgb.getWidth(), rgb.getHeight());
            g.drawImage(image, 0, 0, null);
        } finally {
            g.dispose();
        }
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("jpeg");
        if (!writers.hasNext()) {
            throw new IOException("No JPEG writer in this Java runtime");
        }
        ImageWriter writer = writers.next();
        try (ImageOutputStream ios = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(ios);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(quality);
            writer.write(null, new IIOImage(rgb, null, null), param);
        } finally {
            writer.dispose();
        }
    }
}
