package org.ecocorridor.store;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The store contract on the embedded H2GIS store, a fresh database file per test. */
class H2gisStoreContractTest extends StoreContractTest {
    @TempDir
    Path dataDir;

    @Override
    protected SpatialStore openStore() {
        return SpatialStores.open(StoreConfig.embedded(dataDir));
    }
}
