package org.ecocorridor.server.analysis;

import org.ecocorridor.server.support.PostgisTestDatabase;
import org.ecocorridor.store.SpatialStore;
import org.ecocorridor.store.SpatialStores;
import org.ecocorridor.store.StoreConfig;

class PostgisStoreNetworkAnalysesTest extends StoreNetworkAnalysesContractTest {
    @Override
    protected SpatialStore openEmptyStore() throws Exception {
        String url = PostgisTestDatabase.recreate("ecocorridor_network_test");
        return SpatialStores.open(new StoreConfig(url, PostgisTestDatabase.user(), PostgisTestDatabase.password(),
                java.nio.file.Files.createTempDirectory("eco-network-pg")));
    }
}
