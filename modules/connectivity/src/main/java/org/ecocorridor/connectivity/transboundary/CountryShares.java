package org.ecocorridor.connectivity.transboundary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.ecocorridor.connectivity.flyway.Geodesics;
import org.ecocorridor.core.crs.CoordinateTransforms;
import org.ecocorridor.core.crs.GeometryTransform;
import org.locationtech.jts.densify.Densifier;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Lineal;
import org.locationtech.jts.geom.Polygonal;
import org.locationtech.jts.geom.Puntal;

/**
 * The generic country-shares tool: for any polygon, line or point feature, its area, length or
 * count in each country and the corresponding share.
 *
 * <h2>Method</h2>
 * The feature is intersected with each country whose envelope it meets (JTS OverlayNG, robust, in
 * lon/lat: the coordinates of storage, where both outlines' segments are straight). Then:
 * <ul>
 *   <li>polygons: every piece is densified to 0.01° (so straight lon/lat edges keep their shape) and
 *       projected to the region's Lambert azimuthal equal-area CRS (LAEA 45°N 115°E,
 *       {@link CoordinateTransforms#toEqualArea()}), where planar area is exact by construction;</li>
 *   <li>lines: every piece is densified to 0.01° and its length is the sum of WGS 84 geodesic
 *       distances between consecutive vertices ({@link Geodesics}). An equal-area projection is not
 *       equidistant (scale error up to 2 % within 1,800 km of its centre), so lengths are taken on the
 *       ellipsoid; the densified chords shorten a straight lon/lat segment by less than 1 m per km;</li>
 *   <li>points: count of points covered by the country.</li>
 * </ul>
 * share = measure in the country / measure of the whole feature. Invalid inputs are repaired with
 * JTS {@code GeometryFixer}.
 *
 * <p>Thread-safe after construction.
 */
public final class CountryShares {
    static final double DENSIFY_DEGREES = 0.01;

    private final CountryIndex countries;

    /**
     * @param countries country outlines in EPSG:4326
     * @throws IllegalArgumentException for duplicate country codes
     */
    public CountryShares(List<Country> countries) {
        this.countries = new CountryIndex(countries);
    }

    CountryIndex index() {
        return countries;
    }

    /**
     * Measures one feature.
     *
     * @param geometry polygonal, lineal or puntal geometry in EPSG:4326
     * @throws IllegalArgumentException for an empty geometry or a mixed collection
     */
    public FeatureShares measure(String featureId, Geometry geometry) {
        Objects.requireNonNull(featureId, "featureId");
        Objects.requireNonNull(geometry, "geometry");
        if (geometry.isEmpty()) {
            throw new IllegalArgumentException("Feature " + featureId + " has an empty geometry");
        }
        if (geometry.getSRID() != 0 && geometry.getSRID() != 4326) {
            throw new IllegalArgumentException("Feature " + featureId + " must be in EPSG:4326 (lon/lat), got SRID "
                    + geometry.getSRID());
        }
        MeasureKind kind = kindOf(featureId, geometry);
        Geometry feature = CountryIndex.valid(geometry);
        double total = measure(kind, feature);
        List<CountryShare> shares = new ArrayList<>();
        double assigned = 0;
        for (Country c : countries.candidates(feature.getEnvelopeInternal())) {
            double m = measure(kind, CountryIndex.intersection(feature, c.geometry()));
            if (m > 0) {
                shares.add(new CountryShare(c.iso3(), m, total > 0 ? m / total : 0));
                assigned += m;
            }
        }
        shares.sort(Comparator.comparingDouble(CountryShare::measure).reversed().thenComparing(CountryShare::iso3));
        return new FeatureShares(featureId, kind, total, shares, Math.max(0, total - assigned));
    }

    /** Measures several features, results sorted by feature id. */
    public List<FeatureShares> measureAll(Map<String, ? extends Geometry> features) {
        List<FeatureShares> result = new ArrayList<>();
        new TreeMap<String, Geometry>(features).forEach((id, g) -> result.add(measure(id, g)));
        return List.copyOf(result);
    }

    private static MeasureKind kindOf(String featureId, Geometry g) {
        if (g instanceof Polygonal) {
            return MeasureKind.AREA_SQUARE_METRES;
        }
        if (g instanceof Lineal) {
            return MeasureKind.LENGTH_METRES;
        }
        if (g instanceof Puntal) {
            return MeasureKind.COUNT;
        }
        throw new IllegalArgumentException("Feature " + featureId + " must be polygonal, lineal or puntal, got "
                + g.getGeometryType());
    }

    private double measure(MeasureKind kind, Geometry g) {
        return switch (kind) {
            case AREA_SQUARE_METRES -> equalAreaSquareMetres(g);
            case LENGTH_METRES -> geodesicLengthMetres(g);
            case COUNT -> countPoints(g);
        };
    }

    /** Area in m² of the polygonal parts, on LAEA 45°N 115°E. */
    double equalAreaSquareMetres(Geometry lonLat) {
        double area = 0;
        for (int i = 0; i < lonLat.getNumGeometries(); i++) {
            Geometry part = lonLat.getGeometryN(i);
            if (part instanceof Polygonal && !part.isEmpty()) {
                area += EqualArea.TRANSFORM.apply(Densifier.densify(part, DENSIFY_DEGREES)).getArea();
            }
        }
        return area;
    }

    /** Geodesic length in metres of the lineal parts. */
    static double geodesicLengthMetres(Geometry lonLat) {
        Geodesics geodesics = new Geodesics();
        double length = 0;
        for (int i = 0; i < lonLat.getNumGeometries(); i++) {
            if (lonLat.getGeometryN(i) instanceof LineString line && !line.isEmpty()) {
                Coordinate[] c = Densifier.densify(line, DENSIFY_DEGREES).getCoordinates();
                for (int k = 1; k < c.length; k++) {
                    length += geodesics.distanceMetres(c[k - 1].x, c[k - 1].y, c[k].x, c[k].y);
                }
            }
        }
        return length;
    }

    private static double countPoints(Geometry g) {
        int n = 0;
        for (int i = 0; i < g.getNumGeometries(); i++) {
            if (g.getGeometryN(i).getDimension() == 0 && !g.getGeometryN(i).isEmpty()) {
                n++;
            }
        }
        return n;
    }

    /**
     * Lazily created (first polygon measured): SIS's first operation look-up opens the EPSG database,
     * which takes seconds. Holder-class idiom; GeometryTransform is immutable.
     */
    private static final class EqualArea {
        static final GeometryTransform TRANSFORM = CoordinateTransforms.toEqualArea();
    }
}
