package org.ecocorridor.server.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.ecocorridor.connectivity.flyway.FlywayParameters;
import org.ecocorridor.connectivity.flyway.SiteAssessment;
import org.ecocorridor.core.feature.Feature;
import org.ecocorridor.core.progress.ProgressListener;
import org.ecocorridor.core.species.SpeciesCode;
import org.ecocorridor.server.support.Paths;
import org.ecocorridor.store.analysis.NamedGeometry;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * Store-driven network analyses (flyway, infrastructure risk, patch metrics, transboundary) on the
 * demo data, checked against values computed independently in the test from the demo CSV files or
 * the stored geometries. Subclasses give the store.
 */
abstract class StoreNetworkAnalysesContractTest extends DemoStoreTest {
    @Test
    void hoodedCraneFlywayListsCriticalSitesAndFlagsUnprotectedOnes() throws Exception {
        var outcome = new StoreFlywayAnalysis(store()).run(SpeciesCode.HOODED_CRANE, Double.NaN, "tester",
                ProgressListener.NONE);
        long id = outcome.runId();
        assertThat(outcome.layers()).containsExactly("run_" + id + "_site_importance", "run_" + id + "_flyway_edges");
        // Sites and maximum counts straight from the demo CSV files.
        Map<String, Integer> maxCounts = csvMaxCounts("hooded_crane");
        Set<String> codes = csvSiteCodes("hooded_crane");
        var sites = outcome.assessment().sites();
        assertThat(sites).extracting(SiteAssessment::code).containsExactlyElementsOf(codes);
        for (SiteAssessment s : sites) {
            assertThat(s.maxCount()).as(s.code()).isEqualTo(maxCounts.getOrDefault(s.code(), 0));
        }
        // Critical = a route cut or flow loss >= the documented 10 % (docs/algorithms.md, flyway section).
        List<SiteAssessment> critical = sites.stream().filter(SiteAssessment::critical).toList();
        assertThat(critical).isNotEmpty();
        for (SiteAssessment s : sites) {
            boolean expected = s.routesLost() > 0
                    || s.flowLossPercent() >= FlywayParameters.DEFAULT_CRITICAL_FLOW_LOSS_PERCENT;
            assertThat(s.critical()).as(s.code()).isEqualTo(expected);
        }
        // Protection agrees with an even-odd ray-casting test written here (independent of JTS).
        List<NamedGeometry> areas = store().analysisInputs().protectedAreas();
        for (Feature f : outcome.features().sites()) {
            Point p = (Point) f.geometry();
            boolean inside = areas.stream().anyMatch(a -> rayCastContains(a.geometry(), p.getX(), p.getY()));
            assertThat(f.get("protected")).as(f.id()).isEqualTo(inside);
        }
        // The headline list is exactly the critical sites outside protected areas.
        assertThat(outcome.assessment().unprotectedCriticalSites()).extracting(SiteAssessment::code)
                .containsExactlyInAnyOrderElementsOf(critical.stream().filter(s -> !s.protectedArea())
                        .map(SiteAssessment::code).toList());
        // Every leg is within the range; published counts match.
        assertThat(outcome.features().edges()).allSatisfy(e -> assertThat((Double) e.get("distance_km"))
                .isLessThanOrEqualTo(1200.0));
        var catalog = store().catalog();
        assertThat(catalog.get("run_" + id + "_site_importance").orElseThrow().info().featureCount())
                .isEqualTo(codes.size());
        assertThat(catalog.get("run_" + id + "_flyway_edges").orElseThrow().info().featureCount())
                .isEqualTo(outcome.network().legs().size());
        assertThat(store().publisher().deleteRun(id)).isEqualTo(2);
    }

    @Test
    void addingAWindFarmAtASiteRaisesItsRiskAndLowersTheProjection() throws Exception {
        // A 300 MW wind farm placed exactly on Izumi (a Hooded Crane wintering site in the demo data).
        var izumi = store().analysisInputs().flywaySites("hooded_crane").stream()
                .filter(s -> s.code().equals("IZUMI")).findFirst().orElseThrow();
        var gf = new org.locationtech.jts.geom.GeometryFactory();
        var point = gf.createPoint(new org.locationtech.jts.geom.Coordinate(izumi.lonDegrees(), izumi.latDegrees()));
        point.setSRID(4326);
        var farm = new org.ecocorridor.connectivity.risk.Infrastructure("new", org.ecocorridor.connectivity.risk
                .InfrastructureKind.WIND_FARM, "scenario", point, 300);
        var outcome = new EnergyScenario(store()).run(SpeciesCode.HOODED_CRANE, List.of(farm), 20);
        assertThat(outcome.result().affectedSites()).anySatisfy(c -> {
            assertThat(c.siteCode()).isEqualTo("IZUMI");
            assertThat(c.riskAfter()).isGreaterThan(c.riskBefore());
        });
        // Risk only rises, so capacities (count x (1 - R)) and the maximum flow can only fall, and the
        // count-weighted mortality m rises, so N_20 = N_0 (lambda (1 - m))^20 falls.
        assertThat(outcome.result().flowAfter()).isLessThanOrEqualTo(outcome.result().flowBefore() + 1e-9);
        assertThat(outcome.projectionWith().addedMortality()).isGreaterThan(outcome.projectionWithout().addedMortality());
        assertThat(outcome.projectionWith().withAddedMortality().get(20))
                .isLessThan(outcome.projectionWithout().withAddedMortality().get(20));
        assertThat(outcome.projectionWithout().withAddedMortality()).hasSize(21);
    }

