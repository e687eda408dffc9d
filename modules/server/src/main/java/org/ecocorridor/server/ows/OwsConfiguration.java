package org.ecocorridor.server.ows;

import java.util.List;
import org.ecocorridor.core.source.FeatureEditor;
import org.ecocorridor.core.source.FeatureSource;
import org.ecocorridor.ogc.ows.OwsService;
import org.ecocorridor.ogc.wfs.WfsService;
import org.ecocorridor.store.SpatialStore;
import org.ecocorridor.store.source.DatabaseFeatureEditor;
import org.ecocorridor.store.source.DatabaseFeatureSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires the OGC services to the store: the store's {@link FeatureSource} and {@link FeatureEditor}
 * behind WFS (WFS-T for editors), with the store's GeoPackage and Shapefile writers as GetFeature
 * output formats. WMS and WMTS
 * plug in by adding their {@link OwsService} beans; {@link OwsDispatcher} picks them up.
 */
@Configuration(proxyBeanMethods = false)
class OwsConfiguration {

    @Bean
    FeatureSource featureSource(SpatialStore store) {
        return new DatabaseFeatureSource(store.dataSource(), store.dialect(), store.catalog());
    }

    @Bean
    FeatureEditor featureEditor(SpatialStore store) {
        return new DatabaseFeatureEditor(store.dataSource(), store.catalog());
    }

    @Bean
    WfsService wfsService(FeatureSource featureSource, FeatureEditor featureEditor) {
        return new WfsService(featureSource, featureEditor, List.of(StoreFileFormats.GEOPACKAGE,
                StoreFileFormats.SHAPE_ZIP));
    }

    @Bean
    OwsDispatcher owsDispatcher(List<OwsService> services) {
        return new OwsDispatcher(services);
    }
}
