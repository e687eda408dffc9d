package org.ecocorridor.server.processes;

import java.util.List;
import java.util.Map;
import org.ecocorridor.report.model.ReportSection;

/**
 * What a finished process returns: the published layers, a one-line summary, the values served as the
 * job's results, and the body of its report (the job system adds the run metadata). Immutable.
 *
 * @param layers   names of the published layers, e.g. {@code run_42_corridors}
 * @param summary  one line, e.g. "12 corridors between 8 cores" (the job's final message)
 * @param values   scalar results by output name (e.g. {@code eca_km2}), served with the layer links
 * @param title    report title
 * @param findings a sentence or two for the top of the report
 * @param sections the report's body
 */
public record ProcessOutcome(List<String> layers, String summary, Map<String, Object> values, String title,
        String findings, List<ReportSection> sections) {
    public ProcessOutcome {
        layers = List.copyOf(layers);
        values = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(values));
        sections = List.copyOf(sections);
    }
}
