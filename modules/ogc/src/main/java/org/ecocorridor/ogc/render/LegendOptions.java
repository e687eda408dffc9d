package org.ecocorridor.ogc.render;

import java.awt.Color;
import java.util.Objects;

/**
 * How a legend is drawn (the WMS {@code GetLegendGraphic} parameters WIDTH, HEIGHT, SCALE, RULE,
 * TRANSPARENT and the usual LEGEND_OPTIONS font settings). Sizes are standard pixels, scaled by
 * {@code dpi / 90.714}.
 *
 * <p>Immutable.
 *
 * @param swatchWidthPx    symbol box width, 4 to 512
 * @param swatchHeightPx   symbol box height (grown for larger point symbols), 4 to 512
 * @param fontFamily       label font family
 * @param fontSizePx       label font size, &gt; 0
 * @param fontColor        label colour
 * @param transparent      transparent background
 * @param background       background colour when opaque
 * @param dpi              output resolution
 * @param scaleDenominator only rules active at this scale, or NaN for all rules
 * @param ruleName         only the rule of this name, or null for all
 */
public record LegendOptions(int swatchWidthPx, int swatchHeightPx, String fontFamily, double fontSizePx,
        Color fontColor, boolean transparent, Color background, double dpi, double scaleDenominator,
        String ruleName) {

    public LegendOptions {
        if (swatchWidthPx < 4 || swatchWidthPx > 512 || swatchHeightPx < 4 || swatchHeightPx > 512) {
            throw new IllegalArgumentException("Legend swatch size must be within 4..512 px, got " + swatchWidthPx
                    + " x " + swatchHeightPx);
        }
        Objects.requireNonNull(fontFamily, "fontFamily");
        if (!(fontSizePx > 0 && fontSizePx <= 200)) {
            throw new IllegalArgumentException("fontSizePx must be in (0, 200], got " + fontSizePx);
        }
        Objects.requireNonNull(fontColor, "fontColor");
        Objects.requireNonNull(background, "background");
        if (!(dpi > 0 && dpi <= 2400)) {
            throw new IllegalArgumentException("dpi must be in (0, 2400], got " + dpi);
        }
    }

    /** 20 × 20 swatches, 12 px SansSerif black labels, white background, all rules. */
    public static LegendOptions defaults() {
        return new LegendOptions(20, 20, "SansSerif", 12, Color.BLACK, false, Color.WHITE, MapRequest.STANDARD_DPI,
                Double.NaN, null);
    }

    public LegendOptions withSwatchSize(int widthPx, int heightPx) {
        return new LegendOptions(widthPx, heightPx, fontFamily, fontSizePx, fontColor, transparent, background, dpi,
                scaleDenominator, ruleName);
    }

    public LegendOptions withScaleDenominator(double scale) {
        return new LegendOptions(swatchWidthPx, swatchHeightPx, fontFamily, fontSizePx, fontColor, transparent,
                background, dpi, scale, ruleName);
    }

    public LegendOptions withRule(String name) {
        return new LegendOptions(swatchWidthPx, swatchHeightPx, fontFamily, fontSizePx, fontColor, transparent,
                background, dpi, scaleDenominator, name);
    }

    public LegendOptions withTransparent(boolean newTransparent) {
        return new LegendOptions(swatchWidthPx, swatchHeightPx, fontFamily, fontSizePx, fontColor, newTransparent,
                background, dpi, scaleDenominator, ruleName);
    }
}
