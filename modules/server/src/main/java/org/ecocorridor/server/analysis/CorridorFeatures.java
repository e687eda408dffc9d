package org.ecocorridor.server.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ecocorridor.connectivity.corridor.CoreSummary;
import org.ecocorridor.connectivity.corridor.CorridorLink;
import org.ecocorridor.connectivity.corridor.CorridorNetwork;
import org.ecocorridor.connectivity.corridor.CorridorPolygon;
import org.ecocorridor.connectivity.corridor.LinkPath;
import org.ecocorridor.core.crs.CoordinateTransforms;
import org.ecocorridor.core.crs.GeometryTransform;
import org.ecocorridor.core.feature.AttributeDescriptor;
import org.ecocorridor.core.feature.AttributeType;
import org.ecocorridor.core.feature.Feature;
import org.ecocorridor.core.feature.FeatureSchema;
import org.ecocorridor.core.feature.GeometryKind;
import org.locationtech.jts.densify.Densifier;
import org.locationtech.jts.geom.Geometry;

/**
 * A corridor network as feature tables in EPSG:4326 (lon/lat), the form in which it is stored,
 * published and exported: least-cost paths with the whole link table, corridor polygons and cores.
 * Grid-CRS geometries are densified to the cell size before reprojection so that straight grid
 * segments follow the projection's curvature.
 *
 * <p>Link attributes follow Linkage Mapper's link table: {@code cw_dist} (least-cost distance, cost
 * units), {@code euc_dist} (edge-to-edge metres), {@code lcp_length} (metres), {@code cwd_to_euc},
 * {@code cwd_to_path} and {@code link_type} (Linkage Mapper's code, negative for dropped links).
 *
 * <p>Immutable.
 */
public record CorridorFeatures(FeatureSchema pathSchema, List<Feature> paths, FeatureSchema corridorSchema,
        List<Feature> corridors, FeatureSchema linkSchema, List<Feature> links) {

    static final FeatureSchema PATHS = new FeatureSchema(GeometryKind.LINESTRING, 4326, List.of(
            attr("link_id", AttributeType.INTEGER), attr("core_a", AttributeType.STRING),
            attr("core_b", AttributeType.STRING), attr("cw_dist", AttributeType.DOUBLE),
            attr("euc_dist", AttributeType.DOUBLE), attr("lcp_length", AttributeType.DOUBLE),
            attr("cwd_to_euc", AttributeType.DOUBLE), attr("cwd_to_path", AttributeType.DOUBLE),
            attr("link_type", AttributeType.INTEGER), attr("kept", AttributeType.BOOLEAN)));
    static final FeatureSchema CORRIDORS = new FeatureSchema(GeometryKind.MULTIPOLYGON, 4326, List.of(
            attr("link_id", AttributeType.INTEGER), attr("core_a", AttributeType.STRING),
            attr("core_b", AttributeType.STRING), attr("cw_dist", AttributeType.DOUBLE),
            attr("area_km2", AttributeType.DOUBLE), attr("cells", AttributeType.INTEGER)));
    /** Every candidate link, with or without a path: geometry is the straight line between core centroids. */
    static final FeatureSchema LINKS = new FeatureSchema(GeometryKind.LINESTRING, 4326, PATHS.attributes());

    private static AttributeDescriptor attr(String name, AttributeType type) {
        return new AttributeDescriptor(name, type, true);
    }

    /**
     * Converts a network computed on a grid with EPSG code {@code gridEpsg}.
     *
     * @param coreNames core id to the name shown in the tables
     * @param coreCentroids core id to its centroid in the grid CRS (for the link lines)
     */
    public static CorridorFeatures of(CorridorNetwork network, int gridEpsg, double cellSizeMetres,
            Map<Integer, String> coreNames, Map<Integer, Geometry> coreCentroids) {
        GeometryTransform toLonLat = CoordinateTransforms.between(gridEpsg, 4326);
        Map<Integer, CorridorLink> linkById = new HashMap<>();
        network.links().forEach(l -> linkById.put(l.id(), l));
        List<Feature> paths = new ArrayList<>();
        for (LinkPath p : network.leastCostPaths()) {
            CorridorLink l = linkById.get(p.linkId());
            Geometry line = toLonLat.apply(Densifier.densify(p.path().line(), cellSizeMetres));
            paths.add(new Feature(String.valueOf(l.id()), line, linkAttributes(l, coreNames)));
        }
        List<Feature> corridors = new ArrayList<>();
        for (CorridorPolygon c : network.corridors()) {
            Map<String, Object> a = new LinkedHashMap<>();
            a.put("link_id", (long) c.linkId());
            a.put("core_a", coreNames.getOrDefault(c.coreA(), String.valueOf(c.coreA())));
            a.put("core_b", coreNames.getOrDefault(c.coreB(), String.valueOf(c.coreB())));
            a.put("cw_dist", finite(c.costWeightedDistance()));
            a.put("area_km2", c.areaSquareMetres() / 1e6);
            a.put("cells", (long) c.cellCount());
            corridors.add(new Feature(String.valueOf(c.linkId()),
                    toLonLat.apply(Densifier.densify(c.geometry(), cellSizeMetres)), a));
        }
        List<Feature> links = new ArrayList<>();
        var factory = new org.locationtech.jts.geom.GeometryFactory();
        for (CorridorLink l : network.links()) {
            Geometry a = coreCentroids.get(l.coreA());
            Geometry b = coreCentroids.get(l.coreB());
            Geometry line = a == null || b == null ? null : toLonLat.apply(
                    factory.createLineString(new org.locationtech.jts.geom.Coordinate[] {a.getCoordinate(), b.getCoordinate()}));
            links.add(new Feature(String.valueOf(l.id()), line, linkAttributes(l, coreNames)));
        }
        return new CorridorFeatures(PATHS, paths, CORRIDORS, corridors, LINKS, links);
    }

    private static Map<String, Object> linkAttributes(CorridorLink l, Map<Integer, String> coreNames) {
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("link_id", (long) l.id());
        a.put("core_a", coreNames.getOrDefault(l.coreA(), String.valueOf(l.coreA())));
        a.put("core_b", coreNames.getOrDefault(l.coreB(), String.valueOf(l.coreB())));
        a.put("cw_dist", finite(l.costWeightedDistance()));
        a.put("euc_dist", finite(l.euclideanDistanceMetres()));
        a.put("lcp_length", finite(l.lcpLengthMetres()));
        a.put("cwd_to_euc", finite(l.cwdToEuclideanRatio()));
        a.put("cwd_to_path", finite(l.cwdToPathRatio()));
        a.put("link_type", (long) l.type().code());
        a.put("kept", l.type().isKept());
        return a;
    }

    /** NaN and infinities are stored as null (no SQL or GeoPackage type holds them portably). */
    private static Double finite(double v) {
        return Double.isFinite(v) ? v : null;
    }

    /** The core table as plain rows, for summaries. */
    public static List<Map<String, Object>> coreRows(CorridorNetwork network) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (CoreSummary c : network.cores()) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("id", c.id());
            r.put("name", c.name());
            r.put("cells", c.cellCount());
            r.put("area_km2", c.areaSquareMetres() / 1e6);
            r.put("corridors", c.corridorCount());
            rows.add(r);
        }
        return rows;
    }
}
