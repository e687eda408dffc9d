package org.ecocorridor.server.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.ecocorridor.store.SpatialStore;
import org.ecocorridor.store.demo.DemoDataLoader;
import org.ecocorridor.store.demo.DemoLoadResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

/**
 * Loads the demo dataset ({@code ecocorridor.demo-data}, default {@code ./data}) into an empty store
 * before the server takes requests. Idempotent: a store that already holds data is left alone.
 */
@Component
class DemoDataInitializer implements InitializingBean {
    private static final Logger LOG = LoggerFactory.getLogger(DemoDataInitializer.class);
    private final SpatialStore store;
    private final EcocorridorProperties properties;

    DemoDataInitializer(SpatialStore store, EcocorridorProperties properties) {
        this.store = store;
        this.properties = properties;
    }

    @Override
    public void afterPropertiesSet() {
        String setting = properties.demoData();
        if (setting == null || setting.isBlank() || setting.equals("none")) {
            LOG.info("Demo data disabled");
            return;
        }
        Path dir = Path.of(setting);
        if (!Files.isRegularFile(dir.resolve("manifest.json"))) {
            LOG.warn("No demo data at {} (no manifest.json); starting with the store as it is", dir.toAbsolutePath());
            return;
        }
        try {
            DemoLoadResult result = new DemoDataLoader(store).loadIfEmpty(dir);
            LOG.info("Demo data: {}", result);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot load the demo data from " + dir.toAbsolutePath(), e);
        }
    }
}
