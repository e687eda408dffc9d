package org.ecocorridor.store.source;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.ecocorridor.store.SpatialStore;
import org.ecocorridor.store.SpatialStores;
import org.ecocorridor.store.StoreConfig;

/** WFS-T edits on the embedded H2GIS store. */
class H2gisFeatureEditorTest extends FeatureEditorContractTest {
    private Path dataDir;

    @Override
    protected SpatialStore openStore() throws IOException {
        dataDir = Files.createTempDirectory("eco-edit-test-");
        return SpatialStores.open(StoreConfig.embedded(dataDir));
    }

    @Override
    protected void cleanUp() throws IOException {
        try (Stream<Path> files = Files.walk(dataDir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
