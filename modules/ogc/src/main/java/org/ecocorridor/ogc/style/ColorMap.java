package org.ecocorridor.ogc.style;

import java.util.List;
import java.util.Objects;

/**
 * Maps raster values to colours (SLD 1.0 §11.6.5 {@code ColorMap}; the {@code type} attribute is
 * the GeoServer/QGIS extension, SE 1.1 {@code Categorize}/{@code Interpolate} map to
 * {@link Type#INTERVALS}/{@link Type#RAMP}). NaN (NoData) is always transparent.
 * <ul>
 *   <li>{@link Type#RAMP}: between entries i and i+1 every channel and the opacity are interpolated
 *   linearly, {@code c = c_i + (v − q_i)/(q_{i+1} − q_i) · (c_{i+1} − c_i)}; values below the first
 *   entry take its colour, above the last the last colour (SE 1.1 §11.6.3, Interpolate).</li>
 *   <li>{@link Type#INTERVALS}: a value takes the colour of the first entry whose quantity is
 *   strictly above it, so entry i covers [q_{i−1}, q_i); values ≥ the last quantity are transparent.</li>
 *   <li>{@link Type#VALUES}: the entry whose quantity equals the value in single precision (rasters
 *   are float32); other values are transparent.</li>
 * </ul>
 * Ramp and intervals entries must be in non-decreasing order of quantity.
 *
 * <p>Immutable and thread-safe.
 *
 * @param type    how values are matched
 * @param entries at least one entry
 */
public record ColorMap(Type type, List<ColorMapEntry> entries) {

    /** The three colour-map types. */
    public enum Type { RAMP, INTERVALS, VALUES }

    public ColorMap {
        Objects.requireNonNull(type, "type");
        entries = List.copyOf(entries);
        if (entries.isEmpty()) {
            throw new IllegalArgumentException("ColorMap needs at least one ColorMapEntry");
        }
        if (type != Type.VALUES) {
            for (int i = 1; i < entries.size(); i++) {
                if (entries.get(i).quantity() < entries.get(i - 1).quantity()) {
                    throw new IllegalArgumentException("ColorMap " + type.name().toLowerCase(java.util.Locale.ROOT)
                            + " quantities must not decrease, got " + entries.get(i - 1).quantity() + " then "
                            + entries.get(i).quantity());
                }
            }
        }
    }

    /** The non-premultiplied ARGB colour of a raster value; 0 (transparent) when unmapped or NaN. */
    public int argb(double value) {
        if (Double.isNaN(value)) {
            return 0;
        }
        return switch (type) {
            case RAMP -> ramp(value);
            case INTERVALS -> interval(value);
            case VALUES -> exact(value);
        };
    }

    private int ramp(double v) {
        int n = entries.size();
        if (v <= entries.get(0).quantity()) {
            return entries.get(0).argb();
        }
        if (v >= entries.get(n - 1).quantity()) {
            return entries.get(n - 1).argb();
        }
        int lo = 0;
        int hi = n - 1;
        while (hi - lo > 1) { // invariant: q[lo] < v < q[hi]... or ≤; ends with q[lo] ≤ v < q[hi]
            int mid = (lo + hi) >>> 1;
            if (entries.get(mid).quantity() <= v) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        ColorMapEntry a = entries.get(lo);
        ColorMapEntry b = entries.get(hi);
        double t = (v - a.quantity()) / (b.quantity() - a.quantity());
        int ca = a.argb();
        int cb = b.argb();
        return (mix(ca >>> 24, cb >>> 24, t) << 24) | (mix((ca >> 16) & 255, (cb >> 16) & 255, t) << 16)
                | (mix((ca >> 8) & 255, (cb >> 8) & 255, t) << 8) | mix(ca & 255, cb & 255, t);
    }

    private static int mix(int a, int b, double t) {
        return (int) Math.round(a + (b - a) * t);
    }

    private int interval(double v) {
        int lo = 0;
        int hi = entries.size();
        while (lo < hi) { // first index with quantity > v
            int mid = (lo + hi) >>> 1;
            if (entries.get(mid).quantity() > v) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo < entries.size() ? entries.get(lo).argb() : 0;
    }

    private int exact(double v) {
        float f = (float) v;
        for (ColorMapEntry e : entries) {
            if ((float) e.quantity() == f) {
                return e.argb();
            }
        }
        return 0;
    }
}
