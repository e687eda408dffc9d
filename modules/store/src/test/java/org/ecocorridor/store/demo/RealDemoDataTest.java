package org.ecocorridor.store.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.ecocorridor.store.SpatialStore;
import org.ecocorridor.store.SpatialStores;
import org.ecocorridor.store.StoreConfig;
import org.ecocorridor.store.catalog.CatalogEntry;
import org.ecocorridor.store.demo.DemoLoadResult.Outcome;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Loads the project's real demo dataset ({@code data/manifest.json} at the repository root, or the
 * folder named by the system property {@code ecocorridor.demo.dir}) into an embedded store; skipped
 * while the dataset is absent.
 */
class RealDemoDataTest {
    @TempDir
    Path storeDir;

    @Test
    void theShippedDemoDatasetLoadsOnceAndPublishesEveryLayer() throws Exception {
        Path data = demoDir();
        Assumptions.assumeTrue(data != null, "no data/manifest.json found");
        try (SpatialStore store = SpatialStores.open(StoreConfig.embedded(storeDir))) {
            DemoLoadResult result = new DemoDataLoader(store).loadIfEmpty(data);

            assertThat(result.outcome()).isEqualTo(Outcome.LOADED);
            List<CatalogEntry> layers = store.catalog().list();
            assertThat(layers).hasSize(result.layers());
            assertThat(layers).allSatisfy(l -> assertThat(l.info().bbox()).as(l.name()).isNotNull());
            assertThat(new DemoDataLoader(store).loadIfEmpty(data).outcome()).isEqualTo(Outcome.ALREADY_LOADED);
        }
    }

    private static Path demoDir() {
        String configured = System.getProperty("ecocorridor.demo.dir");
        if (configured != null) {
            return Path.of(configured);
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("data/manifest.json")) && Files.isRegularFile(dir.resolve("pom.xml"))) {
                return dir.resolve("data");
            }
        }
        return null;
    }
}
