package org.ecocorridor.ogc.style;

import java.util.Objects;

/**
 * An image symbol ({@code ExternalGraphic}, SLD 1.0 §11.3.2 / SE 1.1 §11.3.2). The location is
 * absolute: the parser resolves relative {@code xlink:href}s against the style document's URI and
 * turns SE {@code InlineContent} (base64) into a {@code data:} URI. Ecocorridor renders PNG, GIF
 * and JPEG; SVG is not supported (Batik is heavy), so styles should follow an SVG graphic with a
 * {@link Mark} fallback.
 *
 * <p>Immutable.
 *
 * @param location where the image is ({@code file:}, {@code jar:} or {@code data:})
 * @param format   MIME type, e.g. {@code image/png}
 */
public record ExternalGraphic(java.net.URI location, String format) implements GraphicSymbol {
    public ExternalGraphic {
        Objects.requireNonNull(location, "location");
        format = format == null ? "" : format.trim();
    }
}