    @Test
    void flywayRefusesBigCats() {
        assertThatThrownBy(() -> new StoreFlywayAnalysis(store()).run(SpeciesCode.AMUR_TIGER, Double.NaN, (String) null,
                ProgressListener.NONE)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("amur_tiger");
    }

    @Test
    void infrastructureRiskIsRankedAndCountsMatchADirectCount() throws Exception {
        var outcome = new StoreInfrastructureRisk(store()).run(null, List.of(1.0, 5.0, 10.0, 50.0), "tester",
                ProgressListener.NONE);
        long id = outcome.runId();
        assertThat(outcome.layers()).containsExactly("run_" + id + "_infrastructure_risk");
        assertThat(outcome.ranked()).extracting(r -> r.riskIndex())
                .isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(outcome.ranked()).hasSize(csvSiteCodes(null).size());
        // Direct count: haversine distance on a sphere of radius 6371.0088 km (IUGG mean radius) from every
        // site to every stored wind-farm point. The sphere differs from WGS 84 by at most about 0.5 %, so a
        // farm within 1 % of a buffer radius is ambiguous and that buffer is not compared.
        var farms = store().analysisInputs().infrastructureFeatures("wind_farm");
        int compared = 0;
        for (var risk : outcome.ranked()) {
            var site = outcome.sites().get(risk.siteCode());
            for (var b : risk.buffers()) {
                double radiusKm = b.radiusKm();
                int count = 0;
                double mw = 0;
                boolean ambiguous = false;
                for (var f : farms) {
                    Point p = (Point) f.geometry();
                    double d = haversineKm(site.lonDegrees(), site.latDegrees(), p.getX(), p.getY());
                    ambiguous |= Math.abs(d - radiusKm) < 0.01 * radiusKm;
                    if (d <= radiusKm) {
                        count++;
                        mw += Double.isNaN(f.capacityMw()) ? 0 : f.capacityMw();
                    }
                }
                if (!ambiguous) {
                    assertThat(b.windFarmCount()).as(site.code() + " " + radiusKm + " km").isEqualTo(count);
                    assertThat(b.windCapacityMw()).as(site.code() + " " + radiusKm + " km").isCloseTo(mw,
                            org.assertj.core.data.Offset.offset(1e-9));
                    compared += count;
                }
            }
            // Disks are nested: exposure never decreases with the radius.
            for (int i = 1; i < risk.buffers().size(); i++) {
                assertThat(risk.buffers().get(i).powerLineKm())
                        .isGreaterThanOrEqualTo(risk.buffers().get(i - 1).powerLineKm() - 1e-9);
            }
        }
        assertThat(compared).as("some wind farms lie within 50 km of some site").isPositive();
        assertThat(store().catalog().get("run_" + id + "_infrastructure_risk").orElseThrow().info().featureCount())
                .isEqualTo(outcome.ranked().size());
        assertThat(store().publisher().deleteRun(id)).isEqualTo(1);
    }

    @Test
    void amurLeopardTransboundaryDependenceOnTheRussiaChinaBorder() throws Exception {
        var outcome = new StorePatchNetworkAnalysis(store(), Runnable::run).transboundary(SpeciesCode.AMUR_LEOPARD,
                "tester", ProgressListener.NONE);
        var d = outcome.dependence();
        assertThat(d.percentEcaLost()).isBetween(0.0, 100.0);
        // Closing every border can only remove links: ECA cannot grow.
        assertThat(d.ecaBordersClosed()).isLessThanOrEqualTo(d.eca() * (1 + 1e-12));
        assertThat(d.pairs()).anySatisfy(p -> {
            assertThat(p.pair().toString()).isEqualTo("CHN-RUS");
            assertThat(p.percentEcaLost()).isBetween(0.0, d.percentEcaLost() + 1e-9);
        });
        // Every crossing lies within 3 km (haversine to the nearest boundary vertex/segment point) of both
        // countries' outlines as stored: it is on their shared border.
        Map<String, Geometry> countries = new HashMap<>();
        store().analysisInputs().countries().forEach(c -> countries.put(c.key(), c.geometry()));
        assertThat(outcome.crossings()).isNotEmpty();
        for (var c : outcome.crossings()) {
            for (String iso : List.of(c.fromIso3(), c.toIso3())) {
                Point p = new org.locationtech.jts.geom.GeometryFactory().createPoint(
                        new Coordinate(c.lonDegrees(), c.latDegrees()));
                Coordinate nearest = org.locationtech.jts.operation.distance.DistanceOp
                        .nearestPoints(countries.get(iso).getBoundary(), p)[0];
                assertThat(haversineKm(c.lonDegrees(), c.latDegrees(), nearest.x, nearest.y)).as(iso).isLessThan(3.0);
            }
        }
        long id = outcome.runId();
        assertThat(outcome.layers()).containsExactly("run_" + id + "_border_crossings", "run_" + id + "_country_shares",
                "run_" + id + "_country_pairs");
        assertThat(store().catalog().get("run_" + id + "_border_crossings").orElseThrow().info().featureCount())
                .isEqualTo(outcome.crossings().size());
        // Path shares of every link sum to at most 1 (the rest is outside the six countries).
        for (var l : outcome.links()) {
            double sum = l.pathLength().shares().stream().mapToDouble(s -> s.share()).sum();
            assertThat(sum).isLessThanOrEqualTo(1 + 1e-9);
        }
        store().publisher().deleteRun(id);
        store().publisher().deleteRun(outcome.corridorRunId());
    }

    @Test
    void amurLeopardPatchMetricsDecomposeDpcAndArePublished() throws Exception {
        var outcome = new StorePatchNetworkAnalysis(store(), Runnable::run).patchMetrics(SpeciesCode.AMUR_LEOPARD,
                StorePatchNetworkAnalysis.LinkSource.EUCLIDEAN, "tester", ProgressListener.NONE);
        long id = outcome.runId();
        assertThat(outcome.layers()).containsExactly("run_" + id + "_patch_metrics");
        assertThat(outcome.features()).hasSize(outcome.graph().patchCount()).hasSizeGreaterThanOrEqualTo(2);
        for (Feature f : outcome.features()) {
            double sum = (Double) f.get("dpc_intra") + (Double) f.get("dpc_flux") + (Double) f.get("dpc_connector");
            assertThat((Double) f.get("dpc")).as(f.id()).isCloseTo(sum, org.assertj.core.data.Offset.offset(1e-6));
            assertThat((Double) f.get("dpc_connector")).isGreaterThanOrEqualTo(-1e-9);
        }
        // Euclidean links on a complete graph: one component.
        assertThat(outcome.result().componentCount()).isEqualTo(1);
        assertThat(store().catalog().get("run_" + id + "_patch_metrics").orElseThrow().info().featureCount())
                .isEqualTo(outcome.features().size());
        store().publisher().deleteRun(id);
    }

    static double haversineKm(double lon1, double lat1, double lon2, double lat2) {
        double p1 = Math.toRadians(lat1);
        double p2 = Math.toRadians(lat2);
        double dp = p2 - p1;
        double dl = Math.toRadians(lon2 - lon1);
        double h = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
        return 2 * 6371.0088 * Math.asin(Math.min(1, Math.sqrt(h)));
    }

    /** Even-odd rule over every ring of every polygon; the demo sites never lie exactly on an edge. */
    static boolean rayCastContains(Geometry g, double x, double y) {
        boolean inside = false;
        for (int i = 0; i < g.getNumGeometries(); i++) {
            Polygon poly = (Polygon) g.getGeometryN(i);
            List<Coordinate[]> rings = new ArrayList<>();
            rings.add(poly.getExteriorRing().getCoordinates());
            for (int h = 0; h < poly.getNumInteriorRing(); h++) {
                rings.add(poly.getInteriorRingN(h).getCoordinates());
            }
            boolean inPoly = false;
            for (Coordinate[] r : rings) {
                for (int a = 0, b = r.length - 2; a < r.length - 1; b = a++) {
                    if ((r[a].y > y) != (r[b].y > y)
                            && x < (r[b].x - r[a].x) * (y - r[a].y) / (r[b].y - r[a].y) + r[a].x) {
                        inPoly = !inPoly;
                    }
                }
            }
            inside |= inPoly;
        }
        return inside;
    }

    static Set<String> csvSiteCodes(String species) throws IOException {
        Set<String> codes = new TreeSet<>();
        for (String line : Files.readAllLines(Paths.repoRoot().resolve("data/tables/flyway_site_roles.csv"))) {
            String[] f = line.split(",");
            if (f.length >= 2 && !f[0].equals("site_code") && (species == null || f[1].equals(species))) {
                codes.add(f[0]);
            }
        }
        return codes;
    }

    static Map<String, Integer> csvMaxCounts(String species) throws IOException {
        Map<String, Integer> max = new HashMap<>();
        for (String line : Files.readAllLines(Paths.repoRoot().resolve("data/tables/survey_counts.csv"))) {
            String[] f = line.split(",", 5);
            if (f.length >= 4 && f[1].equals(species)) {
                max.merge(f[0], Integer.parseInt(f[3]), Math::max);
            }
        }
        return max;
    }
}
