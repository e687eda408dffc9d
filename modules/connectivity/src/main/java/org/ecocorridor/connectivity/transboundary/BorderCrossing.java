package org.ecocorridor.connectivity.transboundary;

/**
 * A point where a least-cost path leaves one country and enters another.
 *
 * <p>Immutable.
 *
 * @param linkId     the link whose path crosses
 * @param fromIso3   the country the path leaves (in the path's direction)
 * @param toIso3     the country the path enters
 * @param lonDegrees crossing longitude
 * @param latDegrees crossing latitude
 * @param gapMetres  0 when the two countries meet at the crossing; otherwise the geodesic length of
 *                   the stretch in no supplied country between them (a river or lake gap in the
 *                   outlines, the sea), whose midpoint is then reported as the crossing
 */
public record BorderCrossing(String linkId, String fromIso3, String toIso3, double lonDegrees, double latDegrees,
        double gapMetres) {

    /** The unordered country pair. */
    public CountryPair pair() {
        return CountryPair.of(fromIso3, toIso3);
    }
}
