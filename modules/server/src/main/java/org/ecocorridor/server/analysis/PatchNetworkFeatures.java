package org.ecocorridor.server.analysis;

import static org.ecocorridor.server.analysis.FlywayFeatures.attr;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ecocorridor.connectivity.graph.ConnectivityResult;
import org.ecocorridor.connectivity.graph.PatchImportance;
import org.ecocorridor.connectivity.transboundary.BorderCrossing;
import org.ecocorridor.connectivity.transboundary.CountryPairSummary;
import org.ecocorridor.connectivity.transboundary.CountryShare;
import org.ecocorridor.connectivity.transboundary.DependenceResult;
import org.ecocorridor.connectivity.transboundary.FeatureShares;
import org.ecocorridor.connectivity.transboundary.LinkCountryStatistics;
import org.ecocorridor.connectivity.transboundary.PairDependence;
import org.ecocorridor.core.feature.AttributeType;
import org.ecocorridor.core.feature.Feature;
import org.ecocorridor.core.feature.FeatureSchema;
import org.ecocorridor.core.feature.GeometryKind;
import org.ecocorridor.store.analysis.NamedGeometry;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;

/**
 * Patch-graph and transboundary results as feature tables in EPSG:4326:
 * <ul>
 *   <li>{@code patch_metrics} (polygons): {@code patch_id}, {@code name}, {@code area_km2}, {@code dpc},
 *       {@code dpc_intra}, {@code dpc_flux}, {@code dpc_connector} (all %), {@code diic} (%), {@code flux}
 *       (km²), {@code betweenness} (km⁴, Graphab's PC-weighted BC);</li>
 *   <li>{@code border_crossings} (points): {@code link_id}, {@code from_iso3}, {@code to_iso3}, {@code gap_m};</li>
 *   <li>{@code country_shares} (the link's LCP): {@code link_id}, {@code iso3}, {@code path_km},
 *       {@code path_share}, {@code corridor_km2}, {@code corridor_share} (shares 0–1; corridor columns null
 *       without a corridor polygon);</li>
 *   <li>{@code country_pairs} (the pair's shared border lines, null when they do not touch):
 *       {@code first}, {@code second}, {@code links}, {@code link_ids}, {@code summed_dpc},
 *       {@code eca_closed_km2}, {@code eca_lost_pct}.</li>
 * </ul>
 *
 * <p>Thread-safe: stateless.
 */
public final class PatchNetworkFeatures {
    public static final FeatureSchema PATCHES = new FeatureSchema(GeometryKind.MULTIPOLYGON, 4326, List.of(
            attr("patch_id", AttributeType.STRING), attr("name", AttributeType.STRING),
            attr("area_km2", AttributeType.DOUBLE), attr("dpc", AttributeType.DOUBLE),
            attr("dpc_intra", AttributeType.DOUBLE), attr("dpc_flux", AttributeType.DOUBLE),
            attr("dpc_connector", AttributeType.DOUBLE), attr("diic", AttributeType.DOUBLE),
            attr("flux", AttributeType.DOUBLE), attr("betweenness", AttributeType.DOUBLE)));
    public static final FeatureSchema CROSSINGS = new FeatureSchema(GeometryKind.POINT, 4326, List.of(
            attr("link_id", AttributeType.STRING), attr("from_iso3", AttributeType.STRING),
            attr("to_iso3", AttributeType.STRING), attr("gap_m", AttributeType.DOUBLE)));
    public static final FeatureSchema SHARES = new FeatureSchema(GeometryKind.LINESTRING, 4326, List.of(
            attr("link_id", AttributeType.STRING), attr("iso3", AttributeType.STRING),
            attr("path_km", AttributeType.DOUBLE), attr("path_share", AttributeType.DOUBLE),
            attr("corridor_km2", AttributeType.DOUBLE), attr("corridor_share", AttributeType.DOUBLE)));
    public static final FeatureSchema PAIRS = new FeatureSchema(GeometryKind.MULTILINESTRING, 4326, List.of(
            attr("first", AttributeType.STRING), attr("second", AttributeType.STRING),
            attr("links", AttributeType.INTEGER), attr("link_ids", AttributeType.STRING),
            attr("summed_dpc", AttributeType.DOUBLE), attr("eca_closed_km2", AttributeType.DOUBLE),
            attr("eca_lost_pct", AttributeType.DOUBLE)));

    private static final GeometryFactory GF = new GeometryFactory();

    private PatchNetworkFeatures() {
    }

