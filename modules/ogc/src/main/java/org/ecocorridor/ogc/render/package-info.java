/**
 * The map renderer (Java2D + JTS): {@link org.ecocorridor.ogc.render.MapRenderer} draws
 * {@link org.ecocorridor.ogc.render.MapLayer}s for a {@link org.ecocorridor.ogc.render.MapRequest};
 * {@link org.ecocorridor.ogc.render.LegendRenderer} draws legends. No protocol code here: WMS/WMTS
 * parse requests and call this library.
 */
package org.ecocorridor.ogc.render;
