package org.ecocorridor.report;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ecocorridor.core.catalog.LayerInfo;
import org.ecocorridor.core.catalog.LayerKind;
import org.ecocorridor.core.catalog.TimeExtent;
import org.ecocorridor.core.feature.Feature;
import org.ecocorridor.core.feature.FeatureCursor;
import org.ecocorridor.core.feature.FeatureCursors;
import org.ecocorridor.core.feature.FeatureSchema;
import org.ecocorridor.core.feature.GeometryKind;
import org.ecocorridor.core.grid.FloatGrid;
import org.ecocorridor.core.grid.GridGeometry;
import org.ecocorridor.core.source.MapDataSource;
import org.locationtech.jts.geom.Envelope;

/** A {@link MapDataSource} over features and grids held in memory (no time filtering), for tests. */
final class MemoryMapData implements MapDataSource {
    private final Map<String, LayerInfo> infos = new LinkedHashMap<>();
    private final Map<String, List<Feature>> features = new LinkedHashMap<>();
    private final Map<String, FloatGrid> grids = new LinkedHashMap<>();

    MemoryMapData vector(String name, String title, String style, boolean sensitive, List<Feature> fs) {
        Envelope bbox = new Envelope();
        fs.forEach(f -> bbox.expandToInclude(f.geometry().getEnvelopeInternal()));
        infos.put(name, new LayerInfo(name, title, null, List.of(), LayerKind.VECTOR, style, bbox, null, fs.size(),
                sensitive, false, Instant.parse("2026-01-01T00:00:00Z")));
        features.put(name, List.copyOf(fs));
        return this;
    }

    MemoryMapData raster(String name, String title, String style, FloatGrid grid, Envelope lonLat) {
        infos.put(name, new LayerInfo(name, title, null, List.of(), LayerKind.RASTER, style, lonLat, null, 0, false,
                false, Instant.parse("2026-01-01T00:00:00Z")));
        grids.put(name, grid);
        return this;
    }

    @Override
    public List<LayerInfo> layers() {
        return List.copyOf(infos.values());
    }

    @Override
    public Optional<LayerInfo> layer(String name) {
        return Optional.ofNullable(infos.get(name));
    }

    @Override
    public FeatureCursor features(String layer, Envelope bboxLonLat, TimeExtent time) {
        if (!features.containsKey(layer)) {
            throw new IllegalArgumentException("No vector layer " + layer);
        }
        List<Feature> selected = new ArrayList<>();
        for (Feature f : features.get(layer)) {
            if (f.geometry().getEnvelopeInternal().intersects(bboxLonLat)) {
                selected.add(f);
            }
        }
        return FeatureCursors.of(new FeatureSchema(GeometryKind.GEOMETRY, 4326, List.of()), selected);
    }

    @Override
    public GridGeometry rasterGeometry(String layer) {
        return grids.get(layer).geometry();
    }

    @Override
    public FloatGrid rasterWindow(String layer, Envelope box) {
        FloatGrid g = grids.get(layer);
        return g.geometry().envelope().intersects(box) ? g : null;
    }
}
