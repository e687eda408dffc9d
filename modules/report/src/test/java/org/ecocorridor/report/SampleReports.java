package org.ecocorridor.report;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ecocorridor.core.feature.Feature;
import org.ecocorridor.core.grid.FloatGrid;
import org.ecocorridor.core.grid.GridGeometry;
import org.ecocorridor.ogc.ows.RequestUser;
import org.ecocorridor.ogc.wms.StyleCatalog;
import org.ecocorridor.report.model.ChartFigure;
import org.ecocorridor.report.model.MapFigure;
import org.ecocorridor.report.model.MethodNote;
import org.ecocorridor.report.model.Paragraph;
import org.ecocorridor.report.model.QualityChecks;
import org.ecocorridor.report.model.ReportSection;
import org.ecocorridor.report.model.ReportTable;
import org.ecocorridor.report.model.RunMetadata;
import org.ecocorridor.report.model.RunReport;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * A realistic corridor run over a small in-memory catalog on the China-Russia border (Amur leopard):
 * <pre>
 * countries        China lon 129..131, Russia lon 131..133, lat 42..44.5            (style countries)
 * protected_areas  Hunchun lon 130.3..130.8 lat 42.8..43.2; Land of the Leopard 130.9..131.4 lat 42.9..43.4
 * run_7_lcp        one path (130.4, 43.0) → (131.2, 43.2)                             (style lcp)
 * run_7_corridors  NLCC raster, EPSG:4326, 60 × 40 cells of 0.025° from lon 130.2, lat 43.6 (style corridors)
 * </pre>
 * The report has a links table (with a comma, quotes and a line break in a note), per-country shares,
 * a 250-row table (cut in HTML), a dPC bar chart, a two-series cost-profile line chart, quality checks
 * and a method note with the NLCC formula.
 */
final class SampleReports {
    static final GeometryFactory GF = new GeometryFactory();
    static final String LINK_NOTE = "crosses road \"G331\", then river\nsecond line";

    private SampleReports() {
    }

    static MemoryMapData data() {
        FloatGrid nlcc = new FloatGrid(new GridGeometry(60, 40, 130.2, 43.6, 0.025, 0.025, 4326));
        for (int r = 0; r < 40; r++) {
            for (int c = 0; c < 60; c++) {
                double lon = 130.2 + (c + 0.5) * 0.025;
                double lat = 43.6 - (r + 0.5) * 0.025;
                double onPath = 43.0 + (lon - 130.4) * 0.25; // the path's latitude at this longitude
                nlcc.set(r, c, (float) Math.min(250_000, Math.abs(lat - onPath) * 800_000));
            }
        }
        return new MemoryMapData()
                .vector("countries", "Countries", "countries", false, List.of(
                        feature(box(129, 42, 131, 44.5), "name", "China"),
                        feature(box(131, 42, 133, 44.5), "name", "Russia")))
                .vector("protected_areas", "Protected areas", "protected_areas", false, List.of(
                        feature(box(130.3, 42.8, 130.8, 43.2), "name", "Hunchun"),
                        feature(box(130.9, 42.9, 131.4, 43.4), "name", "Land of the Leopard")))
                .vector("run_7_lcp", "Least-cost paths of run 7", "lcp", false, List.of(
                        feature(GF.createLineString(new Coordinate[] {new Coordinate(130.4, 43.0),
                                new Coordinate(130.8, 43.1), new Coordinate(131.2, 43.2)}), "link", "A-B")))
                .raster("run_7_corridors", "Corridors of run 7", "corridors", nlcc, new Envelope(130.2, 131.7, 42.6, 43.6));
    }

    static ReportRenderer renderer(PdfFonts fonts) {
        Path styles = repositoryRoot().resolve("styles");
        return ReportRenderer.over(data(), new StyleCatalog(styles), new RequestUser("analyst", java.util.Set.of()))
                .withFonts(fonts);
    }

