package org.ecocorridor.connectivity.graph;

/**
 * Importance of one link: the percentage loss of PC and of IIC when only this link is removed.
 *
 * <p>Immutable.
 *
 * @param linkId      the link
 * @param from        one patch
 * @param to          the other patch
 * @param distance    link length d<sub>ij</sub> (metres or cost units)
 * @param probability direct dispersal probability p<sub>ij</sub> = exp(−α d<sub>ij</sub>)
 * @param dPC         100 (PCnum − PCnum<sub>−link</sub>) / PCnum; 0 when a better path bypasses it
 * @param dIIC        100 (IICnum − IICnum<sub>−link</sub>) / IICnum
 */
public record LinkImportance(String linkId, String from, String to, double distance, double probability,
        double dPC, double dIIC) {
}
