package org.ecocorridor.ogc.style.sld;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import org.ecocorridor.ogc.style.ColorMap;
import org.ecocorridor.ogc.style.ColorMapEntry;

/**
 * Reads a raster {@code ColorMap}:
 * <ul>
 *   <li>SLD 1.0: {@code ColorMapEntry} elements (color, opacity, quantity, label) with the
 *   GeoServer/QGIS {@code type} attribute ({@code ramp} when absent, {@code intervals},
 *   {@code values});</li>
 *   <li>SE 1.1: {@code Categorize} (value₀, threshold₁, value₁, …: v &lt; t₁ → value₀, t₁ ≤ v &lt; t₂ →
 *   value₁, …, v ≥ tₙ → valueₙ; {@code threshholdsBelongTo="preceding"} moves each threshold to the
 *   lower class) → {@link ColorMap.Type#INTERVALS} with a last quantity of +∞, and
 *   {@code Interpolate} (InterpolationPoint Data/Value) → {@link ColorMap.Type#RAMP}; the
 *   cosine/cubic modes are drawn linearly.</li>
 * </ul>
 *
 * <p>Thread-safe: stateless.
 */
final class ColorMapReader {
    private ColorMapReader() {
    }

    static ColorMap read(StaxCursor c) {
        String typeAttribute = c.attribute("type");
        ColorMap.Type type = typeAttribute == null ? ColorMap.Type.RAMP : switch (Parameters.lower(typeAttribute)) {
            case "ramp" -> ColorMap.Type.RAMP;
            case "intervals" -> ColorMap.Type.INTERVALS;
            case "values" -> ColorMap.Type.VALUES;
            default -> throw c.error("ColorMap type must be ramp, intervals or values, got \"" + typeAttribute + "\"");
        };
        List<ColorMapEntry> entries = new ArrayList<>();
        ColorMap se = null;
        while (c.nextChild()) {
            switch (c.name()) {
                case "ColorMapEntry" -> entries.add(entry(c));
                case "Categorize" -> se = categorize(c);
                case "Interpolate" -> se = interpolate(c);
                default -> c.skip();
            }
        }
        if (se != null) {
            return se;
        }
        return GraphicReader.build(c, () -> new ColorMap(type, entries));
    }

    private static ColorMapEntry entry(StaxCursor c) {
        String colorText = c.attribute("color");
        if (colorText == null) {
            throw c.error("ColorMapEntry needs a color attribute");
        }
        Color color = Parameters.color(c, colorText);
        double opacity = Parameters.attributeNumber(c, "opacity", 1) * color.getAlpha() / 255.0;
        double quantity = Parameters.attributeNumber(c, "quantity", Double.NaN);
        if (Double.isNaN(quantity)) {
            throw c.error("ColorMapEntry needs a quantity attribute");
        }
        String label = c.attribute("label");
        c.skip();
        return GraphicReader.build(c, () -> new ColorMapEntry(quantity, new Color(color.getRGB() & 0xFFFFFF),
                opacity, label));
    }

    private static ColorMap categorize(StaxCursor c) {
        boolean preceding = "preceding".equalsIgnoreCase(c.attribute("threshholdsBelongTo"))
                || "preceding".equalsIgnoreCase(c.attribute("thresholdsBelongTo"));
        List<Color> values = new ArrayList<>();
        List<Double> thresholds = new ArrayList<>();
        while (c.nextChild()) {
            switch (c.name()) {
                case "Value" -> values.add(Parameters.color(c, Parameters.text(c)));
                case "Threshold" -> {
                    double t = Parameters.number(c);
                    thresholds.add(preceding ? Math.nextUp(t) : t);
                }
                default -> c.skip(); // LookupValue: the single band
            }
        }
        if (values.size() != thresholds.size() + 1) {
            throw c.error("Categorize needs one more Value than Threshold, got " + values.size() + " values and "
                    + thresholds.size() + " thresholds");
        }
        List<ColorMapEntry> entries = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            double upper = i < thresholds.size() ? thresholds.get(i) : Double.POSITIVE_INFINITY;
            entries.add(seEntry(values.get(i), upper));
        }
        return GraphicReader.build(c, () -> new ColorMap(ColorMap.Type.INTERVALS, entries));
    }

    private static ColorMap interpolate(StaxCursor c) {
        List<ColorMapEntry> entries = new ArrayList<>();
        while (c.nextChild()) {
            if (c.name().equals("InterpolationPoint")) {
                double[] data = {Double.NaN};
                Color[] value = {null};
                while (c.nextChild()) {
                    switch (c.name()) {
                        case "Data" -> data[0] = Parameters.number(c);
                        case "Value" -> value[0] = Parameters.color(c, Parameters.text(c));
                        default -> c.skip();
                    }
                }
                if (Double.isNaN(data[0]) || value[0] == null) {
                    throw c.error("InterpolationPoint needs Data and Value");
                }
                entries.add(seEntry(value[0], data[0]));
            } else {
                c.skip();
            }
        }
        return GraphicReader.build(c, () -> new ColorMap(ColorMap.Type.RAMP, entries));
    }

    private static ColorMapEntry seEntry(Color color, double quantity) {
        return new ColorMapEntry(quantity, new Color(color.getRGB() & 0xFFFFFF), color.getAlpha() / 255.0, null);
    }
}
