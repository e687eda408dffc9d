package org.ecocorridor.ogc.image;

import java.util.Locale;
import java.util.Optional;

/**
 * The encoder for a WMS/WMTS {@code FORMAT} value: {@code image/png} (24/32-bit),
 * {@code image/png8} or {@code image/png; mode=8bit} (paletted), {@code image/jpeg}.
 *
 * <p>Thread-safe: stateless.
 */
public final class ImageEncoders {
    private ImageEncoders() {
    }

    /** The encoder for a MIME type (case and spaces ignored), or empty when unsupported. */
    public static Optional<ImageEncoder> forFormat(String mimeType) {
        if (mimeType == null) {
            return Optional.empty();
        }
        String m = mimeType.toLowerCase(Locale.ROOT).replace(" ", "");
        return switch (m) {
            case "image/png", "png", "image/png;mode=24bit", "image/png;mode=32bit" -> Optional.of(new PngEncoder());
            case "image/png8", "png8", "image/png;mode=8bit" -> Optional.of(new PalettePngEncoder());
            case "image/jpeg", "image/jpg", "jpeg", "jpg" -> Optional.of(new JpegEncoder());
            default -> Optional.empty();
        };
    }
}
