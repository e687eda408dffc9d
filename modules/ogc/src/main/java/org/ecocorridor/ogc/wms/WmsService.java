package org.ecocorridor.ogc.wms;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.ecocorridor.ogc.exception.ExceptionImages;
import org.ecocorridor.ogc.exception.ExceptionReportWriter;
import org.ecocorridor.ogc.exception.OgcException;
import org.ecocorridor.ogc.exception.ServiceExceptionReportWriter;
import org.ecocorridor.ogc.exception.WmsExceptionCodes;
import org.ecocorridor.ogc.image.ImageEncoder;
import org.ecocorridor.ogc.image.ImageEncoders;
import org.ecocorridor.ogc.image.PngEncoder;
import org.ecocorridor.ogc.ows.KvpParameters;
import org.ecocorridor.ogc.ows.OwsRequest;
import org.ecocorridor.ogc.ows.OwsResponse;
import org.ecocorridor.ogc.ows.OwsService;
import org.ecocorridor.ogc.ows.XmlRoot;
import org.ecocorridor.ogc.render.LegendRenderer;

/**
 * The WMS: GetCapabilities, GetMap, GetFeatureInfo and GetLegendGraphic in versions 1.3.0 and 1.1.1
 * (KVP over GET). Client errors are answered here, not thrown, because their form depends on the
 * request: a {@code ServiceExceptionReport} of the request's version with HTTP 400 (503 when busy),
 * or for GetMap with EXCEPTIONS=INIMAGE/BLANK an image of the requested size and format (HTTP 200,
 * as clients expect an image).
 *
 * <p>Thread-safe.
 */
public final class WmsService implements OwsService {
    private final LayerDirectory directory;
    private final WmsSettings settings;
    private final MapComposer composer;
    private final GetMapParser parser;
    private final LegendRenderer legends;
    private final LegendGraphics legendGraphics;
    private final FeatureInfoQuery featureInfo;

    public WmsService(MapComposer composer, LegendRenderer legends, WmsSettings settings, SldFetcher sldFetcher) {
        this.composer = Objects.requireNonNull(composer, "composer");
        this.directory = composer.directory();
        this.settings = Objects.requireNonNull(settings, "settings");
        this.parser = new GetMapParser(settings, sldFetcher);
        this.legends = Objects.requireNonNull(legends, "legends");
        this.legendGraphics = new LegendGraphics(directory, legends);
        this.featureInfo = new FeatureInfoQuery(composer);
    }

    @Override
    public String name() {
        return "WMS";
    }

    @Override
    public boolean accepts(XmlRoot root) {
        return false;
    }

    @Override
    public ExceptionReportWriter.Format exceptionFormat(OwsRequest request) {
        return ExceptionReportWriter.Format.OWS_1_1;
    }

    @Override
    public String exceptionVersion(OwsRequest request) {
        return WmsVersion.of(request.kvp().get("VERSION", request.kvp().get("WMTVER"))).text();
    }

    @Override
    public OwsResponse handle(OwsRequest request) {
        KvpParameters kvp = request.kvp();
        String operation = kvp.get("REQUEST", "");
        try {
            return switch (operation.toLowerCase(Locale.ROOT)) {
                case "getcapabilities", "capabilities" -> capabilities(request);
                case "getmap", "map" -> getMap(request);
                case "getfeatureinfo", "feature_info" -> getFeatureInfo(request);
                case "getlegendgraphic" -> image(legendGraphics.render(kvp, request.user()), new PngEncoder());
                case "" -> throw OgcException.missingParameter("REQUEST");
                default -> throw WmsExceptionCodes.error(WmsExceptionCodes.OPERATION_NOT_SUPPORTED, "REQUEST",
                        "Request \"" + operation + "\" is not supported; use GetCapabilities, GetMap,"
                                + " GetFeatureInfo or GetLegendGraphic");
            };
        } catch (OgcException e) {
            return error(e, kvp, operation.equalsIgnoreCase("GetMap") || operation.equalsIgnoreCase("map"));
        }
    }

