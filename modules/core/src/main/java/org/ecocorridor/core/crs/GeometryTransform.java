package org.ecocorridor.core.crs;

import java.util.Objects;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.util.GeometryTransformer;
import org.opengis.referencing.operation.MathTransform;
import org.opengis.referencing.operation.TransformException;

/**
 * A coordinate transformation between two CRSs, applied to JTS geometries and points.
 * Both sides are in (x, y) = (east, north) order: longitude first for geographic CRSs, whatever
 * the EPSG axis order says (see {@link CoordinateTransforms}).
 *
 * <p>Geometries are not densified: a straight segment stays straight in the target CRS. Densify
 * first (JTS {@code Densifier}) when long segments must follow the projection's curvature.
 *
 * <p>Immutable and thread-safe (SIS math transforms are).
 */
public final class GeometryTransform {
    private final int sourceEpsg;
    private final int targetEpsg;
    private final MathTransform transform;

    GeometryTransform(int sourceEpsg, int targetEpsg, MathTransform transform) {
        this.sourceEpsg = sourceEpsg;
        this.targetEpsg = targetEpsg;
        this.transform = Objects.requireNonNull(transform, "transform");
    }

    public int sourceEpsg() {
        return sourceEpsg;
    }

    public int targetEpsg() {
        return targetEpsg;
    }

    public boolean isIdentity() {
        return transform.isIdentity();
    }

    /**
     * Transforms a geometry into the target CRS; the result carries the target EPSG code as SRID.
     *
     * @throws IllegalArgumentException when a coordinate cannot be transformed (outside the
     *                                  projection's domain), naming both CRSs
     */
    public Geometry apply(Geometry geometry) {
        if (isIdentity()) {
            Geometry copy = geometry.copy();
            copy.setSRID(targetEpsg);
            return copy;
        }
        Geometry result = new SequenceTransformer().transform(geometry);
        result.setSRID(targetEpsg);
        return result;
    }

    /** Transforms one point given as (x, y); returns a new array {x', y'}. */
    public double[] apply(double x, double y) {
        double[] pt = {x, y};
        try {
            transform.transform(pt, 0, pt, 0, 1);
        } catch (TransformException e) {
            throw outOfDomain(e);
        }
        return pt;
    }

    /**
     * Transforms {@code pointCount} interleaved (x, y) pairs of {@code xy} in place, in one call
     * (no allocation): the renderer's path for whole rings and raster rows.
     *
     * @throws IllegalArgumentException when a coordinate cannot be transformed, naming both CRSs
     */
    public void applyInPlace(double[] xy, int pointCount) {
        if (isIdentity() || pointCount == 0) {
            return;
        }
        try {
            transform.transform(xy, 0, xy, 0, pointCount);
        } catch (TransformException e) {
            throw outOfDomain(e);
        }
    }

    /**
     * Bounds of an envelope after transformation, sampling {@code samplesPerEdge} points along each
     * edge so that curved edges are enclosed (a corner-only transform underestimates bounds).
     */
    public Envelope apply(Envelope envelope, int samplesPerEdge) {
        if (envelope.isNull()) {
            return new Envelope();
        }
        int n = Math.max(1, samplesPerEdge);
        Envelope out = new Envelope();
        for (int i = 0; i <= n; i++) {
            double fx = envelope.getMinX() + envelope.getWidth() * i / n;
            double fy = envelope.getMinY() + envelope.getHeight() * i / n;
            expand(out, envelope.getMinX(), fy);
            expand(out, envelope.getMaxX(), fy);
            expand(out, fx, envelope.getMinY());
            expand(out, fx, envelope.getMaxY());
        }
        return out;
    }

    private void expand(Envelope out, double x, double y) {
        double[] p = apply(x, y);
        out.expandToInclude(p[0], p[1]);
    }

    private IllegalArgumentException outOfDomain(TransformException e) {
        return new IllegalArgumentException("Cannot transform coordinates from EPSG:" + sourceEpsg
                + " to EPSG:" + targetEpsg + ": " + e.getMessage(), e);
    }

    /** Transforms whole coordinate sequences at once (one SIS call per sequence, not per point). */
    private final class SequenceTransformer extends GeometryTransformer {
        @Override
        protected CoordinateSequence transformCoordinates(CoordinateSequence coords, Geometry parent) {
            int n = coords.size();
            double[] xy = new double[2 * n];
            for (int i = 0; i < n; i++) {
                xy[2 * i] = coords.getX(i);
                xy[2 * i + 1] = coords.getY(i);
            }
            try {
                transform.transform(xy, 0, xy, 0, n);
            } catch (TransformException e) {
                throw outOfDomain(e);
            }
            Coordinate[] out = new Coordinate[n];
            for (int i = 0; i < n; i++) {
                out[i] = new Coordinate(xy[2 * i], xy[2 * i + 1]);
            }
            return factory.getCoordinateSequenceFactory().create(out);
        }
    }
}
