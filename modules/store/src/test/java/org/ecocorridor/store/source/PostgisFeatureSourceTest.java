package org.ecocorridor.store.source;

import java.nio.file.Path;
import org.ecocorridor.store.PostgisTestDatabase;
import org.ecocorridor.store.SpatialStore;
import org.ecocorridor.store.SpatialStores;
import org.ecocorridor.store.StoreConfig;
import org.junit.jupiter.api.Tag;

/** The feature-source contract on PostGIS, in a fresh schema per test. */
@Tag("postgis")
class PostgisFeatureSourceTest extends FeatureSourceContractTest {
    private String schema;

    @Override
    protected SpatialStore openStore() throws Exception {
        PostgisTestDatabase.ensureAvailable();
        schema = PostgisTestDatabase.createSchema();
        return SpatialStores.open(new StoreConfig(PostgisTestDatabase.urlWithSchema(schema),
                PostgisTestDatabase.USER, PostgisTestDatabase.PASSWORD, Path.of("target")));
    }

    @Override
    protected void cleanUp() throws Exception {
        PostgisTestDatabase.dropSchema(schema);
    }
}
