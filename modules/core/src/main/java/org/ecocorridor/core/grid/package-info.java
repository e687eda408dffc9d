/**
 * Georeferenced grids: {@link org.ecocorridor.core.grid.GridGeometry} (north-up, row 0 north),
 * {@link org.ecocorridor.core.grid.FloatGrid} (NaN = NoData), {@link org.ecocorridor.core.grid.IntGrid},
 * {@link org.ecocorridor.core.grid.CellMask}; rasterising geometries
 * ({@link org.ecocorridor.core.grid.GridRasterizer}), vectorising cell sets
 * ({@link org.ecocorridor.core.grid.GridVectoriser}) and resampling/reprojection
 * ({@link org.ecocorridor.core.grid.GridResampler}).
 */
package org.ecocorridor.core.grid;
