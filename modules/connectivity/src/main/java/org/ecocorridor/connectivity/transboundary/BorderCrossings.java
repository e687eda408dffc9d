package org.ecocorridor.connectivity.transboundary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.linearref.LengthIndexedLine;

/**
 * Finds where a path crosses from one country to another.
 *
 * <h2>Method</h2>
 * The path (lon/lat) is intersected with every country it may meet; each resulting line piece is
 * located on the path as an interval of its length index (JTS {@link LengthIndexedLine}: the projection of its
 * two ends, in degrees, used only for ordering). The intervals are sorted along the path and touching intervals of the
 * same country merged. Every change of country between consecutive intervals is a crossing, placed
 * where the intervals meet or, if a gap in no country separates them (outlines that do not share the
 * border exactly, the sea), at the gap's midpoint with the gap's geodesic length. A path that leaves a
 * country and comes back to it without entering another one has no crossing. Overlapping countries
 * (disputed areas supplied as extra outlines) give a crossing where the second interval starts.
 *
 * <p>Thread-safe after construction.
 */
public final class BorderCrossings {
    /** Interval ends closer than this (degrees of path length) touch. */
    private static final double TOUCH = 1e-9;

    private final CountryIndex countries;

    public BorderCrossings(List<Country> countries) {
        this.countries = new CountryIndex(countries);
    }

    BorderCrossings(CountryIndex index) {
        this.countries = index;
    }

    /**
     * The crossings of one path, in path order.
     *
     * @param linkId link id reported with each crossing
     * @param path   the least-cost path in EPSG:4326, from the link's first patch to its second
     */
    public List<BorderCrossing> crossings(String linkId, LineString path) {
        Objects.requireNonNull(linkId, "linkId");
        Objects.requireNonNull(path, "path");
        if (path.isEmpty() || path.getLength() == 0) {
            return List.of();
        }
        LengthIndexedLine index = new LengthIndexedLine(path);
        List<Interval> intervals = new ArrayList<>();
        for (Country c : countries.candidates(path.getEnvelopeInternal())) {
            Geometry pieces = CountryIndex.intersection(path, c.geometry());
            for (int i = 0; i < pieces.getNumGeometries(); i++) {
                if (pieces.getGeometryN(i) instanceof LineString piece && piece.getLength() > 0) {
                    double s = index.project(piece.getCoordinateN(0));
                    double e = index.project(piece.getCoordinateN(piece.getNumPoints() - 1));
                    intervals.add(new Interval(c.iso3(), Math.min(s, e), Math.max(s, e)));
                }
            }
        }
        intervals.sort(Comparator.comparingDouble(Interval::start).thenComparingDouble(Interval::end));
        List<Interval> merged = new ArrayList<>();
        for (Interval next : intervals) {
            Interval last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && last.iso3.equals(next.iso3) && next.start <= last.end + TOUCH) {
                merged.set(merged.size() - 1, new Interval(last.iso3, last.start, Math.max(last.end, next.end)));
            } else {
                merged.add(next);
            }
        }
        List<BorderCrossing> result = new ArrayList<>();
        for (int i = 1; i < merged.size(); i++) {
            Interval a = merged.get(i - 1);
            Interval b = merged.get(i);
            if (a.iso3.equals(b.iso3)) {
                continue;
            }
            boolean touching = b.start <= a.end + TOUCH;
            Coordinate at = index.extractPoint(touching ? b.start : (a.end + b.start) / 2);
            double gap = touching ? 0 : CountryShares.geodesicLengthMetres(index.extractLine(a.end, b.start));
            result.add(new BorderCrossing(linkId, a.iso3, b.iso3, at.x, at.y, gap));
        }
        return List.copyOf(result);
    }

    private record Interval(String iso3, double start, double end) {
    }
}
