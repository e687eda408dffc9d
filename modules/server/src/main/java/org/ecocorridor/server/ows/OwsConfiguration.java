package org.ecocorridor.server.ows;

import java.util.List;
import org.ecocorridor.core.source.FeatureSource;
import org.ecocorridor.ogc.ows.OwsService;
import org.ecocorridor.ogc.wfs.WfsService;
import org.ecocorridor.store.SpatialStore;
import org.ecocorridor.store.source.DatabaseFeatureSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires the OGC services to the store: the store's {@link FeatureSource} behind WFS. WMS and WMTS
 * plug in by adding their {@link OwsService} beans; {@link OwsDispatcher} picks them up.
 */
@Configuration(proxyBeanMethods = false)
class OwsConfiguration {

    @Bean
    FeatureSource featureSource(SpatialStore store) {
        return new DatabaseFeatureSource(store.dataSource(), store.dialect(), store.catalog());
    }

    @Bean
    WfsService wfsService(FeatureSource featureSource) {
        return new WfsService(featureSource);
    }

    @Bean
    OwsDispatcher owsDispatcher(List<OwsService> services) {
        return new OwsDispatcher(services);
    }
}
