package org.ecocorridor.report.model;

import java.util.Objects;

/** Plain text (no markup; blank lines separate paragraphs). Immutable. */
public record Paragraph(String text) implements ReportBlock {
    public Paragraph {
        Objects.requireNonNull(text, "text");
    }
}
