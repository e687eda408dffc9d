package org.ecocorridor.report.model;

import java.util.List;
import java.util.Objects;

/** How a result was computed: text, formulas (plain Unicode) and citations. Immutable. */
public record MethodNote(String text, List<Formula> formulas, List<Citation> citations) implements ReportBlock {
    /** A formula with what it defines, e.g. {@code NLCC} = {@code CWD_A + CWD_B − LCD_AB}. */
    public record Formula(String label, String expression) {
        public Formula {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(expression, "expression");
        }
    }

    /** A reference; {@code url} may be null. */
    public record Citation(String text, String url) {
        public Citation {
            Objects.requireNonNull(text, "text");
        }
    }

    public MethodNote {
        Objects.requireNonNull(text, "text");
        formulas = List.copyOf(formulas);
        citations = List.copyOf(citations);
    }
}
