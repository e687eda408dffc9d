package org.ecocorridor.server.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ecocorridor.connectivity.flyway.FlightLeg;
import org.ecocorridor.connectivity.flyway.FlywayAssessment;
import org.ecocorridor.connectivity.flyway.FlywayNetwork;
import org.ecocorridor.connectivity.flyway.FlywaySite;
import org.ecocorridor.connectivity.flyway.SiteAssessment;
import org.ecocorridor.core.feature.AttributeDescriptor;
import org.ecocorridor.core.feature.AttributeType;
import org.ecocorridor.core.feature.Feature;
import org.ecocorridor.core.feature.FeatureSchema;
import org.ecocorridor.core.feature.GeometryKind;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * A flyway assessment as feature tables in EPSG:4326: one point per site with its importance
 * ({@code site_importance}) and one line per flight leg ({@code flyway_edges}). Legs are drawn as
 * straight lon/lat segments between the sites (a display simplification: {@code distance_km} is the
 * geodesic length).
 *
 * <p>Site attributes: {@code code}, {@code name}, {@code roles} (comma-separated role codes),
 * {@code latest_count}, {@code max_count}, {@code capacity} (birds, flow model), {@code ramsar_1pct}
 * (max count ≥ 1 % of the flyway population), {@code protected}, {@code betweenness} (0–1),
 * {@code flow_loss} (birds), {@code flow_loss_pct}, {@code routes_lost}, {@code route_loss_pct},
 * {@code critical}.
 *
 * <p>Immutable.
 */
public record FlywayFeatures(FeatureSchema siteSchema, List<Feature> sites, FeatureSchema edgeSchema,
        List<Feature> edges) {

    static final FeatureSchema SITES = new FeatureSchema(GeometryKind.POINT, 4326, List.of(
            attr("code", AttributeType.STRING), attr("name", AttributeType.STRING),
            attr("roles", AttributeType.STRING), attr("latest_count", AttributeType.INTEGER),
            attr("max_count", AttributeType.INTEGER), attr("capacity", AttributeType.DOUBLE),
            attr("ramsar_1pct", AttributeType.BOOLEAN), attr("protected", AttributeType.BOOLEAN),
            attr("betweenness", AttributeType.DOUBLE), attr("flow_loss", AttributeType.DOUBLE),
            attr("flow_loss_pct", AttributeType.DOUBLE), attr("routes_lost", AttributeType.INTEGER),
            attr("route_loss_pct", AttributeType.DOUBLE), attr("critical", AttributeType.BOOLEAN)));
    static final FeatureSchema EDGES = new FeatureSchema(GeometryKind.LINESTRING, 4326, List.of(
            attr("from", AttributeType.STRING), attr("to", AttributeType.STRING),
            attr("distance_km", AttributeType.DOUBLE)));

    static AttributeDescriptor attr(String name, AttributeType type) {
        return new AttributeDescriptor(name, type, true);
    }

    /** Converts a network and its assessment (same sites). */
    public static FlywayFeatures of(FlywayNetwork network, FlywayAssessment assessment) {
        GeometryFactory gf = new GeometryFactory();
        List<Feature> sites = new ArrayList<>();
        for (SiteAssessment s : assessment.sites()) {
            FlywaySite site = network.site(s.code());
            Map<String, Object> a = new LinkedHashMap<>();
            a.put("code", s.code());
            a.put("name", s.name());
            a.put("roles", StoredSites.roles(s.roles()));
            a.put("latest_count", (long) s.latestCount());
            a.put("max_count", (long) s.maxCount());
            a.put("capacity", s.capacity());
            a.put("ramsar_1pct", s.meetsRamsarCriterion6());
            a.put("protected", s.protectedArea());
            a.put("betweenness", s.betweenness());
            a.put("flow_loss", s.flowLoss());
            a.put("flow_loss_pct", s.flowLossPercent());
            a.put("routes_lost", (long) s.routesLost());
            a.put("route_loss_pct", s.routeLossPercent());
            a.put("critical", s.critical());
            var point = gf.createPoint(new Coordinate(site.lonDegrees(), site.latDegrees()));
            point.setSRID(4326);
            sites.add(new Feature(s.code(), point, a));
        }
        List<Feature> edges = new ArrayList<>();
        for (FlightLeg leg : network.legs()) {
            FlywaySite from = network.site(leg.fromCode());
            FlywaySite to = network.site(leg.toCode());
            var line = gf.createLineString(new Coordinate[] {new Coordinate(from.lonDegrees(), from.latDegrees()),
                    new Coordinate(to.lonDegrees(), to.latDegrees())});
            line.setSRID(4326);
            Map<String, Object> a = new LinkedHashMap<>();
            a.put("from", leg.fromCode());
            a.put("to", leg.toCode());
            a.put("distance_km", leg.distanceKm());
            edges.add(new Feature(leg.fromCode() + "-" + leg.toCode(), line, a));
        }
        return new FlywayFeatures(SITES, sites, EDGES, edges);
    }
}
