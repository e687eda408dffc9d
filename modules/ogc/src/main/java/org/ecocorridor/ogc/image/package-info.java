/**
 * Image encoders behind {@link org.ecocorridor.ogc.image.ImageEncoder}: truecolour PNG and 8-bit
 * paletted PNG written with {@link java.util.zip.Deflater}, and JPEG through ImageIO.
 */
package org.ecocorridor.ogc.image;
