/**
 * Coordinate reference systems and transformations (Apache SIS), in (east, north) axis order.
 * See {@link org.ecocorridor.core.crs.CoordinateTransforms} for the axis-order and equal-area conventions.
 */
package org.ecocorridor.core.crs;
