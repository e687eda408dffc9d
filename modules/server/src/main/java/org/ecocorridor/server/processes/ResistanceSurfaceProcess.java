package org.ecocorridor.server.processes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executor;
import org.ecocorridor.connectivity.resistance.ResistanceSurface;
import org.ecocorridor.core.grid.FloatGrid;
import org.ecocorridor.report.model.MethodNote;
import org.ecocorridor.report.model.Paragraph;
import org.ecocorridor.report.model.QualityChecks;
import org.ecocorridor.report.model.QualityChecks.Check;
import org.ecocorridor.report.model.QualityChecks.Status;
import org.ecocorridor.report.model.ReportSection;
import org.ecocorridor.report.model.ReportTable;
import org.ecocorridor.report.model.ReportTable.Column;
import org.ecocorridor.server.analysis.CorridorRequest;
import org.ecocorridor.server.analysis.StoreCorridorAnalysis;
import org.ecocorridor.server.processes.ProcessDescription.Parameter;
import org.ecocorridor.store.SpatialStore;
import org.ecocorridor.store.analysis.ResistanceTable;
import org.ecocorridor.store.ingest.ResultLayer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** A big cat's resistance surface: land cover through the species profile, with overlays burned in. */
public final class ResistanceSurfaceProcess implements AnalysisProcess {
    public static final String ID = "resistance-surface";
    private final Executor executor;

    public ResistanceSurfaceProcess(Executor executor) {
        this.executor = executor;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public ProcessDescription describe(SpatialStore store) {
        Map<String, Parameter> out = new LinkedHashMap<>();
        out.put("resistance", new Parameter("Resistance surface", "Published raster layer run_<id>_resistance"
                + " (cost per metre; nodata = barrier)", Schemas.layerLink(), 1, 1));
        Map<String, Parameter> in = CorridorInputs.describe(false);
        in.remove("countries");
        return new ProcessDescription(ID, "Resistance surface", "Land cover → resistance per the species profile"
                + " (stored resistance tables with sources), plus roads, railways and border fences; with the"
                + " closed-borders scenario, shared borders become barriers.", "1.0.0",
                List.of("resistance", "cost surface"), in, out, true);
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
        ResistanceSurface surface = new StoreCorridorAnalysis(context.store(), executor).resistance(request,
                context.progress().range(0, 0.8));
        CollectingScope scope = new CollectingScope(context);
        String what = CorridorReport.describe(request);
        scope.publish(context.runId(), List.of(ResultLayer.raster("resistance", "Resistance, " + what,
                "Resistance surface (cost per metre).", "resistance", surface.grid(), context.inputs().toString())));
        List<String> layers = scope.publishAll();
        ResistanceTable table = context.store().analysisInputs().resistanceTable(request.species().code());
        FloatGrid g = surface.grid();
        int nodata = 0;
        double sum = 0;
        for (float v : g.values()) {
            if (Float.isNaN(v)) {
                nodata++;
            } else {
                sum += v;
            }
        }
        long cells = (long) g.rows() * g.cols();
        double mean = sum / Math.max(1, cells - nodata);
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("cells", cells);
        values.put("barrier_cells", nodata);
        values.put("mean_resistance", mean);
        List<List<Object>> rows = new ArrayList<>();
        table.resistances().forEach((k, v) -> rows.add(List.of(k, v)));
        List<List<Object>> overlays = new ArrayList<>();
        StoreCorridorAnalysis.overlayDescriptions().forEach(d -> overlays.add(List.of(d)));
        String summary = String.format(Locale.ROOT, "%d × %d cells of %.0f m; mean resistance %.1f; %d barrier cells",
                g.cols(), g.rows(), g.geometry().cellWidth(), mean, nodata);
        return new ProcessOutcome(layers, summary, values, "Resistance surface for " + request.species().displayName(),
                summary + ".", List.of(
                ReportSection.of("Resistance surface",
                        new Paragraph("Profile \"" + table.profile() + "\" on raster " + request.landCoverRaster() + "."),
                        ReportContent.map("resistance", "Resistance, " + what, "Cost per metre; darker = harder to"
                                + " cross.", List.of(layers.get(0)), g.geometry().epsg()),
                        new ReportTable("resistance_classes", "Resistance per land-cover class", List.of(
                                Column.of("land_cover_class"), new Column("resistance", "cost per m")), rows),
                        new ReportTable("overlays", "Overlays burned in", List.of(Column.of("overlay")), overlays)),
                ReportSection.of("Quality checks", new QualityChecks(List.of(new Check("Passable cells",
                        nodata < cells ? Status.PASS : Status.FAIL, (cells - nodata) + " of " + cells + " cells passable")))),
                ReportSection.of("Method", new MethodNote("Each cell's resistance is the species profile's value for"
                        + " its land-cover class; overlays modify the cells they cover (rasterised with their width).",
                        List.of(new MethodNote.Formula("add overlay", "r' = r + v"),
                                new MethodNote.Formula("barrier", "r' = nodata (impassable)")),
                        List.of(ReportContent.ADRIAENSEN)))));
    }
}
