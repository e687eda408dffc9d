package org.ecocorridor.ogc.style;

import java.util.List;

/**
 * A group of rules drawn as one pass over the layer (SLD 1.0 §10.1, SE 1.1 §10.1; SE
 * {@code CoverageStyle}s are read into this type too). Several feature type styles are drawn one
 * after the other, which is how road casings stay clean at junctions.
 *
 * <p>Immutable.
 *
 * @param name  name, or null
 * @param title title, or null
 * @param rules rules in order
 */
public record FeatureTypeStyle(String name, String title, List<Rule> rules) {
    public FeatureTypeStyle {
        rules = List.copyOf(rules);
    }
}
