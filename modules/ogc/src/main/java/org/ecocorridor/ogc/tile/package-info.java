/**
 * Tiles: the OGC 2D tile matrix sets WebMercatorQuad and WorldCRS84Quad (OGC 17-083r2 Annex D),
 * tile rendering with a buffer through the WMS map composer, a two-level (memory + disk) tile cache
 * keyed by the layer's data and style version, and seeding.
 */
package org.ecocorridor.ogc.tile;
