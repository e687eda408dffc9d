package org.ecocorridor.server.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.ecocorridor.connectivity.flyway.FlywaySite;
import org.ecocorridor.connectivity.risk.BufferExposure;
import org.ecocorridor.connectivity.risk.SiteRisk;
import org.ecocorridor.core.feature.Feature;
import org.ecocorridor.core.feature.FeatureCursor;
import org.ecocorridor.core.feature.FeatureCursors;
import org.ecocorridor.core.species.SpeciesCode;
import org.ecocorridor.server.analysis.StoreInfrastructureRisk;
import org.ecocorridor.store.SpatialStore;
import org.ecocorridor.store.io.VectorWriters;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;

/** {@code infrastructure-risk}: wind farms and power lines near flyway sites, ranked by risk index. */
@Command(name = "infrastructure-risk", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Wind farms (count, MW) and power-line length within buffers around flyway sites,",
                "and the risk index R = 1 - exp(-h) (docs/algorithms.md), from the store.",
                "Published as run_<id>_infrastructure_risk; DIR receives risk.gpkg and summary.json."})
final class InfrastructureRiskCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--species", paramLabel = "CODE", description = "A waterbird; default: the sites of every species.")
    String species;

    @Option(names = "--buffers", split = ",", paramLabel = "KM", description = "Buffer radii in km, increasing (default 1,5,10).")
    List<Double> buffers;

    @Option(names = "--out", paramLabel = "DIR", description = "Folder for risk.gpkg and summary.json.")
    Path out;

    @Override
    public Integer call() {
        try (SpatialStore store = StoreOptions.open()) {
            var outcome = new StoreInfrastructureRisk(store).run(species == null ? null : SpeciesCode.of(species),
                    buffers, System.getProperty("user.name"), new CliProgress(spec.commandLine().getErr()));
            var o = spec.commandLine().getOut();
            List<Double> radii = outcome.parameters().bufferRadiiKm();
            StringBuilder header = new StringBuilder(String.format("%4s  %-20s %-34s %10s", "rank", "code", "name", "risk"));
            radii.forEach(r -> header.append(String.format("  %14s", "<=" + r + " km: n/MW/km")));
            o.println(header);
            int rank = 1;
            for (SiteRisk r : outcome.ranked()) {
                FlywaySite s = outcome.sites().get(r.siteCode());
                StringBuilder line = new StringBuilder(String.format("%4d  %-20s %-34s %10.5f", rank++, s.code(),
                        s.name(), r.riskIndex()));
                for (BufferExposure b : r.buffers()) {
                    line.append(String.format("  %3d/%5.0f/%4.1f", b.windFarmCount(), b.windCapacityMw(), b.powerLineKm()));
                }
                o.println(line);
            }
            o.println("Published layers: " + String.join(", ", outcome.layers()));
            if (out != null) {
                Files.createDirectories(out);
                LinkedHashMap<String, FeatureCursor> tables = new LinkedHashMap<>();
                tables.put("infrastructure_risk", FeatureCursors.of(outcome.schema(), outcome.features()));
                VectorWriters.writeGeoPackage(tables, out.resolve("risk.gpkg"));
                Map<String, Object> summary = new LinkedHashMap<>();
                summary.put("runId", outcome.runId());
                summary.put("layers", outcome.layers());
                summary.put("species", species);
                summary.put("parameters", outcome.parameters().toString());
                summary.put("sites", outcome.features().stream().map(Feature::attributes).toList());
                new ObjectMapper().writer().with(SerializationFeature.INDENT_OUTPUT)
                        .writeValue(out.resolve("summary.json").toFile(), summary);
                o.println("Wrote " + out.resolve("risk.gpkg") + ", summary.json");
            }
            return 0;
        } catch (Exception e) {
            spec.commandLine().getErr().println("infrastructure-risk: " + ImportCommand.describe(e));
            return 1;
        }
    }
}
