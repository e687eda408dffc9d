package org.ecocorridor.server.cli;

import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.ecocorridor.core.feature.Feature;
import org.ecocorridor.core.species.SpeciesCode;
import org.ecocorridor.server.analysis.StorePatchNetworkAnalysis;
import org.ecocorridor.server.analysis.StorePatchNetworkAnalysis.LinkSource;
import org.ecocorridor.store.SpatialStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code patch-metrics}: PC, ECA, IIC and per-patch dPC of a big cat's core patches, from the store. */
@Command(name = "patch-metrics", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Patch-graph connectivity (PC, ECA, IIC; per patch dPC with its fractions, dIIC, flux,",
                "betweenness) of a big cat's core patches; published as run_<id>_patch_metrics.",
                "DIR receives patch_metrics.gpkg and summary.json."})
final class PatchMetricsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--species", required = true, paramLabel = "CODE", description = "amur_tiger, amur_leopard or snow_leopard.")
    String species;

    @Option(names = "--links", defaultValue = "euclidean", paramLabel = "KIND",
            description = "euclidean (edge to edge) or least-cost (runs corridors first). Default ${DEFAULT-VALUE}.")
    String links;

    @Option(names = "--out", paramLabel = "DIR", description = "Folder for patch_metrics.gpkg and summary.json.")
    java.nio.file.Path out;

    @Override
    public Integer call() {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Runtime.getRuntime().availableProcessors()));
        try (SpatialStore store = StoreOptions.open()) {
            LinkSource source = switch (links.toLowerCase(Locale.ROOT)) {
                case "euclidean" -> LinkSource.EUCLIDEAN;
                case "least-cost", "least_cost", "lcp" -> LinkSource.LEAST_COST;
                default -> throw new IllegalArgumentException("--links must be euclidean or least-cost, got " + links);
            };
            var outcome = new StorePatchNetworkAnalysis(store, pool).patchMetrics(SpeciesCode.of(species), source,
                    System.getProperty("user.name"), new CliProgress(spec.commandLine().getErr()));
            var o = spec.commandLine().getOut();
            var r = outcome.result();
            o.printf(Locale.ROOT, "%s: %d patches, %d links; PC %.6g, ECA %.1f km2, IIC %.6g, %d component(s)%n", species,
                    outcome.graph().patchCount(), outcome.graph().links().size(), r.pc(), r.eca(), r.iic(),
                    r.componentCount());
            o.printf("%-4s %-40s %10s %8s %8s %8s %9s %8s%n", "id", "name", "area km2", "dPC", "intra", "flux",
                    "connector", "dIIC");
            for (Feature f : outcome.features()) {
                o.printf(Locale.ROOT, "%-4s %-40s %10.1f %8.2f %8.2f %8.2f %9.2f %8.2f%n", f.get("patch_id"), f.get("name"),
                        f.get("area_km2"), f.get("dpc"), f.get("dpc_intra"), f.get("dpc_flux"), f.get("dpc_connector"),
                        f.get("diic"));
            }
            o.println("Published layers: " + String.join(", ", outcome.layers()));
            if (out != null) {
                AnalysisOutput.write(out, "patch_metrics", java.util.Map.of("patch_metrics", new AnalysisOutput.Table(
                        org.ecocorridor.server.analysis.PatchNetworkFeatures.PATCHES, outcome.features())), java.util.Map.of(
                        "runId", outcome.runId(), "corridorRunId", outcome.corridorRunId(), "layers", outcome.layers(),
                        "pc", r.pc(), "eca_km2", r.eca(), "iic", r.iic()));
                o.println("Wrote " + out.resolve("patch_metrics.gpkg") + ", summary.json");
            }
            return 0;
        } catch (Exception e) {
            spec.commandLine().getErr().println("patch-metrics: " + ImportCommand.describe(e));
            return 1;
        } finally {
            pool.shutdownNow();
        }
    }
}
