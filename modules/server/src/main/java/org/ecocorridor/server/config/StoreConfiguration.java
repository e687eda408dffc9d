package org.ecocorridor.server.config;

import org.ecocorridor.server.layers.LayerFiles;
import org.ecocorridor.store.SpatialStore;
import org.ecocorridor.store.SpatialStores;
import org.ecocorridor.store.StoreConfig;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Opens the one store of this server: PostGIS when {@code ecocorridor.db.url} is set, the embedded
 * H2GIS store in {@code ecocorridor.data-dir} otherwise. Migrations run as it opens.
 */
@Configuration(proxyBeanMethods = false)
class StoreConfiguration {

    @Bean(destroyMethod = "close")
    SpatialStore spatialStore(EcocorridorProperties properties) {
        EcocorridorProperties.Db db = properties.db();
        StoreConfig config = db.isConfigured()
                ? new StoreConfig(db.url(), blankToNull(db.user()), blankToNull(db.password()), properties.dataDir())
                : StoreConfig.embedded(properties.dataDir());
        return SpatialStores.open(config);
    }

    @Bean
    LayerFiles layerFiles(SpatialStore store) {
        return new LayerFiles(store);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
