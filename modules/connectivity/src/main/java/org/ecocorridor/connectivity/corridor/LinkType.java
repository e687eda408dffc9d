package org.ecocorridor.connectivity.corridor;

/**
 * Link types with Linkage Mapper's numeric codes (the {@code LT_*} constants of Linkage Mapper's
 * {@code lm_config.py}, WHRC / McRae &amp; Kavanagh 2011; the "linkType" column of its link tables).
 * Positive codes are corridors that are mapped; negative codes are links dropped, with the reason.
 *
 * <table>
 *   <caption>Codes</caption>
 *   <tr><th>constant</th><th>code</th><th>Linkage Mapper</th><th>meaning</th></tr>
 *   <tr><td>{@link #CORRIDOR}</td><td>1</td><td>LT_CORR</td><td>corridor connecting two cores</td></tr>
 *   <tr><td>{@link #NEAREST_NEIGHBOUR_CORRIDOR}</td><td>10</td><td>LT_NNC</td><td>corridor kept as one of a core's N nearest neighbours</td></tr>
 *   <tr><td>{@link #NOT_NEAREST_NEIGHBOUR}</td><td>−1</td><td>LT_CPLK</td><td>dropped: not among either core's N nearest neighbours</td></tr>
 *   <tr><td>{@link #TOO_LONG_EUCLIDEAN}</td><td>−11</td><td>LT_TLEC</td><td>dropped: Euclidean distance above the maximum</td></tr>
 *   <tr><td>{@link #TOO_LONG_COST_WEIGHTED}</td><td>−12</td><td>LT_TLLC</td><td>dropped: cost-weighted distance above the maximum, or no path at all (Linkage Mapper uses the same code for links through NoData)</td></tr>
 *   <tr><td>{@link #TOO_SHORT_EUCLIDEAN}</td><td>−13</td><td>LT_TSEC</td><td>dropped: Euclidean distance below the minimum</td></tr>
 *   <tr><td>{@link #TOO_SHORT_COST_WEIGHTED}</td><td>−14</td><td>LT_TSLC</td><td>dropped: cost-weighted distance below the minimum</td></tr>
 *   <tr><td>{@link #INTERMEDIATE_CORE}</td><td>−15</td><td>LT_INT</td><td>dropped: the least-cost path passes through a third core</td></tr>
 * </table>
 * Not implemented: 20 (LT_CLU, links added to connect "constellations") and 100 (LT_KEEP, links a
 * user forces to keep).
 *
 * <p>Immutable.
 */
public enum LinkType {
    CORRIDOR(1),
    NEAREST_NEIGHBOUR_CORRIDOR(10),
    NOT_NEAREST_NEIGHBOUR(-1),
    TOO_LONG_EUCLIDEAN(-11),
    TOO_LONG_COST_WEIGHTED(-12),
    TOO_SHORT_EUCLIDEAN(-13),
    TOO_SHORT_COST_WEIGHTED(-14),
    INTERMEDIATE_CORE(-15);

    private final int code;

    LinkType(int code) {
        this.code = code;
    }

    /** Linkage Mapper's numeric code. */
    public int code() {
        return code;
    }

    /** Whether the link is a mapped corridor (positive code). */
    public boolean isKept() {
        return code > 0;
    }

    /** The type with a Linkage Mapper code. */
    public static LinkType ofCode(int code) {
        for (LinkType t : values()) {
            if (t.code == code) {
                return t;
            }
        }
        throw new IllegalArgumentException("Unknown Linkage Mapper link type code " + code);
    }
}
