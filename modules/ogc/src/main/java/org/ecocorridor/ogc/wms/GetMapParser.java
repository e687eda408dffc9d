package org.ecocorridor.ogc.wms;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.ecocorridor.ogc.exception.OgcException;
import org.ecocorridor.ogc.exception.WmsExceptionCodes;
import org.ecocorridor.ogc.image.ImageEncoder;
import org.ecocorridor.ogc.image.ImageEncoders;
import org.ecocorridor.ogc.ows.KvpParameters;
import org.ecocorridor.ogc.render.Interpolation;
import org.ecocorridor.ogc.render.MapRequest;
import org.ecocorridor.ogc.style.StyledLayer;
import org.ecocorridor.ogc.style.StyledLayerDescriptor;
import org.ecocorridor.ogc.style.sld.SldParser;
import org.locationtech.jts.geom.Envelope;

/**
 * Parses the GetMap parameters of WMS 1.3.0 (§7.3.2, Table 8) and 1.1.1 (§7.2.3): names are
 * case-insensitive (the {@link KvpParameters} upper-case them), values are not, except
 * TRANSPARENT (TRUE/true) and FORMAT. Also the vendor parameters most clients send: DPI,
 * MAP_RESOLUTION, FORMAT_OPTIONS=dpi:N, BUFFER, INTERPOLATIONS, TILED and TILESORIGIN (see
 * {@link TiledGetMap}).
 *
 * <p>Thread-safe (stateless apart from its settings).
 */
public final class GetMapParser {
    private static final int MAX_BUFFER_PX = 256;
    private final WmsSettings settings;
    private final SldFetcher sldFetcher;
    private final SldParser sldParser = new SldParser();

    public GetMapParser(WmsSettings settings, SldFetcher sldFetcher) {
        this.settings = settings;
        this.sldFetcher = sldFetcher;
    }

    /**
     * Parses a GetMap.
     *
     * @param requireFormat whether FORMAT is required (GetMap) or optional (GetFeatureInfo)
     * @throws OgcException with the WMS code of the first problem found
     */
    public GetMapRequest parse(KvpParameters kvp, boolean requireFormat) {
        WmsVersion version = WmsVersion.of(kvp.get("VERSION", kvp.get("WMTVER")));
        ExceptionFormat exceptions = ExceptionFormat.of(kvp.get("EXCEPTIONS"));
        StyledLayerDescriptor sld = sld(kvp);
        List<String> layers = split(kvp.get("LAYERS"));
        if (layers.isEmpty() && sld != null) {
            layers = sld.layers().stream().map(StyledLayer::layerName).filter(n -> n != null).toList();
        }
        if (layers.isEmpty()) {
            throw OgcException.missingParameter("LAYERS");
        }
        List<String> styles = split(kvp.get("STYLES"));
        if (styles.isEmpty()) {
            styles = layers.stream().map(l -> "").toList();
        } else if (styles.size() != layers.size()) {
            throw WmsExceptionCodes.error(WmsExceptionCodes.STYLE_NOT_DEFINED, "STYLES", "STYLES has "
                    + styles.size() + " entries for " + layers.size() + " layers; give one per layer or none");
        }
        String crsValue = kvp.get(version.crsParameter(), kvp.get(version == WmsVersion.V130 ? "SRS" : "CRS"));
        if (crsValue == null) {
            throw OgcException.missingParameter(version.crsParameter());
        }
        WmsCrs crs = WmsCrs.parse(crsValue, version);
        Envelope bbox = bbox(kvp.require("BBOX"), crs);
        int width = size(kvp, "WIDTH", settings.maxWidthPx());
        int height = size(kvp, "HEIGHT", settings.maxHeightPx());
        ImageEncoder encoder = null;
        String format = kvp.get("FORMAT");
        if (format == null && requireFormat) {
            throw OgcException.missingParameter("FORMAT");
        }
        if (format != null) {
            encoder = ImageEncoders.forFormat(format).orElse(null);
            if (encoder == null && requireFormat) {
                throw WmsExceptionCodes.error(WmsExceptionCodes.INVALID_FORMAT, "FORMAT", "Unsupported FORMAT \""
                        + format + "\"; supported: image/png, image/png8, image/jpeg");
            }
        }
        boolean transparent = "true".equalsIgnoreCase(kvp.get("TRANSPARENT", "false"));
        Color background = color(kvp.get("BGCOLOR"));
        return new GetMapRequest(version, layers, styles, crs, bbox, width, height, encoder, transparent, background,
                dpi(kvp), kvp.get("TIME"), kvp.has("TIME"), sld, interpolations(kvp, layers.size()), buffer(kvp),
                exceptions, TiledGetMap.labelGrid(kvp, crs, bbox, width, height));
    }

