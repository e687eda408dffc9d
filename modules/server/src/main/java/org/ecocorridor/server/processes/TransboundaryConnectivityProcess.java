package org.ecocorridor.server.processes;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executor;
import org.ecocorridor.server.analysis.CorridorRequest;
import org.ecocorridor.server.analysis.StorePatchNetworkAnalysis;
import org.ecocorridor.server.analysis.StorePatchNetworkAnalysis.TransboundaryOutcome;
import org.ecocorridor.server.processes.ProcessDescription.Parameter;
import org.ecocorridor.store.SpatialStore;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Per-country shares of corridors, border crossings and the connectivity lost if borders close. */
public final class TransboundaryConnectivityProcess implements AnalysisProcess {
    public static final String ID = "transboundary-connectivity";
    private final Executor executor;

    public TransboundaryConnectivityProcess(Executor executor) {
        this.executor = executor;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public ProcessDescription describe(SpatialStore store) {
        Map<String, Parameter> out = new LinkedHashMap<>();
        for (String o : List.of("border_crossings", "country_shares", "country_pairs")) {
            out.put(o, new Parameter(o, "Published layer run_<id>_" + o, Schemas.layerLink(), 1, 1));
        }
        out.put("percent_eca_lost", new Parameter("ECA lost with every border closed", "percent",
                Schemas.number(-1, null), 1, 1));
        return new ProcessDescription(ID, "Transboundary connectivity", "Least-cost corridors of a big cat split by"
                + " country: per-country shares of path length and corridor area, border crossings, and the percent"
                + " of equivalent connected area lost if each border (or all) closes.", "1.0.0",
                List.of("transboundary", "border", "connectivity"), CorridorInputs.describe(false), out, false);
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
        context.recordInput(ContentHashes.stored(context.store(), "core patches", "habitat_patches"));
        context.recordInput(ContentHashes.stored(context.store(), "land cover", request.landCoverRaster()));
        context.recordInput(ContentHashes.stored(context.store(), "countries", "countries"));
        CollectingScope scope = new CollectingScope(context);
        TransboundaryOutcome o = new StorePatchNetworkAnalysis(context.store(), executor).transboundary(request, null,
                scope, context.progress().range(0, 0.9));
        List<String> layers = scope.publishAll();
        int epsg = context.store().rasters().info(request.landCoverRaster()).orElseThrow().geometry().epsg();
        List<String> mapped = layers.stream().filter(l -> l.endsWith("_corridors") || l.endsWith("_lcps")
                || l.endsWith("_border_crossings")).toList();
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("percent_eca_lost", o.dependence().percentEcaLost());
        values.put("border_crossings", o.crossings().size());
        String summary = String.format(Locale.ROOT, "%.2f %% of ECA lost with every border closed; %d border crossings",
                o.dependence().percentEcaLost(), o.crossings().size());
        return new ProcessOutcome(layers, summary, values, "Transboundary connectivity for "
                + request.species().displayName(), summary + ".", NetworkReport.transboundary(o, mapped, epsg));
    }
}
