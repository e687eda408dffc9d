package org.ecocorridor.server.wms;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.ecocorridor.ogc.tile.TileService;
import org.ecocorridor.ogc.wms.WmsService;
import org.ecocorridor.ogc.wmts.WmtsService;
import org.ecocorridor.server.config.EcocorridorProperties;
import org.ecocorridor.store.SpatialStore;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires the map services to the store. The WMS and WMTS beans are {@code OwsService}s, so the shared
 * {@code /ows} dispatch picks them up. Renders run on a fixed pool of {@code render-threads} with a
 * queue of {@code render-queue} (default four per thread); when both are full a request answers 503
 * with {@code Retry-After} at once (load shedding keeps memory bounded, as each queued render holds
 * at most one image, and keeps the wait of accepted renders short).
 */
@Configuration(proxyBeanMethods = false)
class MapConfiguration {

    /** Not a bean: an Executor bean would replace Spring Boot's own task executor. */
    static ExecutorService renderPool(MapProperties properties) {
        AtomicInteger n = new AtomicInteger();
        return new ThreadPoolExecutor(properties.threads(), properties.threads(), 0, TimeUnit.MILLISECONDS,
                new ArrayBlockingQueue<>(properties.queueSize()), r -> {
                    Thread t = new Thread(r, "render-" + n.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                }, new ThreadPoolExecutor.AbortPolicy());
    }

    @Bean(destroyMethod = "close")
    MapServices mapServices(SpatialStore store, MapProperties properties, EcocorridorProperties ecocorridor) {
        return MapServices.build(store, properties, renderPool(properties), ecocorridor.dataDir());
    }

    @Bean
    WmsService wmsService(MapServices services) {
        return services.wms();
    }

    @Bean
    WmtsService wmtsService(MapServices services) {
        return services.wmts();
    }

    @Bean
    TileService tileService(MapServices services) {
        return services.tiles();
    }
}
