package org.ecocorridor.server.jobs;

import java.nio.file.Path;
import org.ecocorridor.server.support.PostgisTestDatabase;
import org.ecocorridor.server.support.ServerProperties;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The OGC API - Processes contract on a fresh PostGIS database. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PostgisStoreJobsHttpTest extends JobsHttpContractTest {
    @TempDir
    static Path dataDir;

    static String url;

    @BeforeAll
    static void freshDatabase() {
        url = PostgisTestDatabase.recreate("ecocorridor_jobs_http_test");
    }

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        ServerProperties.postgis(registry, () -> dataDir, () -> url, ADMIN_PASSWORD);
        jobProperties(registry);
    }
}
