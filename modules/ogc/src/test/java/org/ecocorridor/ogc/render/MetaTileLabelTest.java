package org.ecocorridor.ogc.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ecocorridor.ogc.testing.TestFeatures.cursor;
import static org.ecocorridor.ogc.testing.TestFeatures.feature;
import static org.ecocorridor.ogc.testing.TestFeatures.line;
import static org.ecocorridor.ogc.testing.TestFeatures.point;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.List;
import org.ecocorridor.core.feature.Feature;
import org.ecocorridor.ogc.style.Fill;
import org.ecocorridor.ogc.style.Halo;
import org.ecocorridor.ogc.style.LinePlacement;
import org.ecocorridor.ogc.style.PointPlacement;
import org.ecocorridor.ogc.style.TextFont;
import org.ecocorridor.ogc.style.TextSymbolizer;
import org.ecocorridor.ogc.style.UnitOfMeasure;
import org.ecocorridor.ogc.style.filter.PropertyName;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;

/**
 * Labels crossing tile edges. Tiles are the WorldCRS84Quad-like grid of 1° × 1° tiles of 256 px
 * (origin −180°, 90°), so tile (col, row) covers lon −180 + col .. −179 + col and lat 89 − row ..
 * 90 − row; label meta-tiles are 4 × 4 tiles, so the cell holding lon 0..4, lat 38..42 has columns
 * 180..183 and rows 48..51. One degree is 256 px.
 *
 * <p>Labels start 4 px right of their point (anchor 0, 0.5): "Muraviovka Park Reserve" in a 14 px
 * font is well over 100 px wide (about 0.55 em ≈ 7.7 px a letter, 23 letters ≈ 175 px), so a label
 * whose point is 0.4° = 102 px left of a tile edge crosses it by tens of pixels, and its point is
 * beyond a 64 px tile buffer of the neighbour.
 *
 * <p>Reference: the same area drawn as one image (the whole 1024 px cell, or the 2 tiles for the
 * cell-edge case), in which every label competes with every other once. Tolerance: 2 levels per
 * channel, since the tiles draw the same glyph outlines shifted by whole pixels (only the last bits
 * of the coordinates differ).
 */
class MetaTileLabelTest {
    private static final TextFont FONT = new TextFont(List.of("SansSerif"), false, false, 14);
    private static final TextSymbolizer LABEL = new TextSymbolizer(new PropertyName("name"), FONT,
            Fill.solid(Color.BLACK, 1), new Halo(1.5, Fill.solid(Color.WHITE, 1)),
            new PointPlacement(0, 0.5, 4, 0, 0), UnitOfMeasure.PIXEL);
    private static final LabelGrid GRID = LabelGrid.ofTiles(-180, 90, 1, 1);
    private static final String NAME = "Muraviovka Park Reserve";
    private final MapRenderer renderer = new MapRenderer();

    private static MapLayer layer(List<Feature> features, TextSymbolizer symbolizer) {
        return MapLayer.vector("sites", Styles.of(symbolizer), bbox -> cursor(features, bbox));
    }

    /** Tile whose west edge is {@code lon} and north edge {@code lat}, labelled per meta-tile. */
    private BufferedImage tile(MapLayer layer, double lon, double lat) {
        return renderer.render(MapRequest.of(256, 256, new Envelope(lon, lon + 1, lat - 1, lat), 4326)
                .withLabelGrid(GRID), List.of(layer));
    }

    /** One image of {@code columns} tiles from lon, lat (single-image labelling). */
    private BufferedImage whole(MapLayer layer, double lon, double lat, int columns, int rows) {
        return renderer.render(MapRequest.of(256 * columns, 256 * rows, new Envelope(lon, lon + columns,
                lat - rows, lat), 4326), List.of(layer));
    }

