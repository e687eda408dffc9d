package org.ecocorridor.server.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ecocorridor.connectivity.flyway.FlywaySite;
import org.ecocorridor.connectivity.risk.BufferExposure;
import org.ecocorridor.connectivity.risk.Infrastructure;
import org.ecocorridor.connectivity.risk.InfrastructureKind;
import org.ecocorridor.connectivity.risk.InfrastructureRisk;
import org.ecocorridor.connectivity.risk.RiskParameters;
import org.ecocorridor.connectivity.risk.SiteRisk;
import org.ecocorridor.core.feature.AttributeType;
import org.ecocorridor.core.feature.AttributeDescriptor;
import org.ecocorridor.core.feature.Feature;
import org.ecocorridor.core.feature.FeatureSchema;
import org.ecocorridor.core.feature.GeometryKind;
import org.ecocorridor.core.progress.ProgressListener;
import org.ecocorridor.core.species.SpeciesCode;
import org.ecocorridor.store.SpatialStore;
import org.ecocorridor.store.ingest.ResultLayer;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * Energy-infrastructure risk around flyway sites (process {@value #PROCESS_ID}): the stored
 * {@code wind_farm} and {@code power_line} features within buffers around the sites of a species (or
 * of every species), {@link InfrastructureRisk#assess}, published as {@code run_<id>_infrastructure_risk}
 * (points, style {@code site_importance}).
 *
 * <p>Buffers: {@link RiskParameters#defaults()} (1, 5, 10 km, ring weights 1, 0.3, 0.1). Other radii
 * keep the default weights ring by ring; rings beyond the third get the last default weight (0.1).
 *
 * <p>Layer attributes: {@code rank} (1 = highest risk), {@code code}, {@code name}, {@code roles},
 * {@code hazard} (added annual hazard h), {@code risk_index} (R = 1 − e<sup>−h</sup>), and per buffer
 * of radius r km ({@code r} written with {@code _} for a decimal point): {@code wind_farms_<r>km},
 * {@code wind_mw_<r>km}, {@code power_line_km_<r>km}.
 *
 * <p>Thread-safe; one run per call.
 */
public final class StoreInfrastructureRisk {
    /** The process id recorded on the run. */
    public static final String PROCESS_ID = "infrastructure-risk";

    private final SpatialStore store;

    public StoreInfrastructureRisk(SpatialStore store) {
        this.store = store;
    }

    /**
     * The outcome.
     *
     * @param ranked site risks by decreasing risk index, then site code
     * @param sites  the assessed sites by code
     */
    public record Outcome(long runId, List<String> layers, RiskParameters parameters, List<SiteRisk> ranked,
            Map<String, FlywaySite> sites, FeatureSchema schema, List<Feature> features) {
    }

    /**
     * Runs and publishes.
     *
     * @param species  a waterbird, or null for the sites of every species
     * @param radiiKm  buffer radii in km, strictly increasing, or null for the defaults
     * @throws IllegalArgumentException for bad radii or when there is no site
     */
    public Outcome run(SpeciesCode species, List<Double> radiiKm, String user, ProgressListener listener) {
        return run(species, radiiKm, RunScope.standalone(store, user), listener);
    }

    /** Runs in {@code scope} (a job's, or a standalone run). */
    public Outcome run(SpeciesCode species, List<Double> radiiKm, RunScope scope, ProgressListener listener) {
        RiskParameters parameters = parameters(radiiKm);
        List<FlywaySite> sites = StoredSites.of(store, species == null ? null : species.code());
        if (sites.isEmpty()) {
            throw new IllegalArgumentException("No flyway site has a role for species "
                    + (species == null ? "(any)" : species.code()));
        }
        List<Infrastructure> infrastructure = new ArrayList<>();
        for (InfrastructureKind kind : List.of(InfrastructureKind.WIND_FARM, InfrastructureKind.POWER_LINE)) {
            store.analysisInputs().infrastructureFeatures(kind.code()).forEach(f -> infrastructure.add(
                    new Infrastructure(f.id(), kind, f.name(), f.geometry(), f.capacityMw())));
        }
        String params = String.format(Locale.ROOT, "{\"species\":%s,\"bufferRadiiKm\":%s,\"ringWeights\":%s}",
                species == null ? "null" : "\"" + species.code() + "\"", parameters.bufferRadiiKm(),
                parameters.ringWeights());
        long runId = scope.begin(PROCESS_ID, params);
        try {
            List<SiteRisk> risks = InfrastructureRisk.assess(sites, infrastructure, parameters,
                    listener.range(0, 0.9));
            List<SiteRisk> ranked = new ArrayList<>(risks);
            ranked.sort(Comparator.comparingDouble(SiteRisk::riskIndex).reversed().thenComparing(SiteRisk::siteCode));
            Map<String, FlywaySite> byCode = new LinkedHashMap<>();
            sites.forEach(s -> byCode.put(s.code(), s));
            FeatureSchema schema = schema(parameters);
            List<Feature> features = features(ranked, byCode, parameters);
            String what = species == null ? "all flyway sites" : species.code();
            List<String> entries = scope.publish(runId, List.of(ResultLayer.vector(
                    "infrastructure_risk", "Infrastructure risk, " + what,
                    "Wind farms (count, MW) and power-line length within " + parameters.bufferRadiiKm()
                            + " km of each site; risk index R = 1 - exp(-h), h = sum over rings of w_r (muMW MW_r"
                            + " + muKm L_r).", "site_importance", schema, features)));
            scope.succeeded(runId, ranked.size() + " sites assessed");
            listener.progress(1, "Done");
            return new Outcome(runId, entries, parameters, List.copyOf(ranked),
                    Map.copyOf(byCode), schema, features);
        } catch (RuntimeException e) {
            scope.failed(runId, e.getMessage());
            throw e;
        }
    }

    /** Default parameters, or the default coefficients with other radii (weights as in the class javadoc). */
    static RiskParameters parameters(List<Double> radiiKm) {
        RiskParameters defaults = RiskParameters.defaults();
        if (radiiKm == null || radiiKm.equals(defaults.bufferRadiiKm())) {
            return defaults;
        }
        List<Double> base = defaults.ringWeights();
        List<Double> weights = new ArrayList<>();
        for (int i = 0; i < radiiKm.size(); i++) {
            weights.add(base.get(Math.min(i, base.size() - 1)));
        }
        return defaults.withBuffers(radiiKm, weights);
    }

    /** The attribute-name part of a radius: {@code 1}, {@code 2_5}. */
    static String radiusLabel(double km) {
        String s = km == Math.rint(km) ? String.valueOf((long) km) : String.valueOf(km);
        return s.replace('.', '_') + "km";
    }

    private static FeatureSchema schema(RiskParameters p) {
        List<AttributeDescriptor> a = new ArrayList<>(List.of(FlywayFeatures.attr("rank", AttributeType.INTEGER),
                FlywayFeatures.attr("code", AttributeType.STRING), FlywayFeatures.attr("name", AttributeType.STRING),
                FlywayFeatures.attr("roles", AttributeType.STRING), FlywayFeatures.attr("hazard", AttributeType.DOUBLE),
                FlywayFeatures.attr("risk_index", AttributeType.DOUBLE)));
        for (double r : p.bufferRadiiKm()) {
            a.add(FlywayFeatures.attr("wind_farms_" + radiusLabel(r), AttributeType.INTEGER));
            a.add(FlywayFeatures.attr("wind_mw_" + radiusLabel(r), AttributeType.DOUBLE));
            a.add(FlywayFeatures.attr("power_line_km_" + radiusLabel(r), AttributeType.DOUBLE));
        }
        return new FeatureSchema(GeometryKind.POINT, 4326, a);
    }

    private static List<Feature> features(List<SiteRisk> ranked, Map<String, FlywaySite> sites, RiskParameters p) {
        GeometryFactory gf = new GeometryFactory();
        List<Feature> out = new ArrayList<>();
        int rank = 1;
        for (SiteRisk r : ranked) {
            FlywaySite s = sites.get(r.siteCode());
            Map<String, Object> a = new LinkedHashMap<>();
            a.put("rank", (long) rank++);
            a.put("code", s.code());
            a.put("name", s.name());
            a.put("roles", StoredSites.roles(s.roles()));
            a.put("hazard", r.hazard());
            a.put("risk_index", r.riskIndex());
            for (BufferExposure b : r.buffers()) {
                String label = radiusLabel(b.radiusKm());
                a.put("wind_farms_" + label, (long) b.windFarmCount());
                a.put("wind_mw_" + label, b.windCapacityMw());
                a.put("power_line_km_" + label, b.powerLineKm());
            }
            var point = gf.createPoint(new Coordinate(s.lonDegrees(), s.latDegrees()));
            point.setSRID(4326);
            out.add(new Feature(s.code(), point, a));
        }
        return out;
    }
}
