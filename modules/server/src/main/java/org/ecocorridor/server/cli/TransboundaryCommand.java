package org.ecocorridor.server.cli;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.ecocorridor.connectivity.transboundary.CountryPairSummary;
import org.ecocorridor.connectivity.transboundary.PairDependence;
import org.ecocorridor.core.species.SpeciesCode;
import org.ecocorridor.server.analysis.ClosedBorderScenario;
import org.ecocorridor.server.analysis.PatchNetworkFeatures;
import org.ecocorridor.server.analysis.StorePatchNetworkAnalysis;
import org.ecocorridor.store.SpatialStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code transboundary}: how much of a big cat's connectivity crosses borders, from the store. */
@Command(name = "transboundary", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Transboundary statistics of a big cat on its least-cost corridor network (run first):",
                "border crossings, per-country LCP length and corridor area, and the percent of ECA lost",
                "with the cross-border links removed, overall and per country pair.",
                "Published as run_<id>_border_crossings, run_<id>_country_shares, run_<id>_country_pairs;",
                "DIR receives transboundary.gpkg and summary.json."})
final class TransboundaryCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--species", required = true, paramLabel = "CODE", description = "amur_tiger, amur_leopard or snow_leopard.")
    String species;

    @Option(names = "--closed-border", description = {"Also run the closed-border scenario: recompute the corridors",
            "with the shared borders as barriers and report the change in ECA and in each link's cost."})
    boolean closedBorder;

    @Option(names = "--out", paramLabel = "DIR", description = "Folder for transboundary.gpkg and summary.json.")
    java.nio.file.Path out;

    @Override
    public Integer call() {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Runtime.getRuntime().availableProcessors()));
        try (SpatialStore store = StoreOptions.open()) {
            var outcome = new StorePatchNetworkAnalysis(store, pool).transboundary(SpeciesCode.of(species),
                    System.getProperty("user.name"), new CliProgress(spec.commandLine().getErr()));
            var o = spec.commandLine().getOut();
            var d = outcome.dependence();
            o.printf(Locale.ROOT, "%s: %d links, %d cross a border (%d crossings); ECA %.1f km2%n", species,
                    outcome.links().size(), outcome.links().stream().filter(l -> l.crossesBorder()).count(),
                    outcome.crossings().size(), d.eca());
            o.printf(Locale.ROOT, "ECA lost with every border closed: %.2f %%%n", d.percentEcaLost());
            for (PairDependence p : d.pairs()) {
                o.printf(Locale.ROOT, "ECA lost with the %s-%s border closed: %.2f %%  (links %s)%n", p.pair().first(),
                        p.pair().second(), p.percentEcaLost(), p.removedLinkIds());
            }
            for (CountryPairSummary s : outcome.pairs()) {
                o.printf(Locale.ROOT, "  %s: %d link(s), summed link dPC %.2f %%%n", s.pair(), s.linkCount(),
                        s.summedImportance());
            }
            o.println("Published layers: " + String.join(", ", outcome.layers()));
            ClosedBorderScenario.Outcome scenario = null;
            if (closedBorder) {
                scenario = new ClosedBorderScenario(store, pool).run(SpeciesCode.of(species),
                        System.getProperty("user.name"), new CliProgress(spec.commandLine().getErr()));
                o.printf(Locale.ROOT, "Closed-border scenario (corridor runs %d open, %d closed): ECA %.1f -> %.1f km2,"
                        + " %.2f %% lost%n", scenario.openRunId(), scenario.closedRunId(), scenario.ecaOpenKm2(),
                        scenario.ecaClosedKm2(), scenario.percentEcaLost());
                for (var l : scenario.links()) {
                    o.printf(Locale.ROOT, "  %s - %s: cost %.0f -> %s%n", l.nameA(), l.nameB(), l.costOpen(),
                            l.cut() ? "cut" : String.format(Locale.ROOT, "%.0f (+%.1f %%)", l.costClosed(), l.percentIncrease()));
                }
            }
            if (out != null) {
                Map<String, AnalysisOutput.Table> tables = new LinkedHashMap<>();
                tables.put("border_crossings", new AnalysisOutput.Table(PatchNetworkFeatures.CROSSINGS, outcome.crossingFeatures()));
                tables.put("country_shares", new AnalysisOutput.Table(PatchNetworkFeatures.SHARES, outcome.shareFeatures()));
                tables.put("country_pairs", new AnalysisOutput.Table(PatchNetworkFeatures.PAIRS, outcome.pairFeatures()));
                Map<String, Object> summary = new LinkedHashMap<>();
                summary.put("runId", outcome.runId());
                summary.put("corridorRunId", outcome.corridorRunId());
                summary.put("layers", outcome.layers());
                summary.put("eca_km2", d.eca());
                summary.put("eca_borders_closed_km2", d.ecaBordersClosed());
                summary.put("eca_lost_pct", d.percentEcaLost());
                if (scenario != null) {
                    summary.put("closed_border_scenario", scenario);
                }
                AnalysisOutput.write(out, "transboundary", tables, summary);
                o.println("Wrote " + out.resolve("transboundary.gpkg") + ", summary.json");
            }
            return 0;
        } catch (Exception e) {
            spec.commandLine().getErr().println("transboundary: " + ImportCommand.describe(e));
            return 1;
        } finally {
            pool.shutdownNow();
        }
    }
}
