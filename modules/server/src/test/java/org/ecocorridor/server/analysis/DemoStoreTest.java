package org.ecocorridor.server.analysis;

import org.ecocorridor.server.support.Paths;
import org.ecocorridor.store.SpatialStore;
import org.ecocorridor.store.demo.DemoDataLoader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.TestInstance;

/**
 * Base of the store-driven analysis tests: one store per test class, opened by the subclass
 * (embedded or PostGIS), loaded with the demo data on first use and closed after the last test.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class DemoStoreTest {
    private SpatialStore store;

    /** A fresh, empty, migrated store. */
    protected abstract SpatialStore openEmptyStore() throws Exception;

    /** The store with the demo data. */
    protected SpatialStore store() throws Exception {
        if (store == null) {
            store = openEmptyStore();
            new DemoDataLoader(store).loadIfEmpty(Paths.repoRoot().resolve("data"));
        }
        return store;
    }

    @AfterAll
    void close() {
        if (store != null) {
            store.close();
        }
    }
}
