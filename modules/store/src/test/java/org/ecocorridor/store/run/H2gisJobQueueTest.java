package org.ecocorridor.store.run;

import java.nio.file.Path;
import org.ecocorridor.store.SpatialStore;
import org.ecocorridor.store.SpatialStores;
import org.ecocorridor.store.StoreConfig;
import org.junit.jupiter.api.io.TempDir;

/** The job queue on the embedded H2GIS store (compare-and-set claiming). */
class H2gisJobQueueTest extends JobQueueContractTest {
    @TempDir
    Path dataDir;

    @Override
    SpatialStore openStore() {
        return SpatialStores.open(StoreConfig.embedded(dataDir));
    }
}
