package org.ecocorridor.ogc.style.sld;

import java.awt.Color;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.ecocorridor.ogc.style.ColorMap;
import org.ecocorridor.ogc.style.Fill;
import org.ecocorridor.ogc.style.Graphic;
import org.ecocorridor.ogc.style.Halo;
import org.ecocorridor.ogc.style.LabelPlacement;
import org.ecocorridor.ogc.style.LinePlacement;
import org.ecocorridor.ogc.style.LineSymbolizer;
import org.ecocorridor.ogc.style.PointPlacement;
import org.ecocorridor.ogc.style.PointSymbolizer;
import org.ecocorridor.ogc.style.PolygonSymbolizer;
import org.ecocorridor.ogc.style.RasterSymbolizer;
import org.ecocorridor.ogc.style.Stroke;
import org.ecocorridor.ogc.style.Symbolizer;
import org.ecocorridor.ogc.style.TextFont;
import org.ecocorridor.ogc.style.TextSymbolizer;
import org.ecocorridor.ogc.style.UnitOfMeasure;
import org.ecocorridor.ogc.style.filter.Expression;

/**
 * Reads the five symbolizers of SLD 1.0 / SE 1.1 with their fonts, halos and label placements.
 * Not supported, and skipped: {@code Geometry} (the feature's geometry is always used), SE
 * {@code PerpendicularOffset} of lines and polygon {@code Displacement}, graphic strokes, raster
 * channel selection, contrast enhancement and shaded relief, and vendor options.
 *
 * <p>Thread-safe: immutable.
 */
final class SymbolizerReader {
    private final GraphicReader graphics;

    SymbolizerReader(URI baseUri) {
        this.graphics = new GraphicReader(baseUri);
    }

    /** Whether the element name is a symbolizer this reader understands. */
    static boolean isSymbolizer(String name) {
        return switch (name) {
            case "PolygonSymbolizer", "LineSymbolizer", "PointSymbolizer", "TextSymbolizer", "RasterSymbolizer" -> true;
            default -> false;
        };
    }

    Symbolizer read(StaxCursor c) {
        UnitOfMeasure uom;
        try {
            uom = UnitOfMeasure.fromUri(c.attribute("uom"));
        } catch (IllegalArgumentException e) {
            throw c.error(e.getMessage(), e);
        }
        return switch (c.name()) {
            case "PolygonSymbolizer" -> polygon(c, uom);
            case "LineSymbolizer" -> line(c, uom);
            case "PointSymbolizer" -> point(c, uom);
            case "TextSymbolizer" -> text(c, uom);
            case "RasterSymbolizer" -> raster(c, uom);
            default -> throw c.error("not a symbolizer");
        };
    }

    private PolygonSymbolizer polygon(StaxCursor c, UnitOfMeasure uom) {
        Fill fill = null;
        Stroke stroke = null;
        while (c.nextChild()) {
            switch (c.name()) {
                case "Fill" -> fill = graphics.readFill(c);
                case "Stroke" -> stroke = graphics.readStroke(c);
                default -> c.skip();
            }
        }
        return new PolygonSymbolizer(fill, stroke, uom);
    }

    private LineSymbolizer line(StaxCursor c, UnitOfMeasure uom) {
        Stroke stroke = Stroke.DEFAULT;
        while (c.nextChild()) {
            if (c.name().equals("Stroke")) {
                stroke = graphics.readStroke(c);
            } else {
                c.skip();
            }
        }
        return new LineSymbolizer(stroke, uom);
    }

    private PointSymbolizer point(StaxCursor c, UnitOfMeasure uom) {
        Graphic graphic = null;
        while (c.nextChild()) {
            if (c.name().equals("Graphic")) {
                graphic = graphics.readGraphic(c);
            } else {
                c.skip();
            }
        }
        if (graphic == null) {
            graphic = new Graphic(List.of(), 1, null, null, 0.5, 0.5, 0, 0);
        }
        return new PointSymbolizer(graphic, uom);
    }

