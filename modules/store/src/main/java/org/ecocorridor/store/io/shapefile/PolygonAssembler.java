package org.ecocorridor.store.io.shapefile;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.algorithm.PointLocation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;

/**
 * Turns the rings of one Shapefile Polygon record into a JTS Polygon or MultiPolygon.
 *
 * <p>The ESRI Shapefile Technical Description (1998, p. 8) orders vertices so that the inside of a
 * polygon is on the right: outer rings (shells) run clockwise, holes counter-clockwise (in a
 * y-up frame). Each hole goes to the smallest shell whose ring contains the hole's first vertex
 * not on the shell boundary (containment by ray crossing, {@link PointLocation#isInRing}). Writers
 * that break the rule are tolerated: a hole inside no shell becomes a shell, and a record with no
 * clockwise ring treats every ring as a shell. Unclosed rings are closed by repeating the first
 * vertex; a ring with fewer than 4 vertices once closed is an error.
 *
 * <p>Immutable and thread-safe.
 */
final class PolygonAssembler {
    private final GeometryFactory factory;

    PolygonAssembler(GeometryFactory factory) {
        this.factory = factory;
    }

    /**
     * @throws IllegalArgumentException for a ring with fewer than 4 vertices
     */
    Geometry assemble(Coordinate[][] rings) {
        List<Coordinate[]> shells = new ArrayList<>();
        List<Coordinate[]> holes = new ArrayList<>();
        for (Coordinate[] ring : rings) {
            Coordinate[] closed = closed(ring);
            (Orientation.isCCW(closed) ? holes : shells).add(closed);
        }
        if (shells.isEmpty()) {
            shells.addAll(holes);
            holes.clear();
        }
        List<List<Coordinate[]>> holesOfShell = new ArrayList<>();
        for (int i = 0; i < shells.size(); i++) {
            holesOfShell.add(new ArrayList<>());
        }
        for (Coordinate[] hole : holes) {
            int shell = containingShell(hole, shells);
            if (shell < 0) {
                shells.add(hole);
                holesOfShell.add(new ArrayList<>());
            } else {
                holesOfShell.get(shell).add(hole);
            }
        }
        Polygon[] polygons = new Polygon[shells.size()];
        for (int i = 0; i < polygons.length; i++) {
            LinearRing[] inner = holesOfShell.get(i).stream().map(factory::createLinearRing).toArray(LinearRing[]::new);
            polygons[i] = factory.createPolygon(factory.createLinearRing(shells.get(i)), inner);
        }
        if (polygons.length == 0) {
            return factory.createPolygon();
        }
        return polygons.length == 1 ? polygons[0] : factory.createMultiPolygon(polygons);
    }

    private static int containingShell(Coordinate[] hole, List<Coordinate[]> shells) {
        Envelope holeEnv = envelope(hole);
        int best = -1;
        double bestArea = Double.POSITIVE_INFINITY;
        for (int i = 0; i < shells.size(); i++) {
            Coordinate[] shell = shells.get(i);
            Envelope shellEnv = envelope(shell);
            if (!shellEnv.covers(holeEnv)) {
                continue;
            }
            Coordinate probe = firstVertexNotOn(hole, shell);
            if (probe != null && PointLocation.isInRing(probe, shell) && shellEnv.getArea() < bestArea) {
                best = i;
                bestArea = shellEnv.getArea();
            }
        }
        return best;
    }

    private static Coordinate firstVertexNotOn(Coordinate[] hole, Coordinate[] shell) {
        for (Coordinate c : hole) {
            if (!PointLocation.isOnLine(c, shell)) {
                return c;
            }
        }
        return null;
    }

    private static Envelope envelope(Coordinate[] ring) {
        Envelope env = new Envelope();
        for (Coordinate c : ring) {
            env.expandToInclude(c);
        }
        return env;
    }

    private static Coordinate[] closed(Coordinate[] ring) {
        Coordinate[] c = ring;
        if (c.length > 0 && !c[0].equals2D(c[c.length - 1])) {
            c = Arrays.copyOf(ring, ring.length + 1);
            c[ring.length] = ring[0].copy();
        }
        if (c.length < 4) {
            throw new IllegalArgumentException("polygon ring has " + c.length
                    + " vertices once closed; at least 4 needed");
        }
        return c;
    }
}
