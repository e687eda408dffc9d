package org.ecocorridor.server.analysis;

import java.nio.file.Files;
import org.ecocorridor.store.SpatialStore;
import org.ecocorridor.store.SpatialStores;
import org.ecocorridor.store.StoreConfig;

class EmbeddedStoreNetworkAnalysesTest extends StoreNetworkAnalysesContractTest {
    @Override
    protected SpatialStore openEmptyStore() throws Exception {
        return SpatialStores.open(StoreConfig.embedded(Files.createTempDirectory("eco-network-test")));
    }
}
