package org.ecocorridor.connectivity.transboundary;

/** What is measured of a feature in each country. Immutable. */
public enum MeasureKind {
    /** Polygons: area in square metres on the region's equal-area CRS. */
    AREA_SQUARE_METRES,
    /** Lines: geodesic length in metres on WGS 84. */
    LENGTH_METRES,
    /** Points: number of points. */
    COUNT
}
