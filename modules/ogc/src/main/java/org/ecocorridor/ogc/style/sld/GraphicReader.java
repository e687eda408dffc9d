package org.ecocorridor.ogc.style.sld;

import java.awt.Color;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import org.ecocorridor.ogc.style.ExternalGraphic;
import org.ecocorridor.ogc.style.Fill;
import org.ecocorridor.ogc.style.Graphic;
import org.ecocorridor.ogc.style.GraphicSymbol;
import org.ecocorridor.ogc.style.Mark;
import org.ecocorridor.ogc.style.Stroke;
import org.ecocorridor.ogc.style.filter.Expression;

/**
 * Reads {@code Fill}, {@code Stroke}, {@code Graphic}, {@code Mark} and {@code ExternalGraphic}
 * of SLD 1.0 ({@code CssParameter}) and SE 1.1 ({@code SvgParameter}). Relative graphic links are
 * resolved against the document's base URI.
 *
 * <p>Thread-safe: immutable.
 */
final class GraphicReader {
    private final URI baseUri;

    GraphicReader(URI baseUri) {
        this.baseUri = baseUri;
    }

    Fill readFill(StaxCursor c) {
        Color color = Fill.DEFAULT.color();
        double opacity = 1;
        Graphic graphicFill = null;
        while (c.nextChild()) {
            switch (c.name()) {
                case "GraphicFill" -> graphicFill = readGraphicHolder(c);
                case "CssParameter", "SvgParameter" -> {
                    String param = Parameters.lower(String.valueOf(c.attribute("name")));
                    switch (param) {
                        case "fill" -> color = Parameters.color(c, Parameters.text(c));
                        case "fill-opacity" -> opacity = Parameters.number(c);
                        default -> c.skip();
                    }
                }
                default -> c.skip();
            }
        }
        Color col = color;
        double op = opacity;
        Graphic gf = graphicFill;
        return build(c, () -> new Fill(opaque(col), op * alpha(col), gf));
    }

    Stroke readStroke(StaxCursor c) {
        Stroke d = Stroke.DEFAULT;
        Color color = d.color();
        double opacity = d.opacity();
        double width = d.width();
        List<Double> dash = d.dashArray();
        double dashOffset = 0;
        Stroke.LineJoin join = d.lineJoin();
        Stroke.LineCap cap = d.lineCap();
        while (c.nextChild()) {
            String name = c.name();
            if (!name.equals("CssParameter") && !name.equals("SvgParameter")) {
                c.skip(); // GraphicFill / GraphicStroke strokes are not supported: plain stroke instead
                continue;
            }
            String param = Parameters.lower(String.valueOf(c.attribute("name")));
            switch (param) {
                case "stroke" -> color = Parameters.color(c, Parameters.text(c));
                case "stroke-opacity" -> opacity = Parameters.number(c);
                case "stroke-width" -> width = Parameters.number(c);
                case "stroke-dasharray" -> dash = dashArray(c, Parameters.text(c));
                case "stroke-dashoffset" -> dashOffset = Parameters.number(c);
                case "stroke-linejoin" -> join = lineJoin(c, Parameters.lower(Parameters.text(c)));
                case "stroke-linecap" -> cap = lineCap(c, Parameters.lower(Parameters.text(c)));
                default -> c.skip();
            }
        }
        Color col = color;
        double op = opacity;
        double w = width;
        List<Double> da = dash;
        double off = dashOffset;
        Stroke.LineJoin lj = join;
        Stroke.LineCap lc = cap;
        return build(c, () -> new Stroke(opaque(col), op * alpha(col), w, da, off, lj, lc));
    }

    private static List<Double> dashArray(StaxCursor c, String text) {
        List<Double> list = new ArrayList<>();
        for (String token : text.trim().split("[\\s,]+")) {
            if (!token.isEmpty()) {
                try {
                    list.add(Double.parseDouble(token));
                } catch (NumberFormatException e) {
                    throw c.error("stroke-dasharray must be numbers, got \"" + text + "\"");
                }
            }
        }
        return list;
    }

    private static Stroke.LineJoin lineJoin(StaxCursor c, String v) {
        return switch (v) {
            case "mitre", "miter" -> Stroke.LineJoin.MITRE;
            case "round" -> Stroke.LineJoin.ROUND;
            case "bevel" -> Stroke.LineJoin.BEVEL;
            default -> throw c.error("stroke-linejoin must be mitre, round or bevel, got \"" + v + "\"");
        };
    }

    private static Stroke.LineCap lineCap(StaxCursor c, String v) {
        return switch (v) {
            case "butt" -> Stroke.LineCap.BUTT;
            case "round" -> Stroke.LineCap.ROUND;
            case "square" -> Stroke.LineCap.SQUARE;
            default -> throw c.error("stroke-linecap must be butt, round or square, got \"" + v + "\"");
        };
    }

