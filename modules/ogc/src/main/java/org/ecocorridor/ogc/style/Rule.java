package org.ecocorridor.ogc.style;

import java.util.List;
import java.util.Objects;
import org.ecocorridor.ogc.style.filter.Filter;

/**
 * A rule (SLD 1.0 §10.2, SE 1.1 §10.2): which features (filter, or "else" = features no other
 * rule of the feature type style took) at which scales get which symbolizers.
 * The rule is active when {@code minScaleDenominator ≤ scale < maxScaleDenominator}
 * (SLD 1.0 §10.2.2: the minimum is inclusive, the maximum exclusive).
 *
 * <p>Immutable.
 *
 * @param name                machine name, or null
 * @param title               legend text, or null
 * @param abstractText        description, or null
 * @param filter              which features (INCLUDE when absent)
 * @param elseFilter          whether this is an {@code ElseFilter} rule (then filter is INCLUDE)
 * @param minScaleDenominator inclusive lower bound, ≥ 0 (0 when absent)
 * @param maxScaleDenominator exclusive upper bound (+∞ when absent)
 * @param symbolizers         drawn in order
 */
public record Rule(String name, String title, String abstractText, Filter filter, boolean elseFilter,
        double minScaleDenominator, double maxScaleDenominator, List<Symbolizer> symbolizers) {

    public Rule {
        filter = Objects.requireNonNullElse(filter, Filter.INCLUDE);
        symbolizers = List.copyOf(symbolizers);
        if (elseFilter && filter != Filter.INCLUDE) {
            throw new IllegalArgumentException("Rule \"" + name + "\" has both a Filter and an ElseFilter");
        }
        if (!(minScaleDenominator >= 0)) {
            throw new IllegalArgumentException("MinScaleDenominator must be ≥ 0, got " + minScaleDenominator);
        }
        if (!(maxScaleDenominator > minScaleDenominator)) {
            throw new IllegalArgumentException("MaxScaleDenominator must exceed MinScaleDenominator "
                    + minScaleDenominator + ", got " + maxScaleDenominator);
        }
    }

    /** A rule for every feature at every scale. */
    public static Rule of(String title, List<Symbolizer> symbolizers) {
        return new Rule(null, title, null, Filter.INCLUDE, false, 0, Double.POSITIVE_INFINITY, symbolizers);
    }

    /** Whether the rule applies at this scale denominator. */
    public boolean appliesAtScale(double scaleDenominator) {
        return scaleDenominator >= minScaleDenominator && scaleDenominator < maxScaleDenominator;
    }

    /** The text for a legend: the title, else the name, else "". */
    public String legendLabel() {
        return title != null && !title.isBlank() ? title : name != null ? name : "";
    }
}
