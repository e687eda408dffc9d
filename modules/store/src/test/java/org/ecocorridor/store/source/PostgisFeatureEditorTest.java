package org.ecocorridor.store.source;

import java.nio.file.Path;
import org.ecocorridor.store.PostgisTestDatabase;
import org.ecocorridor.store.SpatialStore;
import org.ecocorridor.store.SpatialStores;
import org.ecocorridor.store.StoreConfig;
import org.junit.jupiter.api.Tag;

/** WFS-T edits on PostGIS, in a fresh schema. */
@Tag("postgis")
class PostgisFeatureEditorTest extends FeatureEditorContractTest {
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
