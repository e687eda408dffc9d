package org.ecocorridor.server.jobs;

import java.nio.file.Path;
import org.ecocorridor.server.support.ServerProperties;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The OGC API - Processes contract on the embedded H2GIS store. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EmbeddedStoreJobsHttpTest extends JobsHttpContractTest {
    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        ServerProperties.embedded(registry, () -> dataDir, ADMIN_PASSWORD);
        jobProperties(registry);
    }
}
