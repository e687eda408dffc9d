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

    @Option(names = "--add-wind-farm", paramLabel = "LON,LAT,MW",
            description = "Scenario (with --species): a wind farm that would be built (repeatable).")
    List<String> addWindFarms = new java.util.ArrayList<>();

    @Option(names = "--add-line", paramLabel = "LON LAT,LON LAT,...",
            description = "Scenario (with --species): a power line that would be built (repeatable).")
    List<String> addLines = new java.util.ArrayList<>();

    @Option(names = "--years", defaultValue = "20", paramLabel = "N", description = "Scenario population projection horizon (default 20).")
    int years;

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
            if (!addWindFarms.isEmpty() || !addLines.isEmpty()) {
                if (species == null) {
                    throw new IllegalArgumentException("A scenario (--add-wind-farm, --add-line) needs --species");
                }
                printScenario(o, new org.ecocorridor.server.analysis.EnergyScenario(store)
                        .run(SpeciesCode.of(species), scenarioFeatures(), years));
            }
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

    private List<org.ecocorridor.connectivity.risk.Infrastructure> scenarioFeatures() {
        var gf = new org.locationtech.jts.geom.GeometryFactory();
        List<org.ecocorridor.connectivity.risk.Infrastructure> added = new java.util.ArrayList<>();
        for (String w : addWindFarms) {
            String[] p = w.split(",");
            if (p.length != 3) {
                throw new IllegalArgumentException("--add-wind-farm expects LON,LAT,MW, got \"" + w + "\"");
            }
            var point = gf.createPoint(new org.locationtech.jts.geom.Coordinate(Double.parseDouble(p[0].trim()),
                    Double.parseDouble(p[1].trim())));
            point.setSRID(4326);
            added.add(new org.ecocorridor.connectivity.risk.Infrastructure("scenario-" + added.size(),
                    org.ecocorridor.connectivity.risk.InfrastructureKind.WIND_FARM, "scenario wind farm", point,
                    Double.parseDouble(p[2].trim())));
        }
        for (String l : addLines) {
            String[] pts = l.split(",");
            var coords = new org.locationtech.jts.geom.Coordinate[pts.length];
            for (int i = 0; i < pts.length; i++) {
                String[] xy = pts[i].trim().split("\\s+");
                if (xy.length != 2) {
                    throw new IllegalArgumentException("--add-line expects \"LON LAT,LON LAT,...\", got \"" + l + "\"");
                }
                coords[i] = new org.locationtech.jts.geom.Coordinate(Double.parseDouble(xy[0]), Double.parseDouble(xy[1]));
            }
            var line = gf.createLineString(coords);
            line.setSRID(4326);
            added.add(new org.ecocorridor.connectivity.risk.Infrastructure("scenario-" + added.size(),
                    org.ecocorridor.connectivity.risk.InfrastructureKind.POWER_LINE, "scenario power line", line, Double.NaN));
        }
        return added;
    }

    private static void printScenario(java.io.PrintWriter o, org.ecocorridor.server.analysis.EnergyScenario.Outcome s) {
        var r = s.result();
        o.printf(java.util.Locale.ROOT, "Scenario: %d site(s) with higher risk, %d flight leg(s) crossed; maximum flow"
                + " %.1f -> %.1f (%+.2f %%)%n", r.affectedSites().size(), r.affectedLegs().size(), r.flowBefore(),
                r.flowAfter(), r.flowChangePercent());
        r.affectedSites().forEach(c -> o.printf(java.util.Locale.ROOT, "  %-20s risk %.5f -> %.5f%n", c.siteCode(),
                c.riskBefore(), c.riskAfter()));
        r.affectedLegs().forEach(leg -> o.printf("  leg %s - %s%n", leg.fromCode(), leg.toCode()));
        var a = s.projectionWithout();
        var b = s.projectionWith();
        o.printf(java.util.Locale.ROOT, "Population after %d years: %.0f with today's infrastructure (m = %.5f),"
                + " %.0f with the scenario (m = %.5f)%n", a.years(), a.withAddedMortality().get(a.years()), a.addedMortality(),
                b.withAddedMortality().get(b.years()), b.addedMortality());
    }
}
