package org.ecocorridor.ogc.wms;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.ecocorridor.core.catalog.TimeExtent;
import org.ecocorridor.core.crs.CoordinateTransforms;
import org.ecocorridor.core.crs.GeometryTransform;
import org.ecocorridor.core.feature.Feature;
import org.ecocorridor.core.feature.FeatureCursor;
import org.ecocorridor.core.grid.FloatGrid;
import org.ecocorridor.core.grid.GridGeometry;
import org.ecocorridor.core.source.MapDataSource;
import org.ecocorridor.ogc.ows.RequestUser;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;

/**
 * Finds what is under a pixel for GetFeatureInfo.
 *
 * <p>The pixel (i, j) of the map stands for its centre, x = minX + (i + ½)·resX,
 * y = maxY − (j + ½)·resY in the map CRS. Vector features are those whose geometry, projected to
 * the map CRS, lies within {@code tolerancePx}·resX of that point (polygons containing it are at
 * distance 0), nearest first, at most FEATURE_COUNT per layer; candidates are read with the
 * tolerance box transformed to CRS:84. Rasters report the value of the cell containing the point
 * transformed to the raster's CRS (NaN = NoData, reported as no value).
 *
 * <p>Thread-safe (stateless apart from its collaborators).
 */
final class FeatureInfoQuery {
    private static final GeometryFactory GF = new GeometryFactory();
    private final MapComposer composer;

    FeatureInfoQuery(MapComposer composer) {
        this.composer = composer;
    }

    /** What one queried layer holds at the point. Immutable. */
    record LayerHits(String layer, List<Feature> features, Double rasterValue, Point lonLat) {
        LayerHits {
            features = List.copyOf(features);
        }
    }

    List<LayerHits> query(GetMapRequest map, List<String> queryLayers, int i, int j, int featureCount,
            double tolerancePx, RequestUser user) {
        Envelope b = map.bbox();
        double resX = b.getWidth() / map.widthPx();
        double resY = b.getHeight() / map.heightPx();
        double x = b.getMinX() + (i + 0.5) * resX;
        double y = b.getMaxY() - (j + 0.5) * resY;
        int epsg = map.crs().epsg();
        double[] lonLat = epsg == 4326 ? new double[] {x, y} : CoordinateTransforms.between(epsg, 4326).apply(x, y);
        Point where = GF.createPoint(new Coordinate(lonLat[0], lonLat[1]));
        List<LayerHits> result = new ArrayList<>();
        for (String name : queryLayers) {
            PublishedLayer layer = composer.directory().require(name, user, "QUERY_LAYERS");
            TimeExtent time = layer.info().timeExtent() == null ? null
                    : TimeParameter.select(map.time(), map.timeGiven(), layer.info().timeExtent());
            if (layer.isVector()) {
                double tol = tolerancePx * resX;
                result.add(new LayerHits(name, features(name, epsg, x, y, tol, time, featureCount), null, where));
            } else {
                result.add(new LayerHits(name, List.of(), cellValue(name, epsg, x, y), where));
            }
        }
        return result;
    }

    private List<Feature> features(String layer, int epsg, double x, double y, double tol, TimeExtent time,
            int max) {
        MapDataSource source = composer.directory().source();
        Envelope box = new Envelope(x - tol, x + tol, y - tol, y + tol);
        GeometryTransform toMap = epsg == 4326 ? null : CoordinateTransforms.between(4326, epsg);
        Envelope lonLatBox = toMap == null ? box : CoordinateTransforms.between(epsg, 4326).apply(box, 4);
        Point p = GF.createPoint(new Coordinate(x, y));
        record Hit(Feature feature, double distance) {
        }
        List<Hit> hits = new ArrayList<>();
        try (FeatureCursor c = source.features(layer, lonLatBox, time)) {
            while (c.hasNext()) {
                Feature f = c.next();
                if (f.geometry() == null) {
                    continue;
                }
                Geometry g = toMap == null ? f.geometry() : toMap.apply(f.geometry());
                double d = g.distance(p);
                if (d <= tol) {
                    hits.add(new Hit(f, d));
                }
            }
        }
        return hits.stream().sorted(Comparator.comparingDouble(Hit::distance)).limit(max).map(Hit::feature).toList();
    }

    private Double cellValue(String layer, int epsg, double x, double y) {
        MapDataSource source = composer.directory().source();
        GridGeometry g = source.rasterGeometry(layer);
        double[] p = g.epsg() == epsg ? new double[] {x, y} : CoordinateTransforms.between(epsg, g.epsg()).apply(x, y);
        int row = g.rowOf(p[1]);
        int col = g.colOf(p[0]);
        if (!g.contains(row, col)) {
            return null;
        }
        double cx = g.centreX(col);
        double cy = g.centreY(row);
        FloatGrid cell = source.rasterWindow(layer, new Envelope(cx - g.cellWidth() / 4, cx + g.cellWidth() / 4,
                cy - g.cellHeight() / 4, cy + g.cellHeight() / 4));
        Objects.requireNonNull(cell, "window of a cell inside the grid");
        GridGeometry w = cell.geometry(); // the window may be larger than asked: locate the cell in it
        float v = cell.get(w.rowOf(cy), w.colOf(cx));
        return Float.isNaN(v) ? null : (double) v;
    }
}
