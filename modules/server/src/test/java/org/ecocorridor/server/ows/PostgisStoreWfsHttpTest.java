package org.ecocorridor.server.ows;

import java.nio.file.Path;
import org.ecocorridor.server.support.Paths;
import org.ecocorridor.server.support.PostgisTestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The WFS contract on a fresh PostGIS database with the demo data. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PostgisStoreWfsHttpTest extends WfsHttpContractTest {
    @TempDir
    static Path dataDir;

    static String url;

    @BeforeAll
    static void freshDatabase() {
        url = PostgisTestDatabase.recreate("ecocorridor_wfs_server_test");
    }

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("ecocorridor.data-dir", () -> dataDir.toString());
        registry.add("ecocorridor.db.url", () -> url);
        registry.add("ecocorridor.db.user", PostgisTestDatabase::user);
        registry.add("ecocorridor.db.password", PostgisTestDatabase::password);
        registry.add("ecocorridor.demo-data", () -> Paths.repoRoot().resolve("data").toString());
        registry.add("ecocorridor.admin-password", () -> ADMIN_PASSWORD);
    }
}
