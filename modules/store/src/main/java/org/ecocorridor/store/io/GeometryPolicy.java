package org.ecocorridor.store.io;

/**
 * What an import does with a geometry that is not valid in the OGC Simple Features sense (JTS
 * {@code IsValidOp}: self-intersections, ring self-touches, holes outside shells, ...). Immutable.
 */
public enum GeometryPolicy {
    /**
     * Repair with JTS {@code GeometryFixer} and list the row and the validation error in the
     * {@link ImportReport}; a geometry that repairs to empty (e.g. a zero-area polygon) fails the
     * import.
     */
    REPAIR,
    /** Fail the import, naming up to 100 invalid rows and their validation errors. */
    REJECT
}
