package org.ecocorridor.core.grid;

/**
 * How {@link GridResampler} reads a source grid at a point.
 *
 * <p>Immutable.
 */
public enum ResamplingMethod {
    /** Value of the source cell containing the point. Use for class codes (land cover, ids). */
    NEAREST,
    /**
     * Bilinear interpolation between the four source cell centres around the point,
     * v = Σ wᵢ vᵢ / Σ wᵢ over the non-NoData neighbours with wᵢ the usual bilinear weights
     * ((1−fx)(1−fy), fx(1−fy), (1−fx)fy, fx·fy); NoData neighbours are left out and the weights
     * renormalised (the GDAL convention), NoData when all four are NoData. Near the grid edge the
     * missing neighbours are treated as NoData. Use for continuous values (elevation, resistance).
     */
    BILINEAR
}
