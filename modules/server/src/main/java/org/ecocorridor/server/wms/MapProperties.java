package org.ecocorridor.server.wms;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Map-service settings, bound from {@code ecocorridor.map.*}. Immutable.
 *
 * @param stylesDir     folder of the layers' SLD files (default {@code ./styles})
 * @param maxWidth      largest GetMap width in pixels
 * @param maxHeight     largest GetMap height in pixels
 * @param renderTimeout longest a render may take (503 after)
 * @param renderThreads render pool size; 0 = one per processor
 * @param renderQueue   renders allowed to wait for a thread; more answer 503 (with Retry-After); 0 = four
 *                      per render thread, so a queued render waits at most about four render times
 * @param sldHosts      hosts whose documents the WMS {@code SLD} parameter may fetch (empty = none)
 * @param tileCacheDir  disk level of the tile cache; empty = {@code <data-dir>/tile-cache}
 * @param tileCacheMemory memory level of the tile cache
 * @param tileBuffer    extra pixels rendered around each tile, beyond the reach of the style's symbols that
 *                      the renderer adds itself (labels use 4 x 4-tile meta-tiles instead)
 * @param tileMaxAge    {@code Cache-Control: max-age} of public tiles
 */
@ConfigurationProperties("ecocorridor.map")
public record MapProperties(@DefaultValue("./styles") Path stylesDir, @DefaultValue("4096") int maxWidth,
        @DefaultValue("4096") int maxHeight, @DefaultValue("60s") Duration renderTimeout,
        @DefaultValue("0") int renderThreads, @DefaultValue("0") int renderQueue, @DefaultValue List<String> sldHosts,
        Path tileCacheDir, @DefaultValue("64MB") DataSize tileCacheMemory, @DefaultValue("0") int tileBuffer,
        @DefaultValue("5m") Duration tileMaxAge) {

    /** Defaults, for the command line (no Spring binding there). */
    public static MapProperties defaults() {
        return new MapProperties(Path.of("./styles"), 4096, 4096, Duration.ofSeconds(60), 0, 0, List.of(), null,
                DataSize.ofMegabytes(64), 0, Duration.ofMinutes(5));
    }

    /** The render queue length: {@code renderQueue}, or four per render thread when 0. */
    public int queueSize() {
        return renderQueue > 0 ? renderQueue : 4 * threads();
    }

    /** The render pool size: {@code renderThreads}, or the number of processors when 0. */
    public int threads() {
        return renderThreads > 0 ? renderThreads : Runtime.getRuntime().availableProcessors();
    }
}