    /** Comma-separated values keeping empty entries ("a,,b" → a, "", b); empty list when absent. */
    static List<String> split(String value) {
        List<String> items = new ArrayList<>();
        if (value != null) {
            for (String s : value.split(",", -1)) {
                items.add(s.trim());
            }
        }
        return items;
    }

    private StyledLayerDescriptor sld(KvpParameters kvp) {
        String body = kvp.get("SLD_BODY");
        String locator = "SLD_BODY";
        try {
            if (body == null && kvp.get("SLD") != null) {
                locator = "SLD";
                body = sldFetcher.fetch(kvp.get("SLD"));
            }
            return body == null ? null : sldParser.parse(body);
        } catch (IllegalArgumentException e) {
            throw OgcException.invalidParameter(locator, "Unusable " + locator + ": " + e.getMessage());
        }
    }

    private static Envelope bbox(String value, WmsCrs crs) {
        String[] p = value.split(",");
        if (p.length != 4) {
            throw OgcException.invalidParameter("BBOX", "BBOX needs 4 comma-separated numbers, got \"" + value + "\"");
        }
        double[] n = new double[4];
        for (int i = 0; i < 4; i++) {
            try {
                n[i] = Double.parseDouble(p[i].trim());
            } catch (NumberFormatException e) {
                n[i] = Double.NaN;
            }
            if (!Double.isFinite(n[i])) {
                throw OgcException.invalidParameter("BBOX", "BBOX value \"" + p[i] + "\" is not a number");
            }
        }
        if (!(n[0] < n[2]) || !(n[1] < n[3])) {
            throw OgcException.invalidParameter("BBOX", "BBOX minimum must be below maximum on both axes, got \""
                    + value + "\"");
        }
        return crs.toEastNorth(n[0], n[1], n[2], n[3]);
    }

    private static int size(KvpParameters kvp, String name, int max) {
        String v = kvp.require(name);
        int n;
        try {
            n = Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw OgcException.invalidParameter(name, name + " must be an integer, got \"" + v + "\"");
        }
        if (n < 1 || n > max) {
            throw OgcException.invalidParameter(name, name + " must be in [1, " + max + "], got " + n);
        }
        return n;
    }

    static Color color(String value) {
        if (value == null) {
            return Color.WHITE;
        }
        String v = value.trim();
        if (v.startsWith("0x") || v.startsWith("0X")) {
            v = v.substring(2);
        } else if (v.startsWith("#")) {
            v = v.substring(1);
        }
        if (!v.matches("[0-9A-Fa-f]{6}")) {
            throw OgcException.invalidParameter("BGCOLOR", "BGCOLOR must be 0xRRGGBB, got \"" + value + "\"");
        }
        return new Color(Integer.parseInt(v, 16));
    }

    /** DPI, else MAP_RESOLUTION, else {@code dpi:N} in FORMAT_OPTIONS, else the OGC standard 90.714. */
    static double dpi(KvpParameters kvp) {
        String v = kvp.get("DPI", kvp.get("MAP_RESOLUTION"));
        String name = kvp.get("DPI") != null ? "DPI" : "MAP_RESOLUTION";
        if (v == null && kvp.get("FORMAT_OPTIONS") != null) {
            for (String option : kvp.get("FORMAT_OPTIONS").split(";")) {
                String[] kv = option.split(":", 2);
                if (kv.length == 2 && kv[0].trim().equalsIgnoreCase("dpi")) {
                    v = kv[1].trim();
                    name = "FORMAT_OPTIONS";
                }
            }
        }
        if (v == null) {
            return MapRequest.STANDARD_DPI;
        }
        try {
            double dpi = Double.parseDouble(v);
            if (dpi > 0 && dpi <= 1200) {
                return dpi;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw OgcException.invalidParameter(name, "DPI must be a number in (0, 1200], got \"" + v + "\"");
    }

    private static List<Interpolation> interpolations(KvpParameters kvp, int layerCount) {
        List<String> given = split(kvp.get("INTERPOLATIONS"));
        List<Interpolation> result = new ArrayList<>();
        for (int i = 0; i < layerCount; i++) {
            String v = i < given.size() ? given.get(i).toLowerCase(Locale.ROOT) : "";
            result.add(switch (v) {
                case "", "nearest", "nearest neighbor", "nearest_neighbor" -> Interpolation.NEAREST;
                case "bilinear" -> Interpolation.BILINEAR;
                default -> throw OgcException.invalidParameter("INTERPOLATIONS", "INTERPOLATIONS entries must be"
                        + " nearest or bilinear, got \"" + v + "\"");
            });
        }
        return result;
    }

    private static int buffer(KvpParameters kvp) {
        long b = kvp.nonNegative("BUFFER", 0);
        if (b > MAX_BUFFER_PX) {
            throw OgcException.invalidParameter("BUFFER", "BUFFER must be at most " + MAX_BUFFER_PX + ", got " + b);
        }
        return (int) b;
    }
}
