package org.ecocorridor.server.report;

import org.ecocorridor.server.config.EcocorridorProperties;
import org.ecocorridor.server.jobs.ReportService;
import org.ecocorridor.server.wms.MapProperties;
import org.ecocorridor.store.SpatialStore;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The report service of the job endpoints: reports drawn from the store with the WMS styles. */
@Configuration(proxyBeanMethods = false)
class ReportConfiguration {
    @Bean
    ReportService reportService(SpatialStore store, MapProperties map, EcocorridorProperties properties) {
        return new StoreReportService(store, map.stylesDir(), properties.publicBaseUrl());
    }
}
