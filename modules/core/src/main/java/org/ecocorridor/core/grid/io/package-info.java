/**
 * GeoTIFF input and output for {@link org.ecocorridor.core.grid.FloatGrid} on {@code mil.nga:tiff}:
 * {@link org.ecocorridor.core.grid.io.GeoTiffReader} and {@link org.ecocorridor.core.grid.io.GeoTiffWriter}.
 */
package org.ecocorridor.core.grid.io;
