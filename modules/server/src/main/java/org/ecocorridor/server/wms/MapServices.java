package org.ecocorridor.server.wms;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import org.ecocorridor.ogc.render.GraphicLoader;
import org.ecocorridor.ogc.render.LegendRenderer;
import org.ecocorridor.ogc.render.MapRenderer;
import org.ecocorridor.ogc.tile.TileCache;
import org.ecocorridor.ogc.tile.TileService;
import org.ecocorridor.ogc.wms.LayerDirectory;
import org.ecocorridor.ogc.wms.MapComposer;
import org.ecocorridor.ogc.wms.RenderGate;
import org.ecocorridor.ogc.wms.StyleCatalog;
import org.ecocorridor.ogc.wms.WmsService;
import org.ecocorridor.ogc.wms.WmsSettings;
import org.ecocorridor.ogc.wmts.WmtsService;
import org.ecocorridor.store.SpatialStore;
import org.ecocorridor.store.map.DatabaseMapDataSource;

/**
 * The map services over one store, assembled without Spring so that the server and the command line
 * ({@code seed}) build them the same way: the store's map data source, the styles folder (also the
 * only folder external graphics may be read from), renderer, WMS, tile cache, tiles and WMTS.
 * Immutable.
 *
 * @param composer map composition and rendering
 * @param wms      the WMS
 * @param tiles    tiles with their cache
 * @param wmts     the WMTS
 * @param renderPool the render pool, shut down by {@link #close()}, or null
 */
public record MapServices(MapComposer composer, WmsService wms, TileService tiles, WmtsService wmts,
        ExecutorService renderPool) implements AutoCloseable {

    /**
     * @param renderPool bounded render pool, or null to render on the calling thread
     * @param dataDir    the store's data folder (default parent of the tile cache)
     */
    public static MapServices build(SpatialStore store, MapProperties p, ExecutorService renderPool, Path dataDir) {
        DatabaseMapDataSource source = new DatabaseMapDataSource(store.dataSource(), store.dialect(), store.catalog(),
                store.rasters());
        StyleCatalog styles = new StyleCatalog(p.stylesDir());
        GraphicLoader graphics = new GraphicLoader(List.of(styles.folder()));
        LayerDirectory directory = new LayerDirectory(source, styles);
        RenderGate gate = renderPool == null ? RenderGate.inline() : new RenderGate(renderPool, p.renderTimeout());
        MapComposer composer = new MapComposer(directory, new MapRenderer(graphics), gate);
        WmsSettings settings = WmsSettings.defaults().withLimits(p.maxWidth(), p.maxHeight(), p.renderTimeout());
        WmsService wms = new WmsService(composer, new LegendRenderer(graphics), settings, new HostListSldFetcher(
                p.sldHosts()));
        Path cacheDir = p.tileCacheDir() != null ? p.tileCacheDir() : dataDir.resolve("tile-cache");
        TileService tiles = new TileService(composer, new TileCache(p.tileCacheMemory().toBytes(), cacheDir),
                p.tileBuffer());
        return new MapServices(composer, wms, tiles, new WmtsService(tiles, p.tileMaxAge().toSeconds()), renderPool);
    }

    @Override
    public void close() {
        if (renderPool != null) {
            renderPool.shutdownNow();
        }
    }
}
