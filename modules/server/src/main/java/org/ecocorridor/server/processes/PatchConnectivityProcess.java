package org.ecocorridor.server.processes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executor;
import org.ecocorridor.core.species.SpeciesCode;
import org.ecocorridor.core.species.SpeciesGroup;
import org.ecocorridor.report.model.ReportSection;
import org.ecocorridor.server.analysis.CorridorRequest;
import org.ecocorridor.server.analysis.StorePatchNetworkAnalysis;
import org.ecocorridor.server.analysis.StorePatchNetworkAnalysis.LinkSource;
import org.ecocorridor.server.analysis.StorePatchNetworkAnalysis.PatchOutcome;
import org.ecocorridor.server.processes.ProcessDescription.Parameter;
import org.ecocorridor.store.SpatialStore;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Conefor/Graphab patch-graph metrics (PC, ECA, IIC, dPC and its fractions) of a big cat's core patches. */
public final class PatchConnectivityProcess implements AnalysisProcess {
    public static final String ID = "patch-connectivity";
    private final Executor executor;

    public PatchConnectivityProcess(Executor executor) {
        this.executor = executor;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public ProcessDescription describe(SpatialStore store) {
        Map<String, Parameter> in = CorridorInputs.describe(false);
        in.put("links", new Parameter("Links", "least-cost (a corridor run in the same job, whose layers are"
                + " published too) or euclidean (edge to edge).", Schemas.string(List.of("least-cost", "euclidean"),
                "least-cost"), 0, 1));
        Map<String, Parameter> out = new LinkedHashMap<>();
        out.put("patch_metrics", new Parameter("Patch metrics", "Published layer run_<id>_patch_metrics",
                Schemas.layerLink(), 1, 1));
        out.put("eca_km2", new Parameter("ECA", "Equivalent connected area, km²", Schemas.number(0, null), 1, 1));
        StringBuilder kernels = new StringBuilder();
        for (SpeciesCode s : SpeciesCode.values()) {
            if (s.group() == SpeciesGroup.BIG_CAT) {
                try {
                    double m = store.analysisInputs().speciesParameters(s.code()).medianDispersalMetres();
                    kernels.append(kernels.length() == 0 ? "" : ", ").append(s.code()).append(' ')
                            .append(String.format(Locale.ROOT, "%.0f km", m / 1000));
                } catch (RuntimeException e) {
                    // a store without that species' profile: not listed
                }
            }
        }
        return new ProcessDescription(ID, "Patch connectivity", "Probability of connectivity (PC), equivalent"
                + " connected area (ECA), IIC and each patch's dPC with its intra/flux/connector fractions. Dispersal"
                + " kernel p = 0.5 at the species' median dispersal distance from its stored profile ("
                + (kernels.length() == 0 ? "none stored" : kernels) + ").", "1.0.0",
                List.of("connectivity", "PC", "ECA", "dPC", "Conefor", "Graphab"), in, out, false);
    }

    @Override
    public ObjectNode validate(JsonNode inputs, SpatialStore store) {
        ProcessInputs in = new ProcessInputs(inputs);
        CorridorRequest r = CorridorInputs.read(in, false);
        in.choice("links", List.of("least-cost", "euclidean"), "least-cost");
        LeastCostCorridorsProcess.requireRaster(store, r.landCoverRaster());
        return in.complete();
    }

    @Override
    public ProcessOutcome execute(ProcessContext context) {
        CorridorRequest request = CorridorInputs.of(context.inputs(), false);
        LinkSource source = "euclidean".equals(context.inputs().path("links").asString("least-cost"))
                ? LinkSource.EUCLIDEAN : LinkSource.LEAST_COST;
        context.recordInput(ContentHashes.stored(context.store(), "core patches", "habitat_patches"));
        context.recordInput(ContentHashes.stored(context.store(), "land cover", request.landCoverRaster()));
        CollectingScope scope = new CollectingScope(context);
        PatchOutcome o = new StorePatchNetworkAnalysis(context.store(), executor).patchMetrics(request, source, null,
                scope, context.progress().range(0, 0.9));
        List<String> layers = scope.publishAll();
        String patchLayer = layers.stream().filter(l -> l.endsWith("_patch_metrics")).findFirst().orElseThrow();
        int epsg = context.store().rasters().info(request.landCoverRaster()).orElseThrow().geometry().epsg();
        List<ReportSection> sections = new ArrayList<>(NetworkReport.patches(o, patchLayer, epsg));
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("pc", o.result().pc());
        values.put("eca_km2", o.result().eca());
        values.put("iic", o.result().iic());
        String summary = String.format(Locale.ROOT, "ECA %.1f km², PC %.4g over %d patches", o.result().eca(),
                o.result().pc(), o.features().size());
        return new ProcessOutcome(layers, summary, values, "Patch connectivity for " + request.species().displayName(),
                summary + " (" + source.name().toLowerCase(Locale.ROOT).replace('_', '-') + " links).", sections);
    }
}