    static List<Feature> patches(SpeciesPatches patches, ConnectivityResult result) {
        List<Feature> out = new ArrayList<>();
        for (SpeciesPatches.Entry e : patches.patches()) {
            PatchImportance p = result.patch(e.id());
            Map<String, Object> a = new LinkedHashMap<>();
            a.put("patch_id", e.id());
            a.put("name", e.name());
            a.put("area_km2", e.areaKm2());
            a.put("dpc", p.dPC());
            a.put("dpc_intra", p.dPCintra());
            a.put("dpc_flux", p.dPCflux());
            a.put("dpc_connector", p.dPCconnector());
            a.put("diic", p.dIIC());
            a.put("flux", p.flux());
            a.put("betweenness", p.betweenness());
            out.add(new Feature(e.id(), e.lonLat(), a));
        }
        return out;
    }

    static List<Feature> crossings(List<BorderCrossing> crossings) {
        List<Feature> out = new ArrayList<>();
        int n = 1;
        for (BorderCrossing c : crossings) {
            Map<String, Object> a = new LinkedHashMap<>();
            a.put("link_id", c.linkId());
            a.put("from_iso3", c.fromIso3());
            a.put("to_iso3", c.toIso3());
            a.put("gap_m", c.gapMetres());
            var point = GF.createPoint(new Coordinate(c.lonDegrees(), c.latDegrees()));
            point.setSRID(4326);
            out.add(new Feature(String.valueOf(n++), point, a));
        }
        return out;
    }

    static List<Feature> shares(List<LinkCountryStatistics> links, Map<String, LineString> pathById) {
        List<Feature> out = new ArrayList<>();
        for (LinkCountryStatistics l : links) {
            for (CountryShare s : l.pathLength().shares()) {
                Optional<CountryShare> area = l.corridorArea().flatMap(c -> c.country(s.iso3()));
                Map<String, Object> a = new LinkedHashMap<>();
                a.put("link_id", l.linkId());
                a.put("iso3", s.iso3());
                a.put("path_km", s.measure() / 1000);
                a.put("path_share", s.share());
                a.put("corridor_km2", area.map(c -> c.measure() / 1e6).orElse(null));
                a.put("corridor_share", area.map(CountryShare::share).orElse(null));
                out.add(new Feature(l.linkId() + "-" + s.iso3(), pathById.get(l.linkId()), a));
            }
            // Countries the corridor touches but the path does not.
            for (CountryShare c : l.corridorArea().map(FeatureShares::shares).orElse(List.of())) {
                if (l.pathLength().country(c.iso3()).isEmpty()) {
                    Map<String, Object> a = new LinkedHashMap<>();
                    a.put("link_id", l.linkId());
                    a.put("iso3", c.iso3());
                    a.put("path_km", 0.0);
                    a.put("path_share", 0.0);
                    a.put("corridor_km2", c.measure() / 1e6);
                    a.put("corridor_share", c.share());
                    out.add(new Feature(l.linkId() + "-" + c.iso3(), pathById.get(l.linkId()), a));
                }
            }
        }
        return out;
    }

    static List<Feature> pairs(List<CountryPairSummary> pairs, DependenceResult dependence,
            List<NamedGeometry> countries) {
        Map<String, NamedGeometry> byIso = new LinkedHashMap<>();
        countries.forEach(c -> byIso.put(c.key(), c));
        List<Feature> out = new ArrayList<>();
        for (CountryPairSummary s : pairs) {
            PairDependence d = dependence.pairs().stream().filter(p -> p.pair().equals(s.pair())).findFirst().orElse(null);
            Map<String, Object> a = new LinkedHashMap<>();
            a.put("first", s.pair().first());
            a.put("second", s.pair().second());
            a.put("links", (long) s.linkCount());
            a.put("link_ids", String.join(",", s.linkIds()));
            a.put("summed_dpc", s.summedImportance());
            a.put("eca_closed_km2", d == null ? null : d.ecaClosed());
            a.put("eca_lost_pct", d == null ? null : d.percentEcaLost());
            out.add(new Feature(s.pair().toString(), border(byIso.get(s.pair().first()), byIso.get(s.pair().second())), a));
        }
        return out;
    }

    /** The shared border of two countries as a MultiLineString, or null. */
    private static Geometry border(NamedGeometry a, NamedGeometry b) {
        if (a == null || b == null) {
            return null;
        }
        Geometry lines = SharedBorders.of(List.of(a, b), a.geometry().getEnvelopeInternal());
        List<LineString> parts = new ArrayList<>();
        for (int i = 0; i < lines.getNumGeometries(); i++) {
            if (lines.getGeometryN(i) instanceof LineString l) {
                parts.add(l);
            }
        }
        if (parts.isEmpty()) {
            return null;
        }
        Geometry m = GF.createMultiLineString(parts.toArray(LineString[]::new));
        m.setSRID(4326);
        return m;
    }
}
