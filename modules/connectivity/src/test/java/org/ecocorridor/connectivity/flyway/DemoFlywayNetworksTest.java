package org.ecocorridor.connectivity.flyway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ecocorridor.connectivity.graph.TestFiles;
import org.ecocorridor.connectivity.graph.TestGeoJson;
import org.ecocorridor.core.progress.ProgressListener;
import org.ecocorridor.core.species.SpeciesCode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The three demo flyways ({@code data/}) with the default parameters, checked against a brute force
 * written here: spherical haversine distances (R = 6,371.0088 km, the IUGG mean radius) and a
 * union-find over all pairs. The sphere differs from the ellipsoid by up to ~0.5 %, so the brute
 * force is run at 0.99 and 1.01 times the range: the reachability and the number of routes must be
 * the same at both, and equal to the analysis.
 */
class DemoFlywayNetworksTest {

    @ParameterizedTest
    @EnumSource(value = SpeciesCode.class, names = {"BLACK_FACED_SPOONBILL", "WHITE_NAPED_CRANE", "HOODED_CRANE"})
    void reachabilityAndRoutesMatchABruteForce(SpeciesCode species) throws Exception {
        List<FlywaySite> sites = demoSites(species);
        assumeTrue(sites != null, "repository data folder absent");
        FlywayParameters parameters = FlywayParameters.defaults(species);

        FlywayAssessment a = FlywayAnalysis.analyse(FlywayNetwork.build(sites, parameters.maxFlightRangeKm()),
                parameters, ProgressListener.NONE);

        int[] low = bruteForce(sites, 0.99 * parameters.maxFlightRangeKm());
        int[] high = bruteForce(sites, 1.01 * parameters.maxFlightRangeKm());
        assertThat(low).as("brute force is insensitive to the sphere").isEqualTo(high);
        assertThat(a.unreachableWinteringSites()).hasSize(low[0]);
        assertThat(a.routeCount()).isEqualTo(low[1]);
        assertThat(a.maxFlow()).isPositive();
        assertThat(a.sites()).allSatisfy(s -> assertThat(s.flowLoss()).isBetween(0.0, a.maxFlow() + 1e-9));
    }

    /** {unreachable wintering sites, connected breeding–wintering pairs} on the sphere. */
    private static int[] bruteForce(List<FlywaySite> sites, double rangeKm) {
        int n = sites.size();
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                if (haversineKm(sites.get(i), sites.get(j)) <= rangeKm) {
                    parent[root(parent, i)] = root(parent, j);
                }
            }
        }
        int unreachable = 0;
        int routes = 0;
        for (int w = 0; w < n; w++) {
            if (!sites.get(w).hasRole(SiteRole.WINTERING)) {
                continue;
            }
            boolean reached = false;
            for (int b = 0; b < n; b++) {
                if (sites.get(b).hasRole(SiteRole.BREEDING) && root(parent, b) == root(parent, w)) {
                    reached = true;
                    routes += b != w ? 1 : 0;
                }
            }
            unreachable += reached ? 0 : 1;
        }
        return new int[] {unreachable, routes};
    }

    private static int root(int[] parent, int i) {
        while (parent[i] != i) {
            i = parent[i];
        }
        return i;
    }

    private static double haversineKm(FlywaySite a, FlywaySite b) {
        double p1 = Math.toRadians(a.latDegrees());
        double p2 = Math.toRadians(b.latDegrees());
        double dl = Math.toRadians(b.lonDegrees() - a.lonDegrees());
        double h = Math.pow(Math.sin((p2 - p1) / 2), 2) + Math.cos(p1) * Math.cos(p2) * Math.pow(Math.sin(dl / 2), 2);
        return 2 * 6371.0088 * Math.asin(Math.sqrt(h));
    }

    /** The species' sites from data/: positions, roles and latest/maximum counts. Null when absent. */
    static List<FlywaySite> demoSites(SpeciesCode species) throws Exception {
        Path sitesFile = TestFiles.repository("data/vector/flyway_sites.geojson");
        Path rolesFile = TestFiles.repository("data/tables/flyway_site_roles.csv");
        Path countsFile = TestFiles.repository("data/tables/survey_counts.csv");
        if (sitesFile == null || rolesFile == null || countsFile == null) {
            return null;
        }
        Map<String, Set<SiteRole>> roles = new HashMap<>();
        for (String line : Files.readAllLines(rolesFile).subList(1, Files.readAllLines(rolesFile).size())) {
            String[] f = line.split(",");
            if (f[1].equals(species.code())) {
                roles.computeIfAbsent(f[0], k -> EnumSet.noneOf(SiteRole.class)).add(SiteRole.of(f[2]));
            }
        }
        List<SurveyCount> counts = new ArrayList<>();
        List<String> countLines = Files.readAllLines(countsFile);
        for (String line : countLines.subList(1, countLines.size())) {
            String[] f = line.split(",", 5); // site, species, date, count, quoted source
            if (f[1].equals(species.code())) {
                counts.add(new SurveyCount(f[0], LocalDate.parse(f[2]), Integer.parseInt(f[3])));
            }
        }
        Map<String, CountSummary> summaries = new HashMap<>();
        CountSummary.summarise(counts).forEach(s -> summaries.put(s.siteCode(), s));
        List<FlywaySite> sites = new ArrayList<>();
        for (TestGeoJson.Feature f : TestGeoJson.read(sitesFile)) {
            String code = f.string("site_code");
            if (roles.containsKey(code)) {
                CountSummary c = summaries.get(code);
                sites.add(new FlywaySite(code, f.string("name"), f.geometry().getCoordinate().x,
                        f.geometry().getCoordinate().y, roles.get(code), c == null ? 0 : c.latestCount(),
                        c == null ? 0 : c.maxCount(), false));
            }
        }
        return sites;
    }
}