    static Path repositoryRoot() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("styles")) && Files.isDirectory(p.resolve("modules"))) {
                return p;
            }
        }
        throw new IllegalStateException("No repository root above " + Path.of("").toAbsolutePath());
    }

    static ReportTable links() {
        return new ReportTable("links", "Links between core areas", List.of(
                ReportTable.Column.of("from"), ReportTable.Column.of("to"),
                new ReportTable.Column("cost-weighted distance", "cost-weighted m"),
                new ReportTable.Column("Euclidean distance", "km"), new ReportTable.Column("LCP length", "km"),
                ReportTable.Column.of("CWD / LCP length"), ReportTable.Column.of("note")), List.of(
                row("Hunchun", "Land of the Leopard", 182_345.5, 48.2, 61.75, 2952.96, LINK_NOTE),
                row("Land of the Leopard", "Kedrovaya Pad, east", 95_020.25, 12.03, 14.5, 6553.1, "short, direct"),
                row("Hunchun", "Wangqing", 401_118.0, 87.4, 120.125, 3339.0, null)));
    }

    static ReportTable countryShares() {
        return new ReportTable("country_shares", "Corridor area by country", List.of(ReportTable.Column.of("country"),
                new ReportTable.Column("corridor area", "km²"), new ReportTable.Column("share", "%"),
                ReportTable.Column.of("border crossings")), List.of(
                row("China", 1234.5, 41.27, 2), row("Russia", 1756.75, 58.73, 2)));
    }

    static ReportTable bigTable() {
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 1; i <= 250; i++) {
            rows.add(row("patch " + i, i * 1.5, (long) i * 1000));
        }
        return new ReportTable("patches", "Patch importance", List.of(ReportTable.Column.of("patch"),
                new ReportTable.Column("dPC", "%"), new ReportTable.Column("area", "ha")), rows);
    }

    static RunReport corridorRun() {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("species", "PAPO");
        parameters.put("cellSizeMetres", 250.0);
        parameters.put("truncationCostMetres", 200000);
        parameters.put("cores", List.of("Hunchun", "Land of the Leopard"));
        RunMetadata run = new RunMetadata("7", "least-cost-corridors", "Least-cost corridors", "alice",
                Instant.parse("2026-11-21T10:00:00Z"), Instant.parse("2026-11-21T10:00:02Z"),
                Instant.parse("2026-11-21T10:03:07Z"), "successful", null, parameters, List.of(
                new RunMetadata.InputRecord("land cover", "landcover_amur",
                        "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08", 1_440_000),
                new RunMetadata.InputRecord("core areas", "habitat_patches",
                        "60303ae22b998861bce3b28f33eec1be758a213c86c93c076dbe9f558c11c752", 12)),
                List.of(new RunMetadata.OutputRecord("run_7_corridors", "Corridors of run 7", "raster"),
                        new RunMetadata.OutputRecord("run_7_lcp", "Least-cost paths of run 7", "vector")),
                "0.1.0-SNAPSHOT (git abc1234)");
        MapFigure map = new MapFigure("corridor_map", "Least-cost corridors for Amur leopard",
                "Corridors over countries and protected areas; NLCC truncated at 200 000 cost-weighted m.",
                List.of(MapFigure.MapLayer.base("countries"), MapFigure.MapLayer.base("protected_areas"),
                        MapFigure.MapLayer.result("run_7_corridors"), MapFigure.MapLayer.result("run_7_lcp")),
                null, 32652);
        ChartFigure dpc = new ChartFigure("dpc", "Importance of each patch for connectivity (dPC)",
                ChartFigure.Kind.BAR, "Habitat patch", "dPC (%)", List.of(new ChartFigure.Series("dPC", List.of(
                ChartFigure.Point.bar("Land of the Leopard National Park", 41.2),
                ChartFigure.Point.bar("Hunchun Nature Reserve", 33.5),
                ChartFigure.Point.bar("Wangqing", 12.25), ChartFigure.Point.bar("Kedrovaya Pad", 8.0)))));
        ChartFigure profile = new ChartFigure("cost_profile", "Cost along each least-cost path", ChartFigure.Kind.LINE,
                "Distance along path (km)", "Cumulative cost (cost-weighted km)", List.of(
                new ChartFigure.Series("Hunchun → Land of the Leopard", points(0, 61.75, 2.5)),
                new ChartFigure.Series("Hunchun → Wangqing", points(0, 120.125, 1.5))));
        QualityChecks checks = new QualityChecks(List.of(
                new QualityChecks.Check("NLCC minimum ≥ −10 × cell size", QualityChecks.Status.PASS,
                        "minimum −1.2 cost-weighted m ≥ −2500 (10 × 250 m)"),
                new QualityChecks.Check("Disconnected pairs", QualityChecks.Status.WARN,
                        "1 of 3 pairs has no path under the truncation"),
                new QualityChecks.Check("Solver residual", QualityChecks.Status.FAIL, "relative residual 2.3 × 10⁻³ > 10⁻⁶")));
        MethodNote method = new MethodNote("Corridors are normalised least-cost corridors (NLCC) as in Linkage Mapper.\n\n"
                + "Each core pair's cost-weighted distances are summed and the least-cost distance subtracted.",
                List.of(new MethodNote.Formula("NLCC", "CWD_A + CWD_B − LCD_{AB}"),
                        new MethodNote.Formula("r", "√(x² + y²)")),
                List.of(new MethodNote.Citation("McRae, B. H. and Kavanagh, D. M. (2011). Linkage Mapper Connectivity "
                        + "Analysis Software. The Nature Conservancy, Seattle.", "https://linkagemapper.org"),
                        new MethodNote.Citation("Saura, S. and Pascual-Hortal, L. (2007). A new habitat availability index.",
                                null)));
        return new RunReport(run, "Least-cost corridors for Amur leopard",
                "Two of three core-area pairs are linked; the best corridor is 61.75 km long and crosses the border twice.",
                List.of(ReportSection.of("Corridors", map, new Paragraph("The corridors follow forested valleys.\n\n"
                                + "Both cross the border."), links(), countryShares()),
                        ReportSection.of("Patch importance", dpc, bigTable()),
                        ReportSection.of("Cost profiles", profile),
                        ReportSection.of("Quality checks", checks),
                        ReportSection.of("Method", method)));
    }

    private static List<ChartFigure.Point> points(double from, double to, double slope) {
        List<ChartFigure.Point> out = new ArrayList<>();
        for (double d = from; d <= to; d += 5) {
            out.add(ChartFigure.Point.xy(d, d * slope + 3 * Math.sin(d / 7)));
        }
        return out;
    }

    static List<Object> row(Object... cells) {
        return new ArrayList<>(Arrays.asList(cells));
    }

    static Feature feature(Geometry g, Object... kv) {
        Map<String, Object> attributes = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            attributes.put((String) kv[i], kv[i + 1]);
        }
        return new Feature(null, g, attributes);
    }

    static Geometry box(double minX, double minY, double maxX, double maxY) {
        return GF.toGeometry(new Envelope(minX, maxX, minY, maxY));
    }
}
