package org.ecocorridor.ogc.render;

import java.awt.Color;
import java.awt.Font;

/**
 * A label waiting for placement, in output pixels.
 *
 * <p>Immutable (the polyline array is owned by the candidate and never changed).
 *
 * @param text           the text
 * @param font           Java2D font, size in pixels
 * @param fill           text colour with alpha
 * @param halo           halo colour with alpha, or null
 * @param haloRadiusPx   halo radius
 * @param x              anchor point x (point placement)
 * @param y              anchor point y
 * @param anchorX        0 = left of the label box at the point, 1 = right
 * @param anchorY        0 = bottom of the label box at the point, 1 = top
 * @param dxPx           displacement to the right
 * @param dyPx           displacement downwards (screen direction)
 * @param rotationRad    clockwise rotation
 * @param line           for line placement: the line's longest part as x0,y0,x1,y1,…; else null
 * @param lineOffsetPx   for line placement: offset towards the top of the upright text
 */
record LabelCandidate(String text, Font font, Color fill, Color halo, double haloRadiusPx, double x, double y,
        double anchorX, double anchorY, double dxPx, double dyPx, double rotationRad, double[] line,
        double lineOffsetPx) {
}
