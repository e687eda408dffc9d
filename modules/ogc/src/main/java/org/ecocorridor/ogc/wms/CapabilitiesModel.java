package org.ecocorridor.ogc.wms;

import java.awt.image.BufferedImage;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.ecocorridor.core.crs.CoordinateTransforms;
import org.ecocorridor.ogc.render.LegendOptions;
import org.ecocorridor.ogc.render.LegendRenderer;
import org.ecocorridor.ogc.style.NamedStyle;
import org.locationtech.jts.geom.Envelope;

/**
 * What both capabilities versions say, computed once per document: the layers a user sees, their
 * bounds in every advertised CRS (in that CRS's axis order for the version), legend sizes and the
 * URLs to advertise.
 *
 * <p>Bounds: the CRS:84 catalog bbox transformed with 16 samples per edge (so curved edges of the
 * projected box are enclosed); latitudes are clamped to ±85.0511° for Web Mercator, whose y is
 * infinite at the poles. A CRS whose transform fails for a layer (outside its domain) gets no
 * BoundingBox for that layer.
 *
 * <p>Not thread-safe; one per document.
 */
final class CapabilitiesModel {
    /** Web Mercator's latitude limit: atan(sinh(π)) in degrees. */
    static final double MERCATOR_MAX_LAT = Math.toDegrees(Math.atan(Math.sinh(Math.PI)));
    static final List<String> MAP_FORMATS = List.of("image/png", "image/png8", "image/jpeg");
    static final List<String> INFO_FORMATS = List.of("text/html", "application/json", "text/plain",
            "application/vnd.ogc.gml", "text/xml");

    final WmsVersion version;
    final WmsSettings settings;
    final String endpoint;
    final List<PublishedLayer> layers;
    private final LegendRenderer legends;

    CapabilitiesModel(WmsVersion version, WmsSettings settings, String endpoint, List<PublishedLayer> layers,
            LegendRenderer legends) {
        this.version = version;
        this.settings = settings;
        this.endpoint = endpoint;
        this.layers = layers;
        this.legends = legends;
    }

    /** The union of the layers' CRS:84 boxes (the whole world when none has data). */
    Envelope unionLonLat() {
        Envelope all = new Envelope();
        layers.stream().filter(l -> l.info().bbox() != null).forEach(l -> all.expandToInclude(l.info().bbox()));
        return all.isNull() ? new Envelope(-180, 180, -90, 90) : all;
    }

    /** One advertised box: CRS name and the four numbers in its axis order. */
    record Box(String crs, double[] values) {
    }

    /** Boxes of a CRS:84 envelope in every advertised CRS (CRS:84 itself included for 1.3.0). */
    List<Box> boxes(Envelope lonLat) {
        List<Box> result = new ArrayList<>();
        for (String name : settings.crsNames()) {
            WmsCrs crs = WmsCrs.parse(name, version);
            Envelope e = inCrs(lonLat, crs.epsg());
            if (e != null) {
                result.add(new Box(name, crs.fromEastNorth(e)));
            }
        }
        return result;
    }

    private Envelope inCrs(Envelope lonLat, int epsg) {
        if (epsg == 4326) {
            return lonLat;
        }
        Envelope src = new Envelope(lonLat);
        if (epsg == 3857) {
            src = new Envelope(src.getMinX(), src.getMaxX(), Math.max(src.getMinY(), -MERCATOR_MAX_LAT),
                    Math.min(src.getMaxY(), MERCATOR_MAX_LAT));
        }
        try {
            Envelope e = CoordinateTransforms.between(4326, epsg).apply(src, 16);
            return e.isNull() || !Double.isFinite(e.getWidth()) || !Double.isFinite(e.getHeight()) ? null : e;
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** A legend's size in pixels for the LegendURL attributes (drawn, so the numbers are exact). */
    int[] legendSize(NamedStyle style) {
        BufferedImage img = legends.render(style, LegendOptions.defaults());
        return new int[] {img.getWidth(), img.getHeight()};
    }

    /** The GetLegendGraphic URL of a layer's style. */
    String legendUrl(PublishedLayer layer, NamedStyle style) {
        return endpoint + "?SERVICE=WMS&REQUEST=GetLegendGraphic&VERSION=" + version.text()
                + "&FORMAT=image%2Fpng&LAYER=" + encode(layer.name()) + "&STYLE=" + encode(style.name());
    }

    /** Formats a number without exponent noise: up to 9 significant decimals, trailing zeros cut. */
    static String number(double v) {
        String s = String.format(Locale.ROOT, "%.9f", v);
        s = s.contains(".") ? s.replaceAll("0+$", "").replaceAll("\\.$", "") : s;
        return s.equals("-0") ? "0" : s;
    }

    static String encode(String s) {
        return URLEncoder.encode(s == null ? "" : s, StandardCharsets.UTF_8);
    }
}
