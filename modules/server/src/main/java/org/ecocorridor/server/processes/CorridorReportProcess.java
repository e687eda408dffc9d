package org.ecocorridor.server.processes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executor;
import org.ecocorridor.connectivity.corridor.CorridorLink;
import org.ecocorridor.report.model.ReportSection;
import org.ecocorridor.server.analysis.CorridorRequest;
import org.ecocorridor.server.analysis.StoreCorridorAnalysis;
import org.ecocorridor.server.analysis.StorePatchNetworkAnalysis;
import org.ecocorridor.server.analysis.StorePatchNetworkAnalysis.LinkSource;
import org.ecocorridor.server.analysis.StorePatchNetworkAnalysis.PatchOutcome;
import org.ecocorridor.server.analysis.StorePatchNetworkAnalysis.TransboundaryOutcome;
import org.ecocorridor.server.processes.ProcessDescription.Parameter;
import org.ecocorridor.store.SpatialStore;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The whole chain for one species in one request: resistance, least-cost corridors, patch metrics on the
 * corridors' links, and transboundary statistics, published together and reported as one document.
 */
public final class CorridorReportProcess implements AnalysisProcess {
    public static final String ID = "corridor-report";
    private final Executor executor;

    public CorridorReportProcess(Executor executor) {
        this.executor = executor;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public ProcessDescription describe(SpatialStore store) {
        Map<String, Parameter> out = new LinkedHashMap<>(LeastCostCorridorsProcess.outputs());
        for (String o : List.of("patch_metrics", "border_crossings", "country_shares", "country_pairs")) {
            out.put(o, new Parameter(o, "Published layer run_<id>_" + o, Schemas.layerLink(), 1, 1));
        }
        out.put("report", new Parameter("Report", "The run's report (HTML and PDF)", Schemas.layerLink(), 1, 1));
        return new ProcessDescription(ID, "Corridor report", "One request runs the whole chain for a big cat —"
                + " resistance, least-cost corridors (Linkage Mapper), patch connectivity (PC, ECA, dPC) and"
                + " transboundary statistics — and returns a citable report with maps, tables, charts, quality"
                + " checks and the method.", "1.0.0", List.of("corridor", "report", "transboundary", "connectivity"),
                CorridorInputs.describe(false), out, false);
    }

    @Override
    public ObjectNode validate(JsonNode inputs, SpatialStore store) {
        ProcessInputs in = new ProcessInputs(inputs);
        CorridorRequest r = CorridorInputs.read(in, false);
        LeastCostCorridorsProcess.requireRaster(store, r.landCoverRaster());
        return in.complete();
    }

    @Override
    public ProcessOutcome execute(ProcessContext context) {
        CorridorRequest request = CorridorInputs.of(context.inputs(), false);
        context.recordInput(ContentHashes.stored(context.store(), "land cover", request.landCoverRaster()));
        context.recordInput(ContentHashes.stored(context.store(), "core patches", "habitat_patches"));
        context.recordInput(ContentHashes.stored(context.store(), "countries", "countries"));
        context.recordInput(ContentHashes.stored(context.store(), "infrastructure", "infrastructure"));
        CollectingScope scope = new CollectingScope(context);
        StoreCorridorAnalysis.Outcome corridors = new StoreCorridorAnalysis(context.store(), executor)
                .run(request, scope, context.progress().range(0, 0.7));
        StorePatchNetworkAnalysis network = new StorePatchNetworkAnalysis(context.store(), executor);
        PatchOutcome patches = network.patchMetrics(request, LinkSource.LEAST_COST, corridors, scope,
                context.progress().range(0.7, 0.8));
        TransboundaryOutcome tb = network.transboundary(request, corridors, scope, context.progress().range(0.8, 0.9));
        List<String> layers = scope.publishAll();
        int epsg = corridors.resistance().geometry().epsg();
        List<ReportSection> sections = new ArrayList<>(CorridorReport.sections(corridors, request));
        sections.addAll(NetworkReport.patches(patches, find(layers, "_patch_metrics"), epsg));
        sections.addAll(NetworkReport.transboundary(tb, List.of(find(layers, "_corridors"), find(layers, "_lcps"),
                find(layers, "_border_crossings")), epsg));
        long kept = corridors.network().links().stream().filter(CorridorLink::isKept).count();
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("corridors", kept);
        values.put("eca_km2", patches.result().eca());
        values.put("percent_eca_lost", tb.dependence().percentEcaLost());
        String summary = String.format(Locale.ROOT, "%d corridors between %d cores; ECA %.1f km²; %.2f %% of ECA lost"
                + " with every border closed", kept, corridors.network().cores().size(), patches.result().eca(),
                tb.dependence().percentEcaLost());
        return new ProcessOutcome(layers, summary, values, "Corridor report: " + request.species().displayName()
                + (request.countries().isEmpty() ? "" : ", " + String.join("–", request.countries())), summary + ".",
                sections);
    }

    private static String find(List<String> layers, String suffix) {
        return layers.stream().filter(l -> l.endsWith(suffix)).findFirst().orElseThrow();
    }
}