    private TextSymbolizer text(StaxCursor c, UnitOfMeasure uom) {
        Expression label = null;
        TextFont font = null;
        Fill fill = null;
        Halo halo = null;
        LabelPlacement placement = null;
        while (c.nextChild()) {
            switch (c.name()) {
                case "Label" -> label = Parameters.expression(c);
                case "Font" -> font = font(c);
                case "Fill" -> fill = graphics.readFill(c);
                case "Halo" -> halo = halo(c);
                case "LabelPlacement" -> placement = placement(c);
                default -> c.skip();
            }
        }
        if (label == null) {
            throw c.error("TextSymbolizer without a Label");
        }
        Expression l = label;
        TextFont f = font;
        Fill fl = fill;
        Halo h = halo;
        LabelPlacement p = placement;
        return GraphicReader.build(c, () -> new TextSymbolizer(l, f, fl, h, p, uom));
    }

    private static TextFont font(StaxCursor c) {
        List<String> families = new ArrayList<>();
        boolean italic = false;
        boolean bold = false;
        double size = TextFont.DEFAULT.size();
        while (c.nextChild()) {
            String name = c.name();
            if (!name.equals("CssParameter") && !name.equals("SvgParameter")) {
                c.skip();
                continue;
            }
            switch (Parameters.lower(String.valueOf(c.attribute("name")))) {
                case "font-family" -> {
                    for (String fam : Parameters.text(c).split(",")) {
                        if (!fam.isBlank()) {
                            families.add(fam.trim().replace("\"", "").replace("'", ""));
                        }
                    }
                }
                case "font-style" -> italic = !Parameters.lower(Parameters.text(c)).equals("normal");
                case "font-weight" -> bold = Parameters.lower(Parameters.text(c)).equals("bold");
                case "font-size" -> size = Parameters.number(c);
                default -> c.skip();
            }
        }
        boolean it = italic;
        boolean b = bold;
        double s = size;
        return GraphicReader.build(c, () -> new TextFont(families, it, b, s));
    }

    private Halo halo(StaxCursor c) {
        double radius = 1;
        Fill fill = Fill.solid(Color.WHITE, 1);
        while (c.nextChild()) {
            switch (c.name()) {
                case "Radius" -> radius = Parameters.number(c);
                case "Fill" -> fill = graphics.readFill(c);
                default -> c.skip();
            }
        }
        double r = radius;
        Fill f = fill;
        return GraphicReader.build(c, () -> new Halo(r, f));
    }

    private static LabelPlacement placement(StaxCursor c) {
        LabelPlacement result = null;
        while (c.nextChild()) {
            switch (c.name()) {
                case "PointPlacement" -> result = pointPlacement(c);
                case "LinePlacement" -> result = linePlacement(c);
                default -> c.skip();
            }
        }
        return result;
    }

    private static PointPlacement pointPlacement(StaxCursor c) {
        PointPlacement d = PointPlacement.DEFAULT;
        double[] anchor = {d.anchorX(), d.anchorY()};
        double[] displacement = {0, 0};
        double rotation = 0;
        while (c.nextChild()) {
            switch (c.name()) {
                case "AnchorPoint" -> GraphicReader.readPair(c, "AnchorPointX", "AnchorPointY", anchor);
                case "Displacement" -> GraphicReader.readPair(c, "DisplacementX", "DisplacementY", displacement);
                case "Rotation" -> rotation = Parameters.number(c);
                default -> c.skip();
            }
        }
        double r = rotation;
        return GraphicReader.build(c, () -> new PointPlacement(anchor[0], anchor[1], displacement[0],
                displacement[1], r));
    }

    private static LinePlacement linePlacement(StaxCursor c) {
        double offset = 0;
        while (c.nextChild()) {
            if (c.name().equals("PerpendicularOffset")) {
                offset = Parameters.number(c);
            } else {
                c.skip();
            }
        }
        return new LinePlacement(offset);
    }

    private static RasterSymbolizer raster(StaxCursor c, UnitOfMeasure uom) {
        double opacity = 1;
        ColorMap colorMap = null;
        while (c.nextChild()) {
            switch (c.name()) {
                case "Opacity" -> opacity = Parameters.number(c);
                case "ColorMap" -> colorMap = ColorMapReader.read(c);
                default -> c.skip();
            }
        }
        double o = opacity;
        ColorMap cm = colorMap;
        return GraphicReader.build(c, () -> new RasterSymbolizer(o, cm, uom));
    }
}
