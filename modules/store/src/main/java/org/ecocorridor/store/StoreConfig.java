package org.ecocorridor.store;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * How to reach the store: a PostGIS database when {@code jdbcUrl} is set, otherwise the embedded
 * H2GIS database in {@code <dataDir>/ecocorridor}.
 *
 * <p>Accepted URL forms: {@code jdbc:postgresql://host:port/database[?params]} (PostGIS) and
 * {@code jdbc:h2:...} (an explicit H2GIS database, e.g. {@code jdbc:h2:mem:x;DB_CLOSE_DELAY=-1} for
 * tests). With no URL the store opens
 * {@code jdbc:h2:file:<dataDir>/ecocorridor;AUTO_SERVER=FALSE;DATABASE_TO_LOWER=TRUE}.
 *
 * <p>Immutable. {@link #toString()} hides the password.
 *
 * @param jdbcUrl  JDBC URL of the database, or null for the embedded store
 * @param user     database user, or null
 * @param password database password, or null
 * @param dataDir  folder of the embedded store (created when missing); not used with a URL but
 *                 still required so that other files (imports, caches) have a home
 */
public record StoreConfig(String jdbcUrl, String user, String password, Path dataDir) {

    /** Environment variable naming a PostGIS database; unset or blank selects the embedded store. */
    public static final String ENV_DB_URL = "ECOCORRIDOR_DB_URL";
    /** Environment variable with the database user. */
    public static final String ENV_DB_USER = "ECOCORRIDOR_DB_USER";
    /** Environment variable with the database password. */
    public static final String ENV_DB_PASSWORD = "ECOCORRIDOR_DB_PASSWORD";
    /** Environment variable moving the embedded store's folder (default {@code ./ecocorridor-data}). */
    public static final String ENV_DATA_DIR = "ECOCORRIDOR_DATA_DIR";
    /** Default folder of the embedded store, relative to the working directory. */
    public static final Path DEFAULT_DATA_DIR = Path.of("ecocorridor-data");

    public StoreConfig {
        Objects.requireNonNull(dataDir, "dataDir");
        jdbcUrl = blankToNull(jdbcUrl);
        if (jdbcUrl != null && !jdbcUrl.startsWith("jdbc:postgresql:") && !jdbcUrl.startsWith("jdbc:h2:")) {
            throw new IllegalArgumentException("Unsupported jdbcUrl \"" + jdbcUrl
                    + "\": expected jdbc:postgresql://host:port/database (PostGIS) or jdbc:h2:... (H2GIS)");
        }
    }

    /** The embedded store in {@code dataDir}. */
    public static StoreConfig embedded(Path dataDir) {
        return new StoreConfig(null, null, null, dataDir);
    }

    /**
     * The configuration named by {@value #ENV_DB_URL}, {@value #ENV_DB_USER},
     * {@value #ENV_DB_PASSWORD} and {@value #ENV_DATA_DIR}, e.g. {@code fromEnvironment(System.getenv())}.
     */
    public static StoreConfig fromEnvironment(Map<String, String> env) {
        String dir = blankToNull(env.get(ENV_DATA_DIR));
        return new StoreConfig(env.get(ENV_DB_URL), env.get(ENV_DB_USER), env.get(ENV_DB_PASSWORD),
                dir == null ? DEFAULT_DATA_DIR : Path.of(dir));
    }

    /** Whether this names a PostgreSQL/PostGIS database (otherwise H2GIS). */
    public boolean isPostgis() {
        return jdbcUrl != null && jdbcUrl.startsWith("jdbc:postgresql:");
    }

    /**
     * The JDBC URL actually opened: {@link #jdbcUrl()} for PostGIS; for H2 the given or embedded
     * URL with {@code DATABASE_TO_LOWER=TRUE} added when absent, so that unquoted identifiers are
     * lower case as on PostgreSQL.
     */
    public String effectiveJdbcUrl() {
        if (isPostgis()) {
            return jdbcUrl;
        }
        String url = jdbcUrl != null ? jdbcUrl
                : "jdbc:h2:file:" + dataDir.toAbsolutePath().normalize().resolve("ecocorridor")
                        + ";AUTO_SERVER=FALSE";
        return url.toUpperCase(Locale.ROOT).contains("DATABASE_TO_LOWER") ? url : url + ";DATABASE_TO_LOWER=TRUE";
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    @Override
    public String toString() {
        return "StoreConfig[jdbcUrl=" + jdbcUrl + ", user=" + user + ", password="
                + (password == null ? null : "***") + ", dataDir=" + dataDir + "]";
    }
}
