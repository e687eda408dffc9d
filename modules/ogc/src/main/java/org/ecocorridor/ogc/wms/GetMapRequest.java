package org.ecocorridor.ogc.wms;

import java.awt.Color;
import java.util.List;
import java.util.Objects;
import org.ecocorridor.ogc.image.ImageEncoder;
import org.ecocorridor.ogc.render.Interpolation;
import org.ecocorridor.ogc.render.LabelGrid;
import org.ecocorridor.ogc.style.StyledLayerDescriptor;
import org.locationtech.jts.geom.Envelope;

/**
 * A parsed GetMap (or the map part of a GetFeatureInfo). Immutable.
 *
 * @param version        WMS version
 * @param layers         layer names in drawing order (bottom first)
 * @param styles         style per layer ("" = default), same size as {@code layers}
 * @param crs            map CRS
 * @param bbox           map area in (east, north) order, already swapped from the request's axis order
 * @param widthPx        image width
 * @param heightPx       image height
 * @param encoder        image encoder of FORMAT (null for GetFeatureInfo without FORMAT)
 * @param transparent    TRANSPARENT=TRUE
 * @param background     BGCOLOR (default white)
 * @param dpi            DPI, MAP_RESOLUTION or FORMAT_OPTIONS=dpi:N (default 90.714, the 0.28 mm pixel)
 * @param time           TIME as sent, or null
 * @param timeGiven      whether TIME was present (possibly empty)
 * @param sld            SLD_BODY or the document at SLD, or null
 * @param interpolations raster sampling per layer (INTERPOLATIONS vendor parameter), same size as layers
 * @param bufferPx       extra pixels rendered around the map (BUFFER vendor parameter; tiles use it)
 * @param exceptions     exception format (XML, INIMAGE, BLANK)
 * @param labelGrid      for a tile-shaped request (see {@link TiledGetMap}): the grid its labels are placed
 *                       over; null for a single image
 */
public record GetMapRequest(WmsVersion version, List<String> layers, List<String> styles, WmsCrs crs, Envelope bbox,
        int widthPx, int heightPx, ImageEncoder encoder, boolean transparent, Color background, double dpi,
        String time, boolean timeGiven, StyledLayerDescriptor sld, List<Interpolation> interpolations, int bufferPx,
        ExceptionFormat exceptions, LabelGrid labelGrid) {

    public GetMapRequest {
        Objects.requireNonNull(version, "version");
        layers = List.copyOf(layers);
        styles = List.copyOf(styles);
        interpolations = List.copyOf(interpolations);
        if (styles.size() != layers.size() || interpolations.size() != layers.size()) {
            throw new IllegalArgumentException("styles and interpolations need one entry per layer, got "
                    + styles.size() + " and " + interpolations.size() + " for " + layers.size() + " layers");
        }
        Objects.requireNonNull(crs, "crs");
        bbox = new Envelope(bbox);
        Objects.requireNonNull(background, "background");
        Objects.requireNonNull(exceptions, "exceptions");
    }

    @Override
    public Envelope bbox() {
        return new Envelope(bbox);
    }
}
