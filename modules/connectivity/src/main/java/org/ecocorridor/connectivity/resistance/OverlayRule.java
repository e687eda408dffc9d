package org.ecocorridor.connectivity.resistance;

/**
 * How an overlay (roads, railways, settlements, fences, borders) changes the resistance of the cells it
 * covers. r is the resistance from land cover (or from earlier overlays), v the overlay's value.
 * NoData cells stay NoData under every rule.
 *
 * <p>Immutable.
 */
public enum OverlayRule {
    /** r + v (v ≥ 0): a crossing penalty, e.g. +50 for a highway. */
    ADD,
    /** r × v (v &gt; 0): a relative penalty, e.g. ×3 inside settlements. */
    MULTIPLY,
    /** max(r, v) (v &gt; 0): a floor, e.g. at least 500 on railways. */
    MAX,
    /** NoData (impassable): fences, closed borders, built-up cores. The value is ignored. */
    BARRIER
}
