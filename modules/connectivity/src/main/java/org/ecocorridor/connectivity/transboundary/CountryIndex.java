package org.ecocorridor.connectivity.transboundary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.util.GeometryFixer;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;

/**
 * Country outlines behind an STR-tree, repaired with JTS {@link GeometryFixer} when invalid (Natural
 * Earth outlines have a few self-touching rings), and a robust intersection.
 *
 * <p>Thread-safe after construction: the tree is built eagerly and only queried.
 */
final class CountryIndex {
    private final STRtree tree = new STRtree();

    CountryIndex(List<Country> countries) {
        Set<String> codes = new HashSet<>();
        List<Country> sorted = new ArrayList<>(countries);
        sorted.sort(Comparator.comparing(Country::iso3));
        for (Country c : sorted) {
            if (!codes.add(c.iso3())) {
                throw new IllegalArgumentException("Duplicate country code " + c.iso3());
            }
            Geometry g = c.geometry().isValid() ? c.geometry() : GeometryFixer.fix(c.geometry());
            tree.insert(g.getEnvelopeInternal(), new Country(c.iso3(), g));
        }
        tree.build();
    }

    /** Countries whose envelope meets the envelope, sorted by code. */
    List<Country> candidates(Envelope envelope) {
        List<Country> result = new ArrayList<>();
        for (Object o : tree.query(envelope)) {
            result.add((Country) o);
        }
        result.sort(Comparator.comparing(Country::iso3));
        return result;
    }

    /** a ∩ b with OverlayNG's snapping fallbacks. */
    static Geometry intersection(Geometry a, Geometry b) {
        return OverlayNGRobust.overlay(a, b, OverlayNG.INTERSECTION);
    }

    /** The geometry itself when valid, else repaired. */
    static Geometry valid(Geometry g) {
        return g.isValid() ? g : GeometryFixer.fix(g);
    }
}
