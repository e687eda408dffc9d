package org.ecocorridor.report.model;

import java.util.List;
import java.util.Objects;

/**
 * A run's report: who asked what, what came out, and how it was computed. Immutable.
 *
 * @param run      metadata of the run (request, inputs with hashes, outputs, software version)
 * @param title    report title, e.g. "Least-cost corridors for Amur leopard"
 * @param summary  one or two sentences of findings, shown first
 * @param sections the body, in reading order
 */
public record RunReport(RunMetadata run, String title, String summary, List<ReportSection> sections) {
    public RunReport {
        Objects.requireNonNull(run, "run");
        Objects.requireNonNull(title, "title");
        summary = summary == null ? "" : summary;
        sections = List.copyOf(sections);
    }

    /** Every table of the report, in reading order (each one is also offered as CSV). */
    public List<ReportTable> tables() {
        return sections.stream().flatMap(s -> s.blocks().stream())
                .filter(ReportTable.class::isInstance).map(ReportTable.class::cast).toList();
    }
}
