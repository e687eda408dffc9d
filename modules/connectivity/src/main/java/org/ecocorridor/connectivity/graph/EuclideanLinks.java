package org.ecocorridor.connectivity.graph;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * Links between every pair of patches whose outlines are within a maximum edge-to-edge distance,
 * the Euclidean alternative to least-cost links (Graphab's "Euclidean" link type).
 *
 * <p>Distances are planar JTS distances between the outlines (0 for touching or overlapping
 * patches), so the geometries must be in a projected CRS in metres: the analysis grid's UTM zone
 * for a local study (scale error under 0.1 % within the zone), or the region's equal-area CRS
 * (under 2 % within ~1,800 km of 45°N 115°E). Geographic coordinates (SRID 4326) are rejected.
 * Candidate pairs come from an STR-tree on the envelopes expanded by the maximum distance.
 *
 * <p>Thread-safe: stateless.
 */
public final class EuclideanLinks {

    private EuclideanLinks() {
    }

    /**
     * Edge-to-edge links, ids {@code from--to} with from &lt; to, sorted by id.
     *
     * @param patches             patches with projected geometries
     * @param maxDistanceMetres   pairs farther apart get no link; ≥ 0, or +∞ for a complete graph
     * @throws IllegalArgumentException when a patch has no geometry or a geographic one, or for a
     *                                  negative or NaN maximum distance
     */
    public static List<PatchLink> edgeToEdge(List<Patch> patches, double maxDistanceMetres) {
        if (!(maxDistanceMetres >= 0)) {
            throw new IllegalArgumentException("maxDistanceMetres must be >= 0, got " + maxDistanceMetres);
        }
        List<Patch> sorted = new ArrayList<>(patches);
        sorted.sort(Comparator.comparing(Patch::id));
        STRtree tree = new STRtree();
        for (int i = 0; i < sorted.size(); i++) {
            Geometry g = checkedGeometry(sorted.get(i));
            tree.insert(g.getEnvelopeInternal(), i);
        }
        List<PatchLink> links = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            Geometry gi = sorted.get(i).geometry();
            Envelope search = new Envelope(gi.getEnvelopeInternal());
            search.expandBy(Double.isInfinite(maxDistanceMetres) ? Double.MAX_VALUE / 4 : maxDistanceMetres);
            for (Object o : tree.query(search)) {
                int j = (Integer) o;
                if (j <= i) {
                    continue;
                }
                double d = gi.distance(sorted.get(j).geometry());
                if (d <= maxDistanceMetres) {
                    links.add(new PatchLink(sorted.get(i).id(), sorted.get(j).id(), d));
                }
            }
        }
        links.sort(Comparator.comparing(PatchLink::id));
        return List.copyOf(links);
    }

    private static Geometry checkedGeometry(Patch p) {
        Geometry g = p.geometry();
        if (g == null || g.isEmpty()) {
            throw new IllegalArgumentException("Patch " + p.id() + " has no geometry for edge-to-edge distances");
        }
        if (g.getSRID() == 4326) {
            throw new IllegalArgumentException("Patch " + p.id()
                    + " is in EPSG:4326 degrees; project it to a metric CRS first");
        }
        return g;
    }
}
