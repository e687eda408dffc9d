package org.ecocorridor.store.io;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.util.GeometryFixer;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;

/**
 * Applies a {@link GeometryPolicy} to one geometry: validity by JTS {@link IsValidOp} (OGC Simple
 * Features rules), repair by JTS {@link GeometryFixer} (which keeps every valid part, splits
 * self-intersecting rings into valid polygons and drops collapsed parts).
 *
 * <p>Validation runs in the source CRS, before reprojection, so that the coordinates in messages
 * are those of the file.
 *
 * <p>Immutable and thread-safe.
 */
final class GeometryGate {
    private final GeometryPolicy policy;

    GeometryGate(GeometryPolicy policy) {
        this.policy = policy;
    }

    GeometryPolicy policy() {
        return policy;
    }

    /**
     * The validation error of a geometry as {@code <message> at <x> <y>}, e.g.
     * {@code Self-intersection at 131.2 43.1}, or null when it is valid.
     */
    static String problem(Geometry geometry) {
        TopologyValidationError error = new IsValidOp(geometry).getValidationError();
        if (error == null) {
            return null;
        }
        Coordinate at = error.getCoordinate();
        return at == null ? error.getMessage() : error.getMessage() + " at " + at.getX() + " " + at.getY();
    }

    /**
     * The geometry to keep: unchanged when valid or null, repaired under REPAIR.
     *
     * @param repairs told of each repair (row, reason); may be a no-op for a dry pass
     * @throws Rejected      under REJECT, for an invalid geometry
     * @throws ImportException when repair leaves an empty geometry
     */
    Geometry apply(String file, long row, Geometry geometry, RepairListener repairs) throws ImportException, Rejected {
        if (geometry == null || geometry.isEmpty()) {
            return geometry;
        }
        String problem = problem(geometry);
        if (problem == null) {
            return geometry;
        }
        if (policy == GeometryPolicy.REJECT) {
            throw new Rejected(row, "Row " + row + ": invalid geometry (" + problem + ")");
        }
        Geometry fixed = GeometryFixer.fix(geometry);
        if (fixed.isEmpty()) {
            throw ImportException.atRow(file, row, null, "invalid geometry (" + problem + ") is empty once repaired");
        }
        fixed.setSRID(geometry.getSRID());
        repairs.repaired(row, problem);
        return fixed;
    }

    /** Told of each repaired geometry. */
    @FunctionalInterface
    interface RepairListener {
        RepairListener NONE = (row, reason) -> { };

        void repaired(long row, String reason);
    }

    /** An invalid geometry under REJECT; the caller collects these into one {@link ImportException}. */
    static final class Rejected extends Exception {
        private static final long serialVersionUID = 1L;
        private final long row;

        Rejected(long row, String message) {
            super(message, null, false, false);
            this.row = row;
        }

        long row() {
            return row;
        }
    }
}
