package org.ecocorridor.server.processes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.ecocorridor.core.feature.Feature;
import org.ecocorridor.report.model.ChartFigure;
import org.ecocorridor.report.model.MethodNote;
import org.ecocorridor.report.model.MethodNote.Formula;
import org.ecocorridor.report.model.Paragraph;
import org.ecocorridor.report.model.QualityChecks;
import org.ecocorridor.report.model.QualityChecks.Check;
import org.ecocorridor.report.model.QualityChecks.Status;
import org.ecocorridor.report.model.ReportSection;
import org.ecocorridor.server.analysis.PatchNetworkFeatures;
import org.ecocorridor.server.analysis.StorePatchNetworkAnalysis.PatchOutcome;
import org.ecocorridor.server.analysis.StorePatchNetworkAnalysis.TransboundaryOutcome;

/** Report sections of patch-graph metrics and transboundary statistics. */
final class NetworkReport {
    private NetworkReport() {
    }

    static List<ReportSection> patches(PatchOutcome o, String patchLayer, int epsg) {
        List<ChartFigure.Point> dpc = new ArrayList<>();
        for (Feature f : o.features()) {
            Object name = f.get("name");
            dpc.add(ChartFigure.Point.bar(name == null ? f.id() : name.toString(), ((Number) f.get("dpc")).doubleValue()));
        }
        var r = o.result();
        return List.of(
                ReportSection.of("Patch connectivity",
                        new Paragraph(String.format(Locale.ROOT, "Probability of connectivity PC = %.6g; equivalent"
                                + " connected area ECA = %.1f km²; integral index of connectivity IIC = %.6g.",
                                r.pc(), r.eca(), r.iic())),
                        ReportContent.map("patch_metrics", "Patch importance (dPC)", "Core patches by their importance"
                                + " for connectivity.", List.of(patchLayer), epsg),
                        new ChartFigure("dpc", "Importance of each patch for connectivity (dPC)",
                                ChartFigure.Kind.BAR, "Patch", "dPC (%)", List.of(new ChartFigure.Series("dPC", dpc))),
                        ReportContent.table("patch_metrics", "Patch metrics", PatchNetworkFeatures.PATCHES, o.features())),
                ReportSection.of("Method (graph metrics)", new MethodNote("Nodes are core patches with attribute"
                        + " a_i = area (km²); links carry the least-cost (or Euclidean) distance d_ij. The dispersal"
                        + " kernel p_ij = exp(−α d_ij) has p = 0.5 at the species' median dispersal distance; p*_ij is"
                        + " the maximum product probability over all paths.",
                        List.of(new Formula("PC", "PC = Σ_i Σ_j a_i a_j p*_ij / A_L²"),
                                new Formula("ECA", "ECA = √(Σ_i Σ_j a_i a_j p*_ij)"),
                                new Formula("dPC", "dPC_k = 100 × (PC − PC_without k) / PC = dPC_intra + dPC_flux + dPC_connector"),
                                new Formula("IIC", "IIC = Σ_i Σ_j a_i a_j / (1 + nl_ij) / A_L²")),
                        List.of(ReportContent.SAURA_2007, ReportContent.SAURA_2010, ReportContent.PASCUAL_HORTAL))));
    }

    static List<ReportSection> transboundary(TransboundaryOutcome o, List<String> layers, int epsg) {
        var d = o.dependence();
        List<Check> checks = new ArrayList<>();
        checks.add(new Check("Border crossings located", Status.PASS, o.crossings().size() + " crossings on "
                + o.links().stream().filter(l -> l.crossesBorder()).count() + " links"));
        checks.add(new Check("Country shares sum to 1 per link", sharesSumToOne(o) ? Status.PASS : Status.WARN,
                "path-length shares per link, within 1e-6 (parts outside every country are unassigned)"));
        return List.of(
                ReportSection.of("Transboundary connectivity",
                        new Paragraph(String.format(Locale.ROOT, "With every border closed, %.2f %% of the equivalent"
                                + " connected area is lost (ECA %.1f → %.1f km²).", d.percentEcaLost(), d.eca(),
                                d.ecaBordersClosed())),
                        ReportContent.map("border_crossings", "Border crossings of the least-cost paths",
                                "Where each least-cost path crosses a national border.", layers, epsg),
                        ReportContent.table("country_shares", "Per-country shares of each link (LCP length, corridor"
                                + " area)", PatchNetworkFeatures.SHARES, o.shareFeatures()),
                        ReportContent.table("border_crossings", "Border crossings", PatchNetworkFeatures.CROSSINGS,
                                o.crossingFeatures()),
                        ReportContent.table("country_pairs", "Connectivity lost if a border closes",
                                PatchNetworkFeatures.PAIRS, o.pairFeatures())),
                ReportSection.of("Quality checks (transboundary)", new QualityChecks(checks)),
                ReportSection.of("Method (transboundary)", new MethodNote("Each least-cost path and corridor polygon is"
                        + " split by the country outlines and measured in the equal-area CRS (LAEA 45°N 115°E). A"
                        + " border closure removes every link crossing that border; the loss is measured on ECA.",
                        List.of(new Formula("share", "s_c = L_c / Σ_c' L_c'"),
                                new Formula("loss", "ΔECA % = 100 × (ECA − ECA_closed) / ECA")),
                        List.of(ReportContent.SAURA_2010))));
    }

    private static boolean sharesSumToOne(TransboundaryOutcome o) {
        for (var l : o.links()) {
            double s = l.pathLength().shares().stream().mapToDouble(c -> c.share()).sum();
            double unassigned = l.pathLength().unassignedMeasure() / Math.max(1e-12, l.pathLength().totalMeasure());
            if (Math.abs(s + unassigned - 1) > 1e-6) {
                return false;
            }
        }
        return true;
    }
}
