/**
 * A scanline coverage rasteriser for the map renderer's hot path: antialiased fills of polygonal
 * paths and thin solid strokes, composited SrcOver straight into a premultiplied ARGB canvas, with
 * the sampling and integer arithmetic of Java2D's Marlin renderer so that both give the same pixels.
 * {@link org.ecocorridor.ogc.render.scanline.ScanlineCanvas} is the entry point; it declines what it
 * cannot draw exactly, and the caller then uses Java2D.
 */
package org.ecocorridor.ogc.render.scanline;
