/** Rasters stored as deflated float32 tiles, read whole or by window. */
package org.ecocorridor.store.raster;
