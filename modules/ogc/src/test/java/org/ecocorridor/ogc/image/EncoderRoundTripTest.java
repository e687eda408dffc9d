package org.ecocorridor.ogc.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** Encoders checked by decoding with ImageIO, an independent PNG/JPEG reader. */
class EncoderRoundTripTest {

    private static byte[] encode(ImageEncoder encoder, BufferedImage img) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        encoder.encode(img, out);
        return out.toByteArray();
    }

    private static BufferedImage decode(byte[] bytes) throws IOException {
        return ImageIO.read(new ByteArrayInputStream(bytes));
    }

    /** Chunk types and lengths in file order, after the 8-byte signature. */
    private static Map<String, Integer> chunks(byte[] png) {
        Map<String, Integer> chunks = new LinkedHashMap<>();
        ByteBuffer b = ByteBuffer.wrap(png, 8, png.length - 8);
        while (b.remaining() >= 12) {
            int length = b.getInt();
            byte[] type = new byte[4];
            b.get(type);
            chunks.merge(new String(type, java.nio.charset.StandardCharsets.US_ASCII), length, Integer::sum);
            b.position(b.position() + length + 4);
        }
        return chunks;
    }

    /** Random noise (exercises every filter type) with random alpha, including fully transparent pixels. */
    private static BufferedImage noise(int w, int h, boolean alpha, long seed) {
        Random r = new Random(seed);
        BufferedImage img = new BufferedImage(w, h, alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int a = alpha ? (r.nextInt(4) == 0 ? 0 : r.nextInt(256)) : 255;
                img.setRGB(x, y, (a << 24) | (r.nextInt(1 << 24)));
            }
        }
        return img;
    }

    @Test
    void truecolourPngRoundTripsRgbExactly() throws IOException {
        BufferedImage img = noise(67, 41, false, 1);
        byte[] png = encode(new PngEncoder(3, PngEncoder.Filtering.ADAPTIVE), img);
        BufferedImage back = decode(png);
        assertThat(back.getColorModel().hasAlpha()).as("opaque image written as 24-bit").isFalse();
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                assertThat(back.getRGB(x, y)).isEqualTo(img.getRGB(x, y) | 0xFF000000);
            }
        }
    }

    @Test
    void truecolourPngRoundTripsRgbaExactly() throws IOException {
        BufferedImage img = noise(53, 38, true, 2);
        for (int level : new int[] {0, 1, 6, 9}) {
          for (PngEncoder.Filtering filtering : PngEncoder.Filtering.values()) {
            BufferedImage back = decode(encode(new PngEncoder(level, filtering), img));
            assertThat(back.getColorModel().hasAlpha()).isTrue();
            for (int y = 0; y < img.getHeight(); y++) {
                for (int x = 0; x < img.getWidth(); x++) {
                    int expected = img.getRGB(x, y);
                    int actual = back.getRGB(x, y);
                    assertThat(actual >>> 24).isEqualTo(expected >>> 24);
                    if ((expected >>> 24) != 0) {
                        assertThat(actual).as("level %d %s pixel %d,%d", level, filtering, x, y).isEqualTo(expected);
                    }
                }
            }
          }
        }
    }

    @Test
    void subImagesAndOtherTypesAreReadThroughGetRgb() throws IOException {
        BufferedImage big = noise(40, 40, true, 3);
        BufferedImage sub = big.getSubimage(5, 7, 20, 10);
        BufferedImage back = decode(encode(new PngEncoder(), sub));
        assertThat(back.getRGB(3, 4)).isEqualTo(big.getRGB(8, 11));
        BufferedImage gray = new BufferedImage(8, 8, BufferedImage.TYPE_BYTE_GRAY);
        gray.getRaster().setSample(2, 3, 0, 200);
        assertThat(decode(encode(new PngEncoder(), gray)).getRGB(2, 3)).isEqualTo(gray.getRGB(2, 3));
    }

    @Test
    void palettedPngHasPlteAndIsExactForFewColours() throws IOException {
        BufferedImage img = new BufferedImage(32, 32, BufferedImage.TYPE_INT_ARGB);
        int[] colours = {0x00000000, 0xFFFF0000, 0xFF00FF00, 0x800000FF, 0xFFFFFFFF};
        for (int y = 0; y < 32; y++) {
            for (int x = 0; x < 32; x++) {
                img.setRGB(x, y, colours[(x / 7 + y / 5) % colours.length]);
            }
        }
        byte[] png = encode(new PalettePngEncoder(), img);
        assertThat(png[25]).as("IHDR colour type 3 (palette)").isEqualTo((byte) 3);
        Map<String, Integer> chunks = chunks(png);
        assertThat(chunks.get("PLTE")).isEqualTo(3 * colours.length);
        assertThat(chunks).containsKey("tRNS");
        BufferedImage back = decode(png);
        for (int y = 0; y < 32; y++) {
            for (int x = 0; x < 32; x++) {
                assertThat(back.getRGB(x, y)).isEqualTo(img.getRGB(x, y));
            }
        }
    }

    @Test
    void palettedPngOfAntialiasedMapHasAtMost256ColoursAndSmallError() throws IOException {
        // a smooth gradient plus antialiased discs: far more than 256 colours before quantisation
        BufferedImage img = new BufferedImage(256, 256, BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < 256; y++) {
            for (int x = 0; x < 256; x++) {
                img.setRGB(x, y, 0xFF000000 | (x << 16) | (y << 8) | ((x + y) / 2));
            }
        }
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(new Color(255, 255, 255, 128));
        g.fill(new Ellipse2D.Double(30.3, 40.7, 120, 90));
        g.dispose();
        Set<Integer> before = new HashSet<>();
        for (int y = 0; y < 256; y++) {
            for (int x = 0; x < 256; x++) {
                before.add(img.getRGB(x, y));
            }
        }
        assertThat(before.size()).isGreaterThan(10_000);
        byte[] png = encode(new PalettePngEncoder(), img);
        assertThat(chunks(png).get("PLTE")).isLessThanOrEqualTo(3 * 256);
        BufferedImage back = decode(png);
        Set<Integer> after = new HashSet<>();
        double error = 0;
        for (int y = 0; y < 256; y++) {
            for (int x = 0; x < 256; x++) {
                int a = img.getRGB(x, y);
                int b = back.getRGB(x, y);
                after.add(b);
                error += Math.abs(((a >> 16) & 255) - ((b >> 16) & 255)) + Math.abs(((a >> 8) & 255) - ((b >> 8) & 255))
                        + Math.abs((a & 255) - (b & 255));
            }
        }
        assertThat(after.size()).isLessThanOrEqualTo(256);
        // 256 boxes over a 3-D gradient of side 256: box side ≈ 256 / 256^(1/3) ≈ 40, so mean error per
        // channel ≈ 40 / 4 = 10 for uniform data; require a mean absolute error below 12 per channel.
        assertThat(error / (256.0 * 256 * 3)).isLessThan(12);
    }

    @Test
    void palettedPngReducesMillionsOfColoursTo256() throws IOException {
        // 512 × 512 random colours with random alpha: ~260 000 distinct, more than the 65 536 the cut
        // works on directly, so low bits are dropped first
        BufferedImage img = noise(512, 512, true, 7);
        byte[] png = encode(new PalettePngEncoder(), img);
        Map<String, Integer> chunks = chunks(png);
        assertThat(chunks.get("PLTE")).isLessThanOrEqualTo(3 * 256);
        BufferedImage back = decode(png);
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < 512; y += 3) {
            for (int x = 0; x < 512; x += 3) {
                colours.add(back.getRGB(x, y));
                if ((img.getRGB(x, y) >>> 24) == 0) {
                    assertThat(back.getRGB(x, y) >>> 24).as("transparent stays transparent").isZero();
                }
            }
        }
        assertThat(colours.size()).isLessThanOrEqualTo(256);
    }

    @Test
    void jpegDecodesWithColoursCloseToTheSource() throws IOException {
        BufferedImage img = new BufferedImage(64, 64, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        g.setColor(new Color(0x2E7D32));
        g.fillRect(0, 0, 32, 64);
        g.dispose(); // right half stays transparent → white under JPEG
        byte[] jpg = encode(new JpegEncoder(), img);
        assertThat(jpg[0] & 0xFF).isEqualTo(0xFF);
        assertThat(jpg[1] & 0xFF).isEqualTo(0xD8); // SOI marker
        BufferedImage back = decode(jpg);
        assertThat(back.getWidth()).isEqualTo(64);
        int left = back.getRGB(10, 30);
        int right = back.getRGB(50, 30);
        assertThat(Math.abs(((left >> 8) & 255) - 0x7D)).isLessThan(12);
        assertThat(right & 0xFFFFFF).isGreaterThan(0xF0F0F0);
    }

    @Test
    void formatsResolveToEncoders() {
        assertThat(ImageEncoders.forFormat("image/png")).get().isInstanceOf(PngEncoder.class);
        assertThat(ImageEncoders.forFormat("image/png; mode=8bit")).get().isInstanceOf(PalettePngEncoder.class);
        assertThat(ImageEncoders.forFormat("IMAGE/PNG8")).get().isInstanceOf(PalettePngEncoder.class);
        assertThat(ImageEncoders.forFormat("image/jpeg")).get().isInstanceOf(JpegEncoder.class);
        assertThat(ImageEncoders.forFormat("image/svg+xml")).isEmpty();
    }
}
