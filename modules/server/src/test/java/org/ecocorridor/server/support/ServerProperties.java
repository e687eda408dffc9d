package org.ecocorridor.server.support;

import java.nio.file.Path;
import java.util.function.Supplier;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The properties every real-server test sets: its store (embedded in a temporary folder, or a fresh
 * PostGIS database), the repository's demo data and styles, and a known admin password.
 */
public final class ServerProperties {
    private ServerProperties() {
    }

    /** An embedded H2GIS store in {@code dataDir}. */
    public static void embedded(DynamicPropertyRegistry registry, Supplier<Path> dataDir, String adminPassword) {
        common(registry, dataDir, adminPassword);
        registry.add("ecocorridor.db.url", () -> "");
    }

    /** The PostGIS database at {@code url} (resolved when the context starts), e.g. from {@link PostgisTestDatabase}. */
    public static void postgis(DynamicPropertyRegistry registry, Supplier<Path> dataDir, Supplier<String> url,
            String adminPassword) {
        common(registry, dataDir, adminPassword);
        registry.add("ecocorridor.db.url", url::get);
        registry.add("ecocorridor.db.user", PostgisTestDatabase::user);
        registry.add("ecocorridor.db.password", PostgisTestDatabase::password);
    }

    private static void common(DynamicPropertyRegistry registry, Supplier<Path> dataDir, String adminPassword) {
        registry.add("ecocorridor.data-dir", () -> dataDir.get().toString());
        registry.add("ecocorridor.demo-data", () -> Paths.repoRoot().resolve("data").toString());
        registry.add("ecocorridor.admin-password", () -> adminPassword);
        registry.add("ecocorridor.map.styles-dir", () -> Paths.repoRoot().resolve("styles").toString());
    }
}
