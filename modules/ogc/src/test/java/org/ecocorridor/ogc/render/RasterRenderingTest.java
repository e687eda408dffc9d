package org.ecocorridor.ogc.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.List;
import org.ecocorridor.core.grid.FloatGrid;
import org.ecocorridor.core.grid.GridGeometry;
import org.ecocorridor.ogc.style.ColorMap;
import org.ecocorridor.ogc.style.ColorMapEntry;
import org.ecocorridor.ogc.style.RasterSymbolizer;
import org.ecocorridor.ogc.style.UnitOfMeasure;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;

class RasterRenderingTest {
    private static final ColorMap VALUES = new ColorMap(ColorMap.Type.VALUES, List.of(
            new ColorMapEntry(1, new Color(0x4A90D9), 1, "water"),
            new ColorMapEntry(2, new Color(0x7FC6BC), 1, "wetland"),
            new ColorMapEntry(3, new Color(0x1B5E20), 1, "forest")));
    private final MapRenderer renderer = new MapRenderer();

    /** A 2 × 2 grid over lon/lat [0, 2]², values row by row from the north: 1 2 / 3 NaN. */
    private static FloatGrid twoByTwo() {
        return new FloatGrid(new GridGeometry(2, 2, 0, 2, 1, 1, 4326), new float[] {1, 2, 3, Float.NaN});
    }

    private BufferedImage render(FloatGrid grid, RasterSymbolizer symbolizer, int sizePx, Interpolation interpolation,
            Envelope bbox, int mapEpsg) {
        MapLayer layer = new MapLayer.Raster("r", Styles.of(symbolizer), env -> grid, grid.geometry().epsg(),
                interpolation);
        return renderer.render(MapRequest.of(sizePx, sizePx, bbox, mapEpsg).withTransparent(true), List.of(layer));
    }

    @Test
    void valuesColorMapYieldsExactColoursAndNaNIsTransparent() {
        BufferedImage img = render(twoByTwo(), new RasterSymbolizer(1, VALUES, UnitOfMeasure.PIXEL), 2,
                Interpolation.NEAREST, new Envelope(0, 2, 0, 2), 4326);
        assertThat(img.getRGB(0, 0)).isEqualTo(0xFF4A90D9);
        assertThat(img.getRGB(1, 0)).isEqualTo(0xFF7FC6BC);
        assertThat(img.getRGB(0, 1)).isEqualTo(0xFF1B5E20);
        assertThat(img.getRGB(1, 1) >>> 24).as("NaN is transparent").isZero();
    }

    @Test
    void symbolizerOpacityScalesAlpha() {
        // alpha = round(255 · 0.5) = 128
        BufferedImage img = render(twoByTwo(), new RasterSymbolizer(0.5, VALUES, UnitOfMeasure.PIXEL), 2,
                Interpolation.NEAREST, new Envelope(0, 2, 0, 2), 4326);
        assertThat(img.getRGB(0, 0) >>> 24).isEqualTo(128);
    }

    @Test
    void upsampledNearestKeepsCellBoundaries() {
        // 8 px over 2 cells: columns 0..3 are cell 0, 4..7 cell 1
        BufferedImage img = render(twoByTwo(), new RasterSymbolizer(1, VALUES, UnitOfMeasure.PIXEL), 8,
                Interpolation.NEAREST, new Envelope(0, 2, 0, 2), 4326);
        assertThat(img.getRGB(3, 3)).isEqualTo(0xFF4A90D9);
        assertThat(img.getRGB(4, 3)).isEqualTo(0xFF7FC6BC);
        assertThat(img.getRGB(3, 4)).isEqualTo(0xFF1B5E20);
        assertThat(img.getRGB(4, 4) >>> 24).isZero();
    }

    @Test
    void rampInterpolatesLinearlyAndClampsAtTheEnds() {
        ColorMap ramp = new ColorMap(ColorMap.Type.RAMP, List.of(new ColorMapEntry(0, Color.BLACK, 1, null),
                new ColorMapEntry(10, Color.WHITE, 0, null)));
        // v = 5: each channel 0 + 0.5 · 255 = 127.5 → 128; opacity 1 + 0.5 · (0 − 1) = 0.5 → alpha 128
        assertThat(ramp.argb(5)).isEqualTo(0x80808080);
        assertThat(ramp.argb(-3)).isEqualTo(0xFF000000);
        assertThat(ramp.argb(99)).isEqualTo(0x00FFFFFF);
        assertThat(ramp.argb(Double.NaN)).isZero();
    }

