package org.ecocorridor.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.ThreadLocalRandom;
import org.ecocorridor.store.sql.SchemaInspector;
import org.ecocorridor.store.sql.SqlDialect;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store contract on PostGIS, a fresh schema per test (see {@link PostgisTestDatabase}). */
@Tag("postgis")
class PostgisStoreContractTest extends StoreContractTest {
    @TempDir
    java.nio.file.Path dataDir;
    private String schema;

    @BeforeAll
    static void database() {
        PostgisTestDatabase.ensureAvailable();
    }

    @Override
    protected SpatialStore openStore() throws Exception {
        schema = PostgisTestDatabase.createSchema();
        return SpatialStores.open(new StoreConfig(PostgisTestDatabase.urlWithSchema(schema),
                PostgisTestDatabase.USER, PostgisTestDatabase.PASSWORD, dataDir));
    }

    @Override
    protected void cleanUp() throws Exception {
        PostgisTestDatabase.dropSchema(schema);
    }

    @Test
    void aNewDatabaseGetsThePostgisExtensionAndTheSchemaInPublic() throws Exception {
        String database = "ecocorridor_test_" + Long.toHexString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE);
        String url = PostgisTestDatabase.urlOfDatabase(database);
        PostgisTestDatabase.createDatabaseIfMissing(url);
        try (SpatialStore fresh = SpatialStores.open(new StoreConfig(url, PostgisTestDatabase.USER,
                PostgisTestDatabase.PASSWORD, dataDir))) {
            assertThat(fresh.dialect()).isEqualTo(SqlDialect.POSTGIS);
            boolean ready = fresh.inTransaction("check", c -> SchemaInspector.exists(c, "layers")
                    && SchemaInspector.exists(c, "spatial_ref_sys") && "public".equals(c.getSchema()));
            assertThat(ready).isTrue();
        } finally {
            PostgisTestDatabase.dropDatabase(database);
        }
        try (SpatialStore reopened = SpatialStores.open(new StoreConfig(PostgisTestDatabase.urlWithSchema(schema),
                PostgisTestDatabase.USER, PostgisTestDatabase.PASSWORD, dataDir))) {
            assertThat(reopened.catalog().list()).isEmpty(); // migrating an up-to-date schema is a no-op
        }
    }
}
