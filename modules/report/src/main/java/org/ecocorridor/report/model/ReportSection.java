package org.ecocorridor.report.model;

import java.util.List;
import java.util.Objects;

/** A titled section of a report. Immutable. */
public record ReportSection(String title, List<ReportBlock> blocks) {
    public ReportSection {
        Objects.requireNonNull(title, "title");
        blocks = List.copyOf(blocks);
    }

    public static ReportSection of(String title, ReportBlock... blocks) {
        return new ReportSection(title, List.of(blocks));
    }
}
