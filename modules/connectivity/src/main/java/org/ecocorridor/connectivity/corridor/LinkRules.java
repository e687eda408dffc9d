package org.ecocorridor.connectivity.corridor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.operation.distance.IndexedFacetDistance;

/**
 * Linkage Mapper's link drop rules, applied in its order: Euclidean limits before any cost-distance
 * work (step 3 start), then cost-weighted limits and unreachable cores, then intermediate cores (step 3),
 * then the N-nearest-neighbour rule among the surviving corridors (step 4).
 *
 * <p>Thread-safe: stateless.
 */
final class LinkRules {

    private LinkRules() {
    }

    /** Edge-to-edge distance between two core geometries (0 when they intersect), NaN if one is empty. */
    static double euclideanDistance(Geometry a, Geometry b) {
        if (a == null || b == null || a.isEmpty() || b.isEmpty()) {
            return Double.NaN;
        }
        if (a.intersects(b)) {
            return 0;
        }
        return IndexedFacetDistance.distance(a, b);
    }

    /** The Euclidean rule's verdict, null when the link passes. */
    static LinkType euclidean(double distanceMetres, CorridorOptions o) {
        if (Double.isNaN(distanceMetres)) {
            return null;
        }
        if (distanceMetres > o.maxEuclideanDistanceMetres()) {
            return LinkType.TOO_LONG_EUCLIDEAN;
        }
        if (distanceMetres < o.minEuclideanDistanceMetres()) {
            return LinkType.TOO_SHORT_EUCLIDEAN;
        }
        return null;
    }

    /** The cost-distance and intermediate-core rules' verdict, null when the link passes. */
    static LinkType cost(double cwd, boolean crossesOtherCore, CorridorOptions o) {
        if (!(cwd < Double.POSITIVE_INFINITY) || cwd > o.maxCostDistance()) {
            return LinkType.TOO_LONG_COST_WEIGHTED;
        }
        if (cwd < o.minCostDistance()) {
            return LinkType.TOO_SHORT_COST_WEIGHTED;
        }
        if (crossesOtherCore && o.dropLinksThroughIntermediateCores()) {
            return LinkType.INTERMEDIATE_CORE;
        }
        return null;
    }

    /**
     * Step 4: every core keeps its N nearest surviving links (by CWD or Euclidean distance, ties by link
     * order); a link survives when either end keeps it (type 10), the others become type −1. Types of
     * links already dropped (non-null) are left alone; {@code types[i] == null} means "corridor so far".
     */
    static void nearestNeighbours(List<CandidateLink> links, LinkType[] types, double[] cwd, double[] euclidean,
            CorridorOptions o) {
        int n = o.nearestNeighbours();
        if (n == 0) {
            return;
        }
        double[] measure = o.nearestNeighbourMeasure() == NearestNeighbourMeasure.EUCLIDEAN ? euclidean : cwd;
        TreeMap<Integer, List<Integer>> byCore = new TreeMap<>();
        for (int i = 0; i < links.size(); i++) {
            if (types[i] == null) {
                byCore.computeIfAbsent(links.get(i).coreA(), k -> new ArrayList<>()).add(i);
                byCore.computeIfAbsent(links.get(i).coreB(), k -> new ArrayList<>()).add(i);
            }
        }
        boolean[] near = new boolean[links.size()];
        for (List<Integer> own : byCore.values()) {
            own.sort(Comparator.<Integer>comparingDouble(i -> measure[i]).thenComparingInt(i -> i));
            for (int k = 0; k < Math.min(n, own.size()); k++) {
                near[own.get(k)] = true;
            }
        }
        for (int i = 0; i < links.size(); i++) {
            if (types[i] == null) {
                types[i] = near[i] ? LinkType.NEAREST_NEIGHBOUR_CORRIDOR : LinkType.NOT_NEAREST_NEIGHBOUR;
            }
        }
    }
}