    /** Reads an element that holds one {@code Graphic} (GraphicFill, GraphicStroke). */
    private Graphic readGraphicHolder(StaxCursor c) {
        Graphic g = null;
        while (c.nextChild()) {
            if (c.name().equals("Graphic")) {
                g = readGraphic(c);
            } else {
                c.skip();
            }
        }
        if (g == null) {
            throw c.error("GraphicFill without a Graphic");
        }
        return g;
    }

    Graphic readGraphic(StaxCursor c) {
        List<GraphicSymbol> symbols = new ArrayList<>();
        double opacity = 1;
        Expression size = null;
        Expression rotation = null;
        double[] anchor = {0.5, 0.5};
        double[] displacement = {0, 0};
        while (c.nextChild()) {
            switch (c.name()) {
                case "Mark" -> symbols.add(readMark(c));
                case "ExternalGraphic" -> symbols.add(readExternalGraphic(c));
                case "Opacity" -> opacity = Parameters.number(c);
                case "Size" -> size = Parameters.expression(c);
                case "Rotation" -> rotation = Parameters.expression(c);
                case "AnchorPoint" -> readPair(c, "AnchorPointX", "AnchorPointY", anchor);
                case "Displacement" -> readPair(c, "DisplacementX", "DisplacementY", displacement);
                default -> c.skip();
            }
        }
        double op = opacity;
        Expression sz = size;
        Expression rot = rotation;
        return build(c, () -> new Graphic(symbols, op, sz, rot, anchor[0], anchor[1], displacement[0],
                displacement[1]));
    }

    /** Reads two numeric children (e.g. AnchorPointX/Y) into {@code target}. */
    static void readPair(StaxCursor c, String first, String second, double[] target) {
        while (c.nextChild()) {
            String name = c.name();
            if (name.equals(first)) {
                target[0] = Parameters.number(c);
            } else if (name.equals(second)) {
                target[1] = Parameters.number(c);
            } else {
                c.skip();
            }
        }
    }

    private Mark readMark(StaxCursor c) {
        String wkn = "square";
        Fill fill = null;
        Stroke stroke = null;
        while (c.nextChild()) {
            switch (c.name()) {
                case "WellKnownName" -> wkn = Parameters.text(c);
                case "Fill" -> fill = readFill(c);
                case "Stroke" -> stroke = readStroke(c);
                default -> c.skip(); // SE font/image marks are not supported: the square stands in
            }
        }
        if (fill == null && stroke == null) {
            return new Mark(wkn, Fill.DEFAULT, Stroke.DEFAULT);
        }
        return new Mark(wkn, fill, stroke);
    }

    private ExternalGraphic readExternalGraphic(StaxCursor c) {
        URI location = null;
        String format = null;
        String inline = null;
        String inlineEncoding = null;
        while (c.nextChild()) {
            switch (c.name()) {
                case "OnlineResource" -> {
                    location = resolve(c, c.attribute(StaxCursor.XLINK, "href"));
                    c.skip();
                }
                case "InlineContent" -> {
                    inlineEncoding = c.attribute("encoding");
                    inline = c.text();
                }
                case "Format" -> format = c.text();
                default -> c.skip();
            }
        }
        if (inline != null) {
            if (!"base64".equalsIgnoreCase(inlineEncoding)) {
                throw c.error("InlineContent must be base64-encoded; encoding=\"" + inlineEncoding + "\"");
            }
            location = URI.create("data:" + (format == null ? "image/png" : format) + ";base64,"
                    + inline.replaceAll("\\s+", ""));
        }
        if (location == null) {
            throw c.error("ExternalGraphic needs an OnlineResource or InlineContent");
        }
        return new ExternalGraphic(location, format);
    }

    private URI resolve(StaxCursor c, String href) {
        if (href == null || href.isBlank()) {
            throw c.error("OnlineResource without xlink:href");
        }
        try {
            URI uri = new URI(href.trim());
            return baseUri != null && !uri.isAbsolute() ? baseUri.resolve(uri) : uri;
        } catch (URISyntaxException e) {
            throw c.error("invalid xlink:href \"" + href + "\"", e);
        }
    }

    private static Color opaque(Color c) {
        return c.getAlpha() == 255 ? c : new Color(c.getRGB() & 0xFFFFFF);
    }

    private static double alpha(Color c) {
        return c.getAlpha() / 255.0;
    }

    /** Builds a record, turning its validation failure into a located parse error. */
    static <T> T build(StaxCursor c, java.util.function.Supplier<T> constructor) {
        try {
            return constructor.get();
        } catch (SldParseException e) {
            throw e;
        } catch (IllegalArgumentException e) {
            throw c.error(e.getMessage(), e);
        }
    }
}
