package org.ecocorridor.server.api;

import java.nio.file.Path;
import org.ecocorridor.server.support.ServerProperties;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The REST contract on the embedded H2GIS store, seeded with the demo data. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EmbeddedStoreLayersApiTest extends LayersApiContractTest {
    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        ServerProperties.embedded(registry, () -> dataDir, ADMIN_PASSWORD);
    }
}
