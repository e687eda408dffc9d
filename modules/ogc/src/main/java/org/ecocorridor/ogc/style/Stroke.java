package org.ecocorridor.ogc.style;

import java.awt.Color;
import java.util.List;
import java.util.Objects;

/**
 * How a line is drawn (SLD 1.0 §11.1.3 {@code Stroke} with CSS/SVG parameters {@code stroke},
 * {@code stroke-width}, {@code stroke-opacity}, {@code stroke-dasharray}, {@code stroke-dashoffset},
 * {@code stroke-linejoin}, {@code stroke-linecap}). Lengths are in the symbolizer's unit of measure.
 * Defaults follow SLD/SVG: black, width 1, opaque, solid, mitre join, butt cap.
 *
 * <p>Immutable.
 *
 * @param color      colour (no alpha; see opacity)
 * @param opacity    0 (invisible) to 1 (opaque)
 * @param width      line width, &gt; 0
 * @param dashArray  alternating dash and gap lengths (empty = solid), each ≥ 0, not all 0
 * @param dashOffset distance into the dash pattern at which the line starts
 * @param lineJoin   corner style
 * @param lineCap    end style
 */
public record Stroke(Color color, double opacity, double width, List<Double> dashArray, double dashOffset,
        LineJoin lineJoin, LineCap lineCap) {

    /** The SLD default stroke. */
    public static final Stroke DEFAULT = new Stroke(Color.BLACK, 1, 1, List.of(), 0, LineJoin.MITRE, LineCap.BUTT);

    /** {@code stroke-linejoin} values. */
    public enum LineJoin { MITRE, ROUND, BEVEL }

    /** {@code stroke-linecap} values. */
    public enum LineCap { BUTT, ROUND, SQUARE }

    public Stroke {
        Objects.requireNonNull(color, "color");
        Objects.requireNonNull(lineJoin, "lineJoin");
        Objects.requireNonNull(lineCap, "lineCap");
        StyleChecks.requireOpacity("stroke-opacity", opacity);
        if (!(width > 0) || !Double.isFinite(width)) {
            throw new IllegalArgumentException("stroke-width must be positive, got " + width);
        }
        dashArray = List.copyOf(dashArray);
        double sum = 0;
        for (double d : dashArray) {
            if (!(d >= 0) || !Double.isFinite(d)) {
                throw new IllegalArgumentException("stroke-dasharray entries must be ≥ 0, got " + dashArray);
            }
            sum += d;
        }
        if (!dashArray.isEmpty() && sum == 0) {
            throw new IllegalArgumentException("stroke-dasharray must not be all zeros, got " + dashArray);
        }
        if (!Double.isFinite(dashOffset)) {
            throw new IllegalArgumentException("stroke-dashoffset must be finite, got " + dashOffset);
        }
    }

    /** A solid stroke with round joins and caps. */
    public static Stroke solid(Color color, double width) {
        return new Stroke(color, 1, width, List.of(), 0, LineJoin.ROUND, LineCap.ROUND);
    }
}