    @Test
    void labelCrossingATileEdgeInsideACellMatchesTheWholeCell() {
        // P1's label runs from lon 1.6 over the edge at lon 2; P2 (lon 2.05, same row) comes later and
        // overlaps it, so one image drops P2. A tile placing its own labels would keep P2 in tile B,
        // which cannot see P1 (0.4° = 102 px west of it).
        MapLayer layer = layer(List.of(feature(point(1.6, 40.5), "name", NAME), feature(point(2.05, 40.5), "name",
                "Second")), LABEL);
        BufferedImage a = tile(layer, 1, 41);
        BufferedImage b = tile(layer, 2, 41);
        BufferedImage cell = whole(layer, 0, 42, 4, 4);
        // tile A is cell pixels x 256..511, y 256..511; tile B x 512..767
        assertSame(a, cell, 256, 256);
        assertSame(b, cell, 512, 256);
        assertThat(ink(b, 0, 40, 100, 156)).as("P1's label continues in tile B").isGreaterThan(20);
        assertThat(ink(a, 236, 256, 100, 156)).as("P1's label reaches the edge in tile A").isGreaterThan(20);
    }

    @Test
    void tilesPlacingTheirOwnLabelsCutThem() {
        // the defect this grid fixes: tile B, even with a 64 px buffer, does not see P1 and draws P2
        MapLayer layer = layer(List.of(feature(point(1.6, 40.5), "name", NAME), feature(point(2.05, 40.5), "name",
                "Second")), LABEL);
        BufferedImage b = renderer.render(MapRequest.of(256, 256, new Envelope(2, 3, 40, 41), 4326).withBuffer(64),
                List.of(layer));
        BufferedImage cell = whole(layer, 0, 42, 4, 4);
        assertThat(maxDifference(b, cell, 512, 256)).isGreaterThan(100);
    }

    @Test
    void labelCrossingACellEdgeIsDrawnByTheNeighbourCellsTile() {
        // lon 4 is the edge between cells 180..183 and 184..187: tile C = lon 3..4, tile D = lon 4..5
        MapLayer layer = layer(List.of(feature(point(3.6, 40.5), "name", NAME)), LABEL);
        BufferedImage c = tile(layer, 3, 41);
        BufferedImage d = tile(layer, 4, 41);
        BufferedImage both = whole(layer, 3, 41, 2, 1);
        assertSame(c, both, 0, 0);
        assertSame(d, both, 256, 0);
        assertThat(ink(d, 0, 40, 100, 156)).as("label continues over the cell edge").isGreaterThan(20);
    }

    @Test
    void lineLabelCrossingATileEdgeMatchesTheWholeCell() {
        // a line from lon 1.2 to 2.9 along lat 40.5: its label is centred at lon 2.05, across the edge
        TextSymbolizer along = new TextSymbolizer(new PropertyName("name"), FONT, Fill.solid(Color.BLACK, 1), null,
                new LinePlacement(0), UnitOfMeasure.PIXEL);
        MapLayer layer = layer(List.of(feature(line(1.2, 40.5, 2.9, 40.6), "name", NAME)), along);
        BufferedImage cell = whole(layer, 0, 42, 4, 4);
        assertSame(tile(layer, 1, 41), cell, 256, 256);
        assertSame(tile(layer, 2, 41), cell, 512, 256);
        assertThat(ink(cell, 492, 532, 256, 512)).as("label over the edge").isGreaterThan(20);
    }

    private static void assertSame(BufferedImage tile, BufferedImage reference, int x0, int y0) {
        assertThat(maxDifference(tile, reference, x0, y0)).as("largest channel difference").isLessThanOrEqualTo(2);
    }

    private static int maxDifference(BufferedImage tile, BufferedImage reference, int x0, int y0) {
        int max = 0;
        for (int y = 0; y < tile.getHeight(); y++) {
            for (int x = 0; x < tile.getWidth(); x++) {
                int a = tile.getRGB(x, y);
                int b = reference.getRGB(x0 + x, y0 + y);
                for (int shift = 0; shift < 32; shift += 8) {
                    max = Math.max(max, Math.abs(((a >>> shift) & 0xFF) - ((b >>> shift) & 0xFF)));
                }
            }
        }
        return max;
    }

    /** Dark pixels in x0..x1, y0..y1. */
    private static int ink(BufferedImage img, int x0, int x1, int y0, int y1) {
        int n = 0;
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                if ((img.getRGB(x, y) & 0xFF) < 128) {
                    n++;
                }
            }
        }
        return n;
    }
}
