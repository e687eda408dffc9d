package org.ecocorridor.server.cli;

import java.util.Map;
import org.ecocorridor.store.SpatialStore;
import org.ecocorridor.store.SpatialStores;
import org.ecocorridor.store.StoreConfig;

/**
 * Opens the store the same way the server does: {@code ECOCORRIDOR_DB_URL} (+ {@code _USER},
 * {@code _PASSWORD}) for PostGIS, otherwise the embedded store in {@code ECOCORRIDOR_DATA_DIR}.
 */
final class StoreOptions {
    private StoreOptions() {
    }

    static SpatialStore open() {
        return open(System.getenv());
    }

    static SpatialStore open(Map<String, String> env) {
        return SpatialStores.open(StoreConfig.fromEnvironment(env));
    }
}
