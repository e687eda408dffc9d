package org.ecocorridor.ogc.render;

/**
 * How raster values are sampled at output pixel centres.
 * {@link #NEAREST}: the cell containing the point (right for classes, e.g. land cover).
 * {@link #BILINEAR}: weighted mean of the four nearest cell centres, edge cells replicated; where
 * one of the four is NoData the nearest cell's value is used instead, so NoData never bleeds.
 *
 * <p>Immutable.
 */
public enum Interpolation { NEAREST, BILINEAR }
