package org.ecocorridor.server.api;

import java.nio.file.Path;
import org.ecocorridor.server.support.PostgisTestDatabase;
import org.ecocorridor.server.support.ServerProperties;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The REST contract on a fresh PostGIS database, seeded with the demo data. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PostgisStoreLayersApiTest extends LayersApiContractTest {
    @TempDir
    static Path dataDir;

    static String url;

    /** Runs before the Spring context starts, so a missing PostGIS skips (or, in CI, fails) the class. */
    @BeforeAll
    static void freshDatabase() {
        url = PostgisTestDatabase.recreate("ecocorridor_server_test");
    }

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        ServerProperties.postgis(registry, () -> dataDir, () -> url, ADMIN_PASSWORD);
    }
}
