package org.ecocorridor.ogc.render;

import java.awt.Color;
import java.util.List;
import org.ecocorridor.ogc.style.FeatureTypeStyle;
import org.ecocorridor.ogc.style.Fill;
import org.ecocorridor.ogc.style.NamedStyle;
import org.ecocorridor.ogc.style.Rule;
import org.ecocorridor.ogc.style.Symbolizer;

/** Tiny style builders for renderer tests. */
final class Styles {
    private Styles() {
    }

    static NamedStyle of(Symbolizer... symbolizers) {
        return ofRules(Rule.of("all", List.of(symbolizers)));
    }

    static NamedStyle ofRules(Rule... rules) {
        return new NamedStyle("test", null, null, true, List.of(new FeatureTypeStyle(null, null, List.of(rules))));
    }

    static Fill solid(Color c) {
        return Fill.solid(c, 1);
    }
}
