package org.ecocorridor.ogc.render;

import java.util.Objects;
import org.ecocorridor.ogc.style.NamedStyle;

/**
 * One layer of a map: a style and where its data come from.
 *
 * <p>Implementations are immutable (the sources they hold should be thread-safe).
 */
public sealed interface MapLayer permits MapLayer.Vector, MapLayer.Raster {

    /** Layer name, for messages. */
    String name();

    /** The style to draw with. */
    NamedStyle style();

    /** A vector layer whose features are read in EPSG:4326. */
    static Vector vector(String name, NamedStyle style, VectorSource source) {
        return new Vector(name, style, source);
    }

    /** A raster layer stored in {@code epsg}, sampled with nearest neighbour. */
    static Raster raster(String name, NamedStyle style, RasterSource source, int epsg) {
        return new Raster(name, style, source, epsg, Interpolation.NEAREST);
    }

    /**
     * A vector layer.
     *
     * @param name   layer name
     * @param style  style
     * @param source features in EPSG:4326
     */
    record Vector(String name, NamedStyle style, VectorSource source) implements MapLayer {
        public Vector {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(style, "style");
            Objects.requireNonNull(source, "source");
        }
    }

    /**
     * A single-band raster layer.
     *
     * @param name          layer name
     * @param style         style (its RasterSymbolizers are used)
     * @param source        grids in the raster's CRS
     * @param epsg          EPSG code of the raster's CRS
     * @param interpolation sampling method
     */
    record Raster(String name, NamedStyle style, RasterSource source, int epsg, Interpolation interpolation)
            implements MapLayer {
        public Raster {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(style, "style");
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(interpolation, "interpolation");
        }
    }
}
