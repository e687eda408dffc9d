package org.ecocorridor.connectivity.risk;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.ecocorridor.connectivity.flyway.FlightLeg;
import org.ecocorridor.connectivity.flyway.FlywayNetwork;
import org.ecocorridor.connectivity.flyway.FlywayParameters;
import org.ecocorridor.connectivity.flyway.FlywaySite;
import org.ecocorridor.connectivity.flyway.Geodesics;
import org.ecocorridor.connectivity.flyway.PopulationFlow;
import org.ecocorridor.core.progress.ProgressListener;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;

/**
 * "Add this wind farm or power line": which sites and flight legs it affects and how the flyway's
 * maximum population flow changes.
 *
 * <p>Model: each site's flow capacity is its count (per the species' {@link
 * org.ecocorridor.connectivity.flyway.CapacityRule}) times its survival 1 − R, R the risk index of
 * {@link InfrastructureRisk}; the flow ({@link PopulationFlow}) is computed with the existing
 * infrastructure and again with the added features. A leg is affected when its geodesic comes within
 * {@link RiskParameters#routeBufferKm()} of an added wind farm or power line: the leg is sampled every
 * 5 km along the geodesic and, with the feature, projected to an azimuthal equidistant projection
 * centred on the feature's envelope centre, where the JTS distance is taken (sampling chord error
 * under 1 m). Legs are reported, not penalised: the flow model has no leg capacities.
 *
 * <p>Thread-safe: stateless.
 */
public final class RiskScenario {
    private static final double LEG_STEP_METRES = 5_000;
    private static final GeometryFactory GEOMETRY = new GeometryFactory();

    private RiskScenario() {
    }

    /**
     * Evaluates a scenario.
     *
     * @param existing infrastructure already present (EPSG:4326)
     * @param added    the features of the scenario (EPSG:4326)
     */
    public static ScenarioResult evaluate(FlywayNetwork network, FlywayParameters flyway, List<Infrastructure> existing,
            List<Infrastructure> added, RiskParameters risk) {
        Objects.requireNonNull(network, "network");
        Objects.requireNonNull(flyway, "flyway");
        List<Infrastructure> all = new ArrayList<>(existing);
        all.addAll(added);
        Map<String, SiteRisk> before = byCode(InfrastructureRisk.assess(network.sites(), existing, risk, ProgressListener.NONE));
        Map<String, SiteRisk> after = byCode(InfrastructureRisk.assess(network.sites(), all, risk, ProgressListener.NONE));
        List<SiteRiskChange> changes = new ArrayList<>();
        for (FlywaySite s : network.sites()) {
            double rb = before.get(s.code()).riskIndex();
            double ra = after.get(s.code()).riskIndex();
            if (ra > rb) {
                double c = flyway.capacityRule().capacityOf(s);
                changes.add(new SiteRiskChange(s.code(), rb, ra, c * (1 - rb), c * (1 - ra)));
            }
        }
        double flowBefore = PopulationFlow.maxFlow(network,
                s -> flyway.capacityRule().capacityOf(s) * (1 - before.get(s.code()).riskIndex()));
        double flowAfter = PopulationFlow.maxFlow(network,
                s -> flyway.capacityRule().capacityOf(s) * (1 - after.get(s.code()).riskIndex()));
        return new ScenarioResult(changes, affectedLegs(network, added, risk.routeBufferKm() * 1000), flowBefore,
                flowAfter);
    }

    private static List<FlightLeg> affectedLegs(FlywayNetwork network, List<Infrastructure> added, double bufferMetres) {
        List<Infrastructure> relevant = added.stream().filter(f -> f.kind() == InfrastructureKind.WIND_FARM
                || f.kind() == InfrastructureKind.POWER_LINE).toList();
        if (relevant.isEmpty()) {
            return List.of();
        }
        Geodesics geodesics = new Geodesics();
        List<double[]> samples = new ArrayList<>();
        for (FlightLeg leg : network.legs()) {
            FlywaySite a = network.site(leg.fromCode());
            FlywaySite b = network.site(leg.toCode());
            samples.add(geodesics.densify(a.lonDegrees(), a.latDegrees(), b.lonDegrees(), b.latDegrees(), LEG_STEP_METRES));
        }
        List<FlightLeg> result = new ArrayList<>();
        boolean[] hit = new boolean[network.legs().size()];
        for (Infrastructure f : relevant) {
            Envelope env = f.geometry().getEnvelopeInternal();
            LocalProjection projection = new LocalProjection(env.centre().x, env.centre().y);
            Geometry feature = projection.project(f.geometry());
            for (int l = 0; l < hit.length; l++) {
                if (!hit[l]) {
                    double[] xy = samples.get(l).clone();
                    projection.projectInPlace(xy);
                    hit[l] = feature.distance(line(xy)) <= bufferMetres;
                }
            }
        }
        for (int l = 0; l < hit.length; l++) {
            if (hit[l]) {
                result.add(network.legs().get(l));
            }
        }
        return result;
    }

    private static LineString line(double[] xy) {
        Coordinate[] c = new Coordinate[xy.length / 2];
        for (int i = 0; i < c.length; i++) {
            c[i] = new Coordinate(xy[2 * i], xy[2 * i + 1]);
        }
        return GEOMETRY.createLineString(c);
    }

    private static Map<String, SiteRisk> byCode(List<SiteRisk> risks) {
        Map<String, SiteRisk> map = new HashMap<>();
        risks.forEach(r -> map.put(r.siteCode(), r));
        return map;
    }
}
