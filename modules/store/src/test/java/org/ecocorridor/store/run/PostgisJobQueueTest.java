package org.ecocorridor.store.run;

import java.nio.file.Path;
import org.ecocorridor.store.PostgisTestDatabase;
import org.ecocorridor.store.SpatialStore;
import org.ecocorridor.store.SpatialStores;
import org.ecocorridor.store.StoreConfig;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;

/** The job queue on PostGIS ({@code FOR UPDATE SKIP LOCKED} claiming), a fresh schema per test. */
@Tag("postgis")
class PostgisJobQueueTest extends JobQueueContractTest {
    @TempDir
    Path dataDir;
    private String schema;

    @BeforeAll
    static void database() {
        PostgisTestDatabase.ensureAvailable();
    }

    @Override
    SpatialStore openStore() throws Exception {
        schema = PostgisTestDatabase.createSchema();
        return SpatialStores.open(new StoreConfig(PostgisTestDatabase.urlWithSchema(schema),
                PostgisTestDatabase.USER, PostgisTestDatabase.PASSWORD, dataDir));
    }

    @Override
    void cleanUp() throws Exception {
        PostgisTestDatabase.dropSchema(schema);
    }
}
