package org.ecocorridor.server.config;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Server settings, bound from {@code ecocorridor.*} (see {@code application.properties} for the
 * environment variables behind each). Immutable.
 *
 * @param dataDir       folder of the embedded store ({@code ECOCORRIDOR_DATA_DIR})
 * @param db            PostGIS connection; an empty URL selects the embedded store
 * @param adminPassword password of the bootstrap user {@code admin}; empty = generate one on first start
 * @param demoData      folder holding {@code manifest.json} of the demo data, or {@code none}
 * @param publicBaseUrl base URL advertised in capabilities and links; empty = from the request
 * @param importSettings import limits
 */
@ConfigurationProperties("ecocorridor")
public record EcocorridorProperties(@DefaultValue("./ecocorridor-data") Path dataDir, @DefaultValue Db db,
        String adminPassword, @DefaultValue("./data") String demoData, String publicBaseUrl,
        @DefaultValue Import importSettings) {

    /** PostGIS connection settings; {@code url} empty means "use the embedded store". */
    public record Db(String url, String user, String password) {
        public boolean isConfigured() {
            return url != null && !url.isBlank();
        }
    }

    /** Upload limits. */
    public record Import(@DefaultValue("2GB") DataSize maxFileSize) {
    }
}
