package org.ecocorridor.ogc.wms;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import org.ecocorridor.core.catalog.TimeExtent;
import org.ecocorridor.core.feature.Feature;
import org.ecocorridor.core.feature.FeatureCursor;
import org.ecocorridor.core.feature.FeatureSchema;
import org.ecocorridor.core.source.MapDataSource;
import org.ecocorridor.ogc.exception.WmsExceptionCodes;
import org.ecocorridor.ogc.ows.RequestUser;
import org.ecocorridor.ogc.render.Interpolation;
import org.ecocorridor.ogc.render.MapLayer;
import org.ecocorridor.ogc.render.MapRenderer;
import org.ecocorridor.ogc.render.MapRequest;
import org.ecocorridor.ogc.style.NamedStyle;
import org.ecocorridor.ogc.style.StyledLayer;
import org.ecocorridor.ogc.style.StyledLayerDescriptor;
import org.locationtech.jts.geom.Envelope;

/**
 * Turns a GetMap into renderer input and renders it: each named layer (LayerNotDefined when unknown
 * or hidden) with its style (from SLD/SLD_BODY when the document styles that layer, else the
 * layer's style of that name, StyleNotDefined otherwise), its TIME selection, and sources reading
 * the {@link MapDataSource}. Rendering runs through the {@link RenderGate}; feature cursors stop at
 * the next row once the render thread is interrupted (time limit passed).
 *
 * <p>Thread-safe.
 */
public final class MapComposer {
    private final LayerDirectory directory;
    private final MapRenderer renderer;
    private final RenderGate gate;

    public MapComposer(LayerDirectory directory, MapRenderer renderer, RenderGate gate) {
        this.directory = Objects.requireNonNull(directory, "directory");
        this.renderer = Objects.requireNonNull(renderer, "renderer");
        this.gate = Objects.requireNonNull(gate, "gate");
    }

    public LayerDirectory directory() {
        return directory;
    }

    /** Renders the map (ARGB, the requested size). */
    public BufferedImage render(GetMapRequest r, RequestUser user) {
        List<MapLayer> layers = layers(r, user);
        MapRequest request = new MapRequest(r.widthPx(), r.heightPx(), r.bbox(), r.crs().epsg(), r.dpi(),
                r.transparent(), r.background(), r.bufferPx(), r.labelGrid());
        return render(request, layers);
    }

    /** Renders prepared layers through the render gate (tiles use this). */
    public BufferedImage render(MapRequest request, List<MapLayer> layers) {
        return gate.call(() -> renderer.render(request, layers));
    }

    /** The area (request CRS) whose features can show in the map (see {@link MapRenderer#readArea}). */
    public Envelope readArea(MapRequest request, List<MapLayer> layers) {
        return renderer.readArea(request, layers);
    }

    /** The renderer's layers for a request (resolving names, styles and times). */
    public List<MapLayer> layers(GetMapRequest r, RequestUser user) {
        List<MapLayer> result = new ArrayList<>();
        for (int i = 0; i < r.layers().size(); i++) {
            PublishedLayer layer = directory.require(r.layers().get(i), user, "LAYERS");
            NamedStyle style = style(layer, r.styles().get(i), r.sld());
            TimeExtent time = layer.info().timeExtent() == null ? null
                    : TimeParameter.select(r.time(), r.timeGiven(), layer.info().timeExtent());
            result.add(mapLayer(layer, style, time, r.interpolations().get(i)));
        }
        return result;
    }

    /** A renderer layer reading the data source, stopping when the render thread is interrupted. */
    public MapLayer mapLayer(PublishedLayer layer, NamedStyle style, TimeExtent time, Interpolation interpolation) {
        MapDataSource source = directory.source();
        String name = layer.name();
        if (layer.isVector()) {
            return MapLayer.vector(name, style, bbox -> new InterruptibleCursor(source.features(name, bbox, time)));
        }
        int epsg = source.rasterGeometry(name).epsg();
        return new MapLayer.Raster(name, style, bbox -> {
            stopIfInterrupted();
            return source.rasterWindow(name, bbox);
        }, epsg, interpolation);
    }

    /** The style for a layer: the SLD's (when it styles this layer), else the layer's own by name. */
    static NamedStyle style(PublishedLayer layer, String styleName, StyledLayerDescriptor sld) {
        if (sld != null) {
            Optional<StyledLayer> styled = sld.layer(layer.name());
            if (styled.isPresent()) {
                Optional<NamedStyle> chosen = styleName.isEmpty() ? styled.get().defaultStyle()
                        : styled.get().style(styleName);
                if (chosen.isPresent() && !chosen.get().isReference()) {
                    return chosen.get();
                }
                if (chosen.isPresent()) {
                    styleName = chosen.get().name();
                }
            }
        }
        String wanted = styleName;
        return layer.style(wanted).orElseThrow(() -> WmsExceptionCodes.error(WmsExceptionCodes.STYLE_NOT_DEFINED,
                "STYLES", "Style \"" + wanted + "\" is not defined for layer \"" + layer.name() + "\"; available: "
                        + layer.styleList().stream().map(NamedStyle::name).toList()));
    }

    private static void stopIfInterrupted() {
        if (Thread.currentThread().isInterrupted()) {
            throw new CancellationException("render interrupted");
        }
    }

    /** Ends a feature stream early when the rendering thread is interrupted. Not thread-safe. */
    private static final class InterruptibleCursor implements FeatureCursor {
        private final FeatureCursor cursor;

        InterruptibleCursor(FeatureCursor cursor) {
            this.cursor = cursor;
        }

        @Override
        public FeatureSchema schema() {
            return cursor.schema();
        }

        @Override
        public boolean hasNext() {
            stopIfInterrupted();
            return cursor.hasNext();
        }

        @Override
        public Feature next() {
            return cursor.next();
        }

        @Override
        public void close() {
            cursor.close();
        }
    }

}
