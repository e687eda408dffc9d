package org.ecocorridor.report.model;

import java.util.List;
import java.util.Objects;

/**
 * A map drawn by Ecocorridor's own renderer from catalog layers, with scale bar and legend.
 * Immutable.
 *
 * @param id      file-name stem of the figure's PNG
 * @param title   caption title
 * @param caption explanation under the figure
 * @param layers  layers drawn bottom to top (base layers such as countries first)
 * @param extent  area shown in CRS:84 {@code [minLon, minLat, maxLon, maxLat]}; null = the union of the
 *                non-base layers' bounding boxes, with a margin
 * @param crs     EPSG code of the map's projection (e.g. 3857, or a UTM zone for a regional map)
 */
public record MapFigure(String id, String title, String caption, List<MapLayer> layers, double[] extent, int crs)
        implements ReportBlock {
    /** One layer of a map figure; {@code style} null means the layer's default style. */
    public record MapLayer(String name, String style, boolean base) {
        public MapLayer {
            Objects.requireNonNull(name, "name");
        }

        public static MapLayer base(String name) {
            return new MapLayer(name, null, true);
        }

        public static MapLayer result(String name) {
            return new MapLayer(name, null, false);
        }
    }

    public MapFigure {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        caption = caption == null ? "" : caption;
        layers = List.copyOf(layers);
        if (extent != null && extent.length != 4) {
            throw new IllegalArgumentException("Map extent needs 4 numbers, got " + extent.length);
        }
        extent = extent == null ? null : extent.clone();
    }
}
