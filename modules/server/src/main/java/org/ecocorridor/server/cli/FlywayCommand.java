package org.ecocorridor.server.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.ecocorridor.connectivity.flyway.FlywayAssessment;
import org.ecocorridor.connectivity.flyway.SiteAssessment;
import org.ecocorridor.core.feature.Feature;
import org.ecocorridor.core.feature.FeatureCursor;
import org.ecocorridor.core.feature.FeatureCursors;
import org.ecocorridor.core.species.SpeciesCode;
import org.ecocorridor.server.analysis.StoreFlywayAnalysis;
import org.ecocorridor.store.SpatialStore;
import org.ecocorridor.store.io.VectorWriters;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;

/**
 * {@code flyway}: a waterbird's stopover network from the store, published as run layers, with the
 * headline list of critical sites (unprotected ones flagged).
 */
@Command(name = "flyway", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Flyway stopover network of a waterbird from the store: reachability, maximum",
                "breeding-to-wintering flow, per-site betweenness, flow and route loss, critical sites.",
                "Published as run_<id>_site_importance and run_<id>_flyway_edges.",
                "DIR receives flyway.gpkg (tables sites, legs) and summary.json."})
final class FlywayCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--species", required = true, paramLabel = "CODE",
            description = "black_faced_spoonbill, white_naped_crane or hooded_crane.")
    String species;

    @Option(names = "--max-range-km", paramLabel = "KM",
            description = "Longest non-stop leg, great-circle km (default: the species' documented value).")
    Double maxRangeKm;

    @Option(names = "--out", paramLabel = "DIR", description = "Folder for flyway.gpkg and summary.json.")
    Path out;

    @Override
    public Integer call() {
        try (SpatialStore store = StoreOptions.open()) {
            var outcome = new StoreFlywayAnalysis(store).run(SpeciesCode.of(species),
                    maxRangeKm == null ? Double.NaN : maxRangeKm, System.getProperty("user.name"),
                    new CliProgress(spec.commandLine().getErr()));
            FlywayAssessment a = outcome.assessment();
            var o = spec.commandLine().getOut();
            o.printf("%s: %d sites, %d legs (<= %.0f km), %d breeding-wintering routes, maximum flow %.0f birds%n",
                    species, a.sites().size(), outcome.network().legs().size(), a.maxFlightRangeKm(), a.routeCount(),
                    a.maxFlow());
            o.println(a.allWinteringReachable() ? "Every wintering site is reachable from a breeding site."
                    : "Wintering sites not reachable from any breeding site: " + a.unreachableWinteringSites());
            o.println("Critical sites (flow loss >= 10 % or a route cut), '!' = outside every protected area:");
            o.printf("  %-2s %-20s %-34s %10s %8s %7s %6s%n", "", "code", "name", "flow loss", "loss %", "routes",
                    "betw.");
            a.sites().stream().filter(SiteAssessment::critical)
                    .sorted(java.util.Comparator.comparingDouble(SiteAssessment::flowLoss).reversed()
                            .thenComparing(SiteAssessment::code))
                    .forEach(s -> o.printf("  %-2s %-20s %-34s %10.0f %8.1f %7d %6.3f%n", s.protectedArea() ? "" : "!",
                            s.code(), s.name(), s.flowLoss(), s.flowLossPercent(), s.routesLost(), s.betweenness()));
            o.println("Unprotected critical sites (headline): " + a.unprotectedCriticalSites().stream()
                    .map(SiteAssessment::code).toList());
            o.println("Published layers: " + String.join(", ", outcome.layers()));
            if (out != null) {
                Files.createDirectories(out);
                LinkedHashMap<String, FeatureCursor> tables = new LinkedHashMap<>();
                tables.put("sites", FeatureCursors.of(outcome.features().siteSchema(), outcome.features().sites()));
                tables.put("legs", FeatureCursors.of(outcome.features().edgeSchema(), outcome.features().edges()));
                VectorWriters.writeGeoPackage(tables, out.resolve("flyway.gpkg"));
                Map<String, Object> summary = new LinkedHashMap<>();
                summary.put("runId", outcome.runId());
                summary.put("layers", outcome.layers());
                summary.put("species", species);
                summary.put("maxFlightRangeKm", a.maxFlightRangeKm());
                summary.put("onePercentThreshold", a.onePercentThreshold());
                summary.put("allWinteringReachable", a.allWinteringReachable());
                summary.put("unreachableWinteringSites", a.unreachableWinteringSites());
                summary.put("routeCount", a.routeCount());
                summary.put("maxFlow", a.maxFlow());
                summary.put("unprotectedCriticalSites", a.unprotectedCriticalSites().stream()
                        .map(SiteAssessment::code).toList());
                summary.put("sites", outcome.features().sites().stream().map(Feature::attributes).toList());
                new ObjectMapper().writer().with(SerializationFeature.INDENT_OUTPUT)
                        .writeValue(out.resolve("summary.json").toFile(), summary);
                o.println("Wrote " + out.resolve("flyway.gpkg") + ", summary.json");
            }
            return 0;
        } catch (Exception e) {
            spec.commandLine().getErr().println("flyway: " + ImportCommand.describe(e));
            return 1;
        }
    }
}