    @Test
    void intervalsTakeTheFirstEntryAboveTheValue() {
        ColorMap intervals = new ColorMap(ColorMap.Type.INTERVALS, List.of(new ColorMapEntry(10, Color.RED, 1, null),
                new ColorMapEntry(20, Color.GREEN, 1, null), new ColorMapEntry(30, Color.BLUE, 1, null)));
        assertThat(intervals.argb(5)).isEqualTo(0xFFFF0000);
        assertThat(intervals.argb(10)).isEqualTo(0xFF00FF00);
        assertThat(intervals.argb(25)).isEqualTo(0xFF0000FF);
        assertThat(intervals.argb(30)).as("at or above the last quantity").isZero();
    }

    @Test
    void valuesMatchInSinglePrecision() {
        ColorMap values = new ColorMap(ColorMap.Type.VALUES, List.of(new ColorMapEntry(0.1, Color.RED, 1, null)));
        assertThat(values.argb((float) 0.1)).isEqualTo(0xFFFF0000);
        assertThat(values.argb(0.2)).isZero();
    }

    @Test
    void bilinearReproducesALinearField() {
        // v(col) = col on a 4 × 1 grid: the bilinear estimate of a linear field is exact.
        // x = 1.75 → fx = 1.75 − 0.5 = 1.25 → v = 1.25
        FloatGrid ramp = new FloatGrid(new GridGeometry(4, 1, 0, 1, 1, 1, 4326), new float[] {0, 1, 2, 3});
        assertThat(RasterLayerPainter.bilinear(ramp, ramp.geometry(), 1.75, 0.5)).isEqualTo(1.25f);
        assertThat(RasterLayerPainter.bilinear(ramp, ramp.geometry(), 0.2, 0.5)).as("edge replicated").isEqualTo(0f);
        assertThat(RasterLayerPainter.bilinear(ramp, ramp.geometry(), 4.2, 0.5)).as("outside").isNaN();
    }

    @Test
    void bilinearFallsBackToNearestNextToNoData() {
        FloatGrid grid = new FloatGrid(new GridGeometry(2, 1, 0, 1, 1, 1, 4326), new float[] {4, Float.NaN});
        assertThat(RasterLayerPainter.bilinear(grid, grid.geometry(), 0.9, 0.5)).isEqualTo(4f);
        assertThat(RasterLayerPainter.bilinear(grid, grid.geometry(), 1.1, 0.5)).isNaN();
    }

    @Test
    void rasterInWebMercatorIsReprojectedToLonLat() {
        // 2 × 2 cells of 1000 km in EPSG:3857 around (0, 0): column 0 is x < 0 (west), row 0 is y > 0 (north).
        // On a lon/lat map of [−8°, 8°]² the pixel centres at ±0.5°…±7.5° fall inside (1000 km ≈ 8.98° of
        // longitude and ≈ 8.94° of Mercator latitude), so each quadrant takes one cell's value.
        FloatGrid grid = new FloatGrid(new GridGeometry(2, 2, -1_000_000, 1_000_000, 1_000_000, 1_000_000, 3857),
                new float[] {1, 2, 3, Float.NaN});
        BufferedImage img = render(grid, new RasterSymbolizer(1, VALUES, UnitOfMeasure.PIXEL), 16,
                Interpolation.NEAREST, new Envelope(-8, 8, -8, 8), 4326);
        assertThat(img.getRGB(2, 2)).isEqualTo(0xFF4A90D9);   // north-west
        assertThat(img.getRGB(13, 2)).isEqualTo(0xFF7FC6BC);  // north-east
        assertThat(img.getRGB(2, 13)).isEqualTo(0xFF1B5E20);  // south-west
        assertThat(img.getRGB(13, 13) >>> 24).isZero();       // south-east: NaN
    }

    @Test
    void missingColorMapStretchesGreys() {
        BufferedImage img = render(twoByTwo(), new RasterSymbolizer(1, null, UnitOfMeasure.PIXEL), 2,
                Interpolation.NEAREST, new Envelope(0, 2, 0, 2), 4326);
        // min 1 → black, max 3 → white, 2 → 127.5 → 128
        assertThat(img.getRGB(0, 0)).isEqualTo(0xFF000000);
        assertThat(img.getRGB(1, 0)).isEqualTo(0xFF808080);
        assertThat(img.getRGB(0, 1)).isEqualTo(0xFFFFFFFF);
    }
}
