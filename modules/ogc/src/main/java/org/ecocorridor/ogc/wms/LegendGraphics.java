package org.ecocorridor.ogc.wms;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.Locale;
import org.ecocorridor.ogc.exception.OgcException;
import org.ecocorridor.ogc.exception.WmsExceptionCodes;
import org.ecocorridor.ogc.ows.KvpParameters;
import org.ecocorridor.ogc.ows.RequestUser;
import org.ecocorridor.ogc.render.LegendOptions;
import org.ecocorridor.ogc.render.LegendRenderer;
import org.ecocorridor.ogc.style.NamedStyle;

/**
 * GetLegendGraphic (SLD 1.1.0 §10.2 / WMS 1.1.1 SLD profile): LAYER, STYLE (default when absent),
 * FORMAT (PNG only), WIDTH/HEIGHT (swatch size, default 20), RULE, SCALE, TRANSPARENT, and
 * LEGEND_OPTIONS {@code fontSize:N;fontColor:0xRRGGBB;fontName:X;dpi:N} (GeoServer's spelling).
 * One row per titled rule, drawn by {@link LegendRenderer}.
 *
 * <p>Thread-safe.
 */
final class LegendGraphics {
    private final LayerDirectory directory;
    private final LegendRenderer renderer;

    LegendGraphics(LayerDirectory directory, LegendRenderer renderer) {
        this.directory = directory;
        this.renderer = renderer;
    }

    BufferedImage render(KvpParameters kvp, RequestUser user) {
        PublishedLayer layer = directory.require(kvp.require("LAYER"), user, "LAYER");
        String format = kvp.get("FORMAT", "image/png").toLowerCase(Locale.ROOT);
        if (!format.startsWith("image/png")) {
            throw WmsExceptionCodes.error(WmsExceptionCodes.INVALID_FORMAT, "FORMAT",
                    "GetLegendGraphic supports image/png only, got \"" + format + "\"");
        }
        String styleName = kvp.get("STYLE", "");
        NamedStyle style = layer.style(styleName).orElseThrow(() -> WmsExceptionCodes.error(
                WmsExceptionCodes.STYLE_NOT_DEFINED, "STYLE", "Style \"" + styleName + "\" is not defined for layer \""
                        + layer.name() + "\""));
        LegendOptions o = LegendOptions.defaults()
                .withSwatchSize(swatch(kvp, "WIDTH"), swatch(kvp, "HEIGHT"))
                .withTransparent("true".equalsIgnoreCase(kvp.get("TRANSPARENT", "false")));
        if (kvp.get("RULE") != null) {
            o = o.withRule(kvp.get("RULE"));
        }
        if (kvp.get("SCALE") != null) {
            o = o.withScaleDenominator(positive(kvp, "SCALE"));
        }
        o = options(o, kvp.get("LEGEND_OPTIONS"));
        return renderer.render(style, o);
    }

    private static LegendOptions options(LegendOptions o, String value) {
        if (value == null) {
            return o;
        }
        String family = o.fontFamily();
        double size = o.fontSizePx();
        Color color = o.fontColor();
        double dpi = o.dpi();
        for (String option : value.split(";")) {
            String[] kv = option.split(":", 2);
            if (kv.length != 2) {
                continue;
            }
            String v = kv[1].trim();
            try {
                switch (kv[0].trim().toLowerCase(Locale.ROOT)) {
                    case "fontname" -> family = v;
                    case "fontsize" -> size = Double.parseDouble(v);
                    case "fontcolor" -> color = GetMapParser.color(v);
                    case "dpi" -> dpi = Double.parseDouble(v);
                    default -> {
                        // other GeoServer options (fontAntiAliasing, forceLabels, ...) are accepted and ignored
                    }
                }
            } catch (NumberFormatException e) {
                throw OgcException.invalidParameter("LEGEND_OPTIONS", "Bad LEGEND_OPTIONS entry \"" + option + "\"");
            }
        }
        try {
            return new LegendOptions(o.swatchWidthPx(), o.swatchHeightPx(), family, size, color, o.transparent(),
                    o.background(), dpi, o.scaleDenominator(), o.ruleName());
        } catch (IllegalArgumentException e) {
            throw OgcException.invalidParameter("LEGEND_OPTIONS", e.getMessage());
        }
    }

    private static int swatch(KvpParameters kvp, String name) {
        long v = kvp.nonNegative(name, 20);
        if (v < 4 || v > 512) {
            throw OgcException.invalidParameter(name, name + " must be in [4, 512], got " + v);
        }
        return (int) v;
    }

    private static double positive(KvpParameters kvp, String name) {
        try {
            double v = Double.parseDouble(kvp.get(name));
            if (v > 0 && Double.isFinite(v)) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw OgcException.invalidParameter(name, name + " must be a positive number, got \"" + kvp.get(name) + "\"");
    }
}
