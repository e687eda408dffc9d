package org.ecocorridor.server.processes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ecocorridor.connectivity.corridor.CoreSummary;
import org.ecocorridor.connectivity.corridor.CorridorLink;
import org.ecocorridor.connectivity.corridor.CorridorNetwork;
import org.ecocorridor.connectivity.corridor.LinkPath;
import org.ecocorridor.report.model.ChartFigure;
import org.ecocorridor.report.model.MethodNote;
import org.ecocorridor.report.model.MethodNote.Formula;
import org.ecocorridor.report.model.Paragraph;
import org.ecocorridor.report.model.QualityChecks;
import org.ecocorridor.report.model.QualityChecks.Check;
import org.ecocorridor.report.model.QualityChecks.Status;
import org.ecocorridor.report.model.ReportSection;
import org.ecocorridor.report.model.ReportTable;
import org.ecocorridor.report.model.ReportTable.Column;
import org.ecocorridor.server.analysis.CorridorRequest;
import org.ecocorridor.server.analysis.StoreCorridorAnalysis;

/** Report sections of a corridor run: map, links and cores, cost profiles, checks, method. */
final class CorridorReport {
    private CorridorReport() {
    }

    static String describe(CorridorRequest r) {
        return r.species().code() + (r.countries().isEmpty() ? "" : " in " + String.join(", ", r.countries()))
                + (r.closedBorder() ? ", borders closed" : "");
    }

    static List<ReportSection> sections(StoreCorridorAnalysis.Outcome o, CorridorRequest request) {
        CorridorNetwork n = o.network();
        int epsg = o.resistance().geometry().epsg();
        double cell = o.resistance().geometry().cellWidth();
        long kept = n.links().stream().filter(CorridorLink::isKept).count();
        List<ReportSection> sections = new ArrayList<>();
        sections.add(ReportSection.of("Corridor network",
                new Paragraph(String.format(Locale.ROOT, "%d candidate links between %d core areas; %d kept as"
                        + " corridors. Corridors are truncated at %,.0f cost-weighted metres.", n.links().size(),
                        n.cores().size(), kept, request.truncationWidth())),
                ReportContent.map("corridors", "Least-cost corridors, " + describe(request),
                        "Normalised least-cost corridors (NLCC, cost-weighted metres; low = best) with the least-cost"
                                + " paths, over countries and protected areas.",
                        List.of(o.layers().get(1), o.layers().get(3)), epsg),
                ReportContent.table("links", "Links with every statistic (Linkage Mapper's link table)",
                        o.features().linkSchema(), o.features().links()),
                cores(n)));
        List<ChartFigure.Series> profiles = new ArrayList<>();
        for (LinkPath p : n.leastCostPaths()) {
            if (p.type().isKept()) {
                CorridorLink l = n.links().stream().filter(x -> x.id() == p.linkId()).findFirst().orElseThrow();
                profiles.add(ReportContent.costProfile("link " + l.id() + " (" + l.coreA() + "–" + l.coreB() + ")",
                        p.path(), o.resistance()));
            }
        }
        if (!profiles.isEmpty()) {
            sections.add(ReportSection.of("Cost along the least-cost paths",
                    new ChartFigure("cost_profiles", "Accumulated cost along each least-cost path",
                            ChartFigure.Kind.LINE, "Distance from the first core (km)",
                            "Accumulated cost (cost-weighted km)", profiles)));
        }
        sections.add(ReportSection.of("Quality checks", checks(o, cell)));
        sections.add(ReportSection.of("Method", method()));
        return sections;
    }

    private static ReportTable cores(CorridorNetwork n) {
        List<List<Object>> rows = new ArrayList<>();
        for (CoreSummary c : n.cores()) {
            rows.add(List.of(c.id(), c.name() == null ? "" : c.name(), c.cellCount(), c.areaSquareMetres() / 1e6,
                    c.corridorCount()));
        }
        return new ReportTable("cores", "Core areas", List.of(Column.of("core_id"), Column.of("name"),
                Column.of("cells"), new Column("area", "km²"), Column.of("corridors")), rows);
    }

    static QualityChecks checks(StoreCorridorAnalysis.Outcome o, double cell) {
        List<Check> checks = new ArrayList<>();
        double min = ReportContent.minimum(o.network().mosaic());
        double limit = -10 * cell;
        checks.add(new Check("NLCC minimum ≥ −10 × cell size", Double.isNaN(min) || min >= limit ? Status.PASS : Status.FAIL,
                String.format(Locale.ROOT, "minimum NLCC over the mosaic %.3f cost-weighted m; limit %.0f (cell %.0f m)."
                        + " NLCC = CWD_A + CWD_B − LCD_AB is 0 along the least-cost path and never below it up to"
                        + " rounding; a lower value means the cost-distance surfaces disagree.", min, limit, cell)));
        List<String> disconnected = new ArrayList<>();
        Map<Integer, Integer> dropped = new LinkedHashMap<>();
        for (CorridorLink l : o.network().links()) {
            if (l.costWeightedDistance() == Double.POSITIVE_INFINITY) {
                disconnected.add(l.coreA() + "–" + l.coreB());
            }
            if (!l.isKept()) {
                dropped.merge(l.droppedCode(), 1, Integer::sum);
            }
        }
        checks.add(new Check("Disconnected core pairs", disconnected.isEmpty() ? Status.PASS : Status.WARN,
                disconnected.isEmpty() ? "every candidate pair is reachable through passable cells"
                        : "unreachable (barriers or nodata between them): " + disconnected));
        long kept = o.network().links().stream().filter(CorridorLink::isKept).count();
        checks.add(new Check("Corridors found", kept > 0 ? Status.PASS : Status.WARN, kept + " kept links; dropped by"
                + " Linkage Mapper code: " + (dropped.isEmpty() ? "none" : dropped)));
        return new QualityChecks(checks);
    }

    static MethodNote method() {
        return new MethodNote("Resistance: each land-cover class gets the species profile's resistance (cost per"
                + " metre); roads, railways and border fences add resistance along their width; in the closed-borders"
                + " scenario shared borders become impassable. Cost-weighted distance (CWD) from each core is a"
                + " multi-source Dijkstra search over 8 neighbours, each step costing the mean resistance of the two"
                + " cells times the step length (the ArcGIS convention Linkage Mapper uses). Candidate links join"
                + " cores whose cost-allocation zones touch; links crossing an intermediate core or beyond the distance"
                + " limits are dropped with Linkage Mapper's codes. Each kept link's normalised least-cost corridor is"
                + " truncated at the corridor width and the links are mosaicked by minimum.",
                List.of(new Formula("step cost", "c(i→j) = (r_i + r_j) / 2 × ℓ_ij, ℓ = cell size × (1 or √2)"),
                        new Formula("NLCC", "NLCC_AB(x) = CWD_A(x) + CWD_B(x) − LCD_AB"),
                        new Formula("mosaic", "M(x) = min over kept links of NLCC_AB(x), kept where M(x) ≤ width"),
                        new Formula("ratios", "CWD/Euclidean = LCD_AB / d_AB;  CWD/path = LCD_AB / L_LCP")),
                List.of(ReportContent.LINKAGE_MAPPER, ReportContent.ADRIAENSEN));
    }
}
