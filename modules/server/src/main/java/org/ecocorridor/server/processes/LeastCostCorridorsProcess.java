package org.ecocorridor.server.processes;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import org.ecocorridor.connectivity.corridor.CorridorLink;
import org.ecocorridor.server.analysis.CorridorRequest;
import org.ecocorridor.server.analysis.StoreCorridorAnalysis;
import org.ecocorridor.server.processes.ProcessDescription.Parameter;
import org.ecocorridor.store.SpatialStore;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Linkage Mapper's least-cost corridor network between a big cat's core patches ({@link StoreCorridorAnalysis}). */
public final class LeastCostCorridorsProcess implements AnalysisProcess {
    public static final String ID = "least-cost-corridors";
    private final Executor executor;

    public LeastCostCorridorsProcess(Executor executor) {
        this.executor = executor;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public ProcessDescription describe(SpatialStore store) {
        return new ProcessDescription(ID, "Least-cost corridors",
                "Linkage Mapper's method on stored data: species resistance, cost-weighted distance from every core"
                        + " patch, candidate links from cost-allocation adjacency, normalised least-cost corridors"
                        + " truncated at a width, least-cost paths and the link table.",
                "1.0.0", List.of("corridor", "least-cost path", "Linkage Mapper", "connectivity"),
                CorridorInputs.describe(true), outputs(), false);
    }

    static Map<String, Parameter> outputs() {
        Map<String, Parameter> out = new LinkedHashMap<>();
        for (String[] o : new String[][] {{"resistance", "Resistance surface (raster)"},
                {"corridors", "Truncated NLCC mosaic (raster, cost-weighted metres)"},
                {"corridor_polygons", "One polygon per corridor link"}, {"lcps", "Least-cost paths"},
                {"links", "Link table with Linkage Mapper's statistics and codes"}}) {
            out.put(o[0], new Parameter(o[1], "Published layer run_<id>_" + o[0], Schemas.layerLink(), 1, 1));
        }
        return out;
    }

    @Override
    public ObjectNode validate(JsonNode inputs, SpatialStore store) {
        ProcessInputs in = new ProcessInputs(inputs);
        CorridorRequest r = CorridorInputs.read(in, true);
        requireRaster(store, r.landCoverRaster());
        return in.complete();
    }

    static void requireRaster(SpatialStore store, String name) {
        if (store.rasters().info(name).isEmpty()) {
            throw new InvalidInputException("landcover", "No stored raster \"" + name + "\"");
        }
    }

    @Override
    public ProcessOutcome execute(ProcessContext context) {
        CorridorRequest request = CorridorInputs.of(context.inputs(), true);
        context.recordInput(ContentHashes.stored(context.store(), "land cover", request.landCoverRaster()));
        context.recordInput(ContentHashes.stored(context.store(), "core patches", "habitat_patches"));
        CollectingScope scope = new CollectingScope(context);
        StoreCorridorAnalysis.Outcome o = new StoreCorridorAnalysis(context.store(), executor)
                .run(request, scope, context.progress().range(0, 0.9));
        List<String> layers = scope.publishAll();
        long kept = o.network().links().stream().filter(CorridorLink::isKept).count();
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("cores", o.network().cores().size());
        values.put("candidate_links", o.network().links().size());
        values.put("corridors", kept);
        return new ProcessOutcome(layers, kept + " corridors between " + o.network().cores().size() + " cores", values,
                "Least-cost corridors for " + request.species().displayName(),
                kept + " corridors link " + o.network().cores().size() + " core areas (" + CorridorReport.describe(request) + ").",
                CorridorReport.sections(o, request));
    }
}