    private OwsResponse capabilities(OwsRequest request) {
        WmsVersion version = WmsVersion.of(request.kvp().get("VERSION", request.kvp().get("WMTVER")));
        CapabilitiesModel model = new CapabilitiesModel(version, settings, request.endpointUrl(),
                directory.visible(request.user()), legends);
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try {
            if (version == WmsVersion.V130) {
                new Capabilities130Writer().write(model, out);
            } else {
                new Capabilities111Writer().write(model, out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String type = version == WmsVersion.V111 && !"text/xml".equalsIgnoreCase(request.kvp().get("FORMAT"))
                ? "application/vnd.ogc.wms_xml; charset=UTF-8" : "text/xml; charset=UTF-8";
        byte[] body = out.toByteArray();
        return new OwsResponse(200, type, Map.of(), o -> o.write(body));
    }

    private OwsResponse getMap(OwsRequest request) {
        GetMapRequest r = parser.parse(request.kvp(), true);
        BufferedImage img = composer.render(r, request.user());
        return image(img, r.encoder());
    }

    private OwsResponse getFeatureInfo(OwsRequest request) {
        KvpParameters kvp = request.kvp();
        GetMapRequest map = parser.parse(kvp, false);
        List<String> queryLayers = GetMapParser.split(kvp.require("QUERY_LAYERS"));
        String mediaType = FeatureInfoWriter.mediaType(kvp.get("INFO_FORMAT", "text/html"));
        int i = pixel(kvp, map.version().iParameter(), map.widthPx());
        int j = pixel(kvp, map.version().jParameter(), map.heightPx());
        long count = kvp.nonNegative("FEATURE_COUNT", 1);
        int featureCount = (int) Math.max(1, Math.min(count, settings.maxFeatureCount()));
        double tolerance = Math.max(1, kvp.nonNegative("BUFFER", 5));
        var hits = featureInfo.query(map, queryLayers, i, j, featureCount, tolerance, request.user());
        String text = FeatureInfoWriter.write(mediaType, hits);
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        return new OwsResponse(200, mediaType, Map.of(), o -> o.write(body));
    }

    private static int pixel(KvpParameters kvp, String name, int size) {
        String v = kvp.get(name);
        if (v == null) {
            throw OgcException.missingParameter(name);
        }
        try {
            int p = Integer.parseInt(v);
            if (p >= 0 && p < size) {
                return p;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw WmsExceptionCodes.error(WmsExceptionCodes.INVALID_POINT, name, name + " must be a pixel in [0, "
                + (size - 1) + "], got \"" + v + "\"");
    }

    private static OwsResponse image(BufferedImage img, ImageEncoder encoder) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
        try {
            encoder.encode(img, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] body = out.toByteArray();
        return new OwsResponse(200, encoder.mimeType(), Map.of(), o -> o.write(body));
    }

    /** The error answer: XML report (4xx/5xx) or, for GetMap with INIMAGE/BLANK, an image. */
    OwsResponse error(OgcException e, KvpParameters kvp, boolean isGetMap) {
        ExceptionFormat format = ExceptionFormat.of(kvp.get("EXCEPTIONS"));
        if (isGetMap && format != ExceptionFormat.XML) {
            int w = lenientSize(kvp.get("WIDTH"), settings.maxWidthPx());
            int h = lenientSize(kvp.get("HEIGHT"), settings.maxHeightPx());
            boolean transparent = "true".equalsIgnoreCase(kvp.get("TRANSPARENT", "false"));
            Color bg = Color.WHITE;
            try {
                bg = GetMapParser.color(kvp.get("BGCOLOR"));
            } catch (OgcException ignored) {
                // a bad BGCOLOR may be the error being reported: use white
            }
            ImageEncoder encoder = ImageEncoders.forFormat(kvp.get("FORMAT")).orElse(new PngEncoder());
            BufferedImage img = format == ExceptionFormat.BLANK ? ExceptionImages.blank(w, h, transparent, bg)
                    : ExceptionImages.inImage(e, w, h, transparent, bg);
            return image(img, encoder);
        }
        String version = WmsVersion.of(kvp.get("VERSION", kvp.get("WMTVER"))).text();
        byte[] body = ServiceExceptionReportWriter.toBytes(e, version);
        return new OwsResponse(e.httpStatus(), ServiceExceptionReportWriter.contentType(version),
                e.responseHeaders(), o -> o.write(body));
    }

    private static int lenientSize(String value, int max) {
        try {
            int v = Integer.parseInt(value);
            return v >= 1 && v <= max ? v : 256;
        } catch (NumberFormatException e) {
            return 256;
        }
    }
}
