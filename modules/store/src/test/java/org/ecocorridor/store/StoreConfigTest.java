package org.ecocorridor.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StoreConfigTest {
    @Test
    void noUrlMeansTheEmbeddedFileDatabaseInTheDataDir() {
        StoreConfig config = StoreConfig.fromEnvironment(Map.of("ECOCORRIDOR_DATA_DIR", "/var/lib/eco"));
        assertThat(config.isPostgis()).isFalse();
        assertThat(config.effectiveJdbcUrl())
                .isEqualTo("jdbc:h2:file:/var/lib/eco/ecocorridor;AUTO_SERVER=FALSE;DATABASE_TO_LOWER=TRUE");
    }

    @Test
    void defaultsToEcocorridorDataAndTreatsABlankUrlAsNone() {
        StoreConfig config = StoreConfig.fromEnvironment(Map.of("ECOCORRIDOR_DB_URL", "  "));
        assertThat(config.dataDir()).isEqualTo(Path.of("ecocorridor-data"));
        assertThat(config.jdbcUrl()).isNull();
    }

    @Test
    void aPostgresqlUrlSelectsPostgisUnchanged() {
        StoreConfig config = StoreConfig.fromEnvironment(Map.of("ECOCORRIDOR_DB_URL",
                "jdbc:postgresql://db:5432/eco", "ECOCORRIDOR_DB_USER", "eco", "ECOCORRIDOR_DB_PASSWORD", "secret"));
        assertThat(config.isPostgis()).isTrue();
        assertThat(config.effectiveJdbcUrl()).isEqualTo("jdbc:postgresql://db:5432/eco");
        assertThat(config.toString()).doesNotContain("secret");
    }

    @Test
    void anExplicitH2UrlGetsLowerCaseIdentifiers() {
        StoreConfig config = new StoreConfig("jdbc:h2:mem:t;DB_CLOSE_DELAY=-1", null, null, Path.of("x"));
        assertThat(config.effectiveJdbcUrl()).isEqualTo("jdbc:h2:mem:t;DB_CLOSE_DELAY=-1;DATABASE_TO_LOWER=TRUE");
    }

    @Test
    void otherDatabasesAreRejectedWithTheUrl() {
        assertThatThrownBy(() -> new StoreConfig("jdbc:mysql://x/y", null, null, Path.of("x")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("jdbc:mysql://x/y");
    }
}
