package org.ecocorridor.core.grid.io;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds {@code shared/reference-data} for tests: the system property {@code ecocorridor.referenceData},
 * else {@code ../shared/reference-data} next to the repository root found by walking up from the
 * working directory. Null when absent (tests then skip).
 */
final class ReferenceData {
    private ReferenceData() {
    }

    static Path resolve(String relative) {
        String property = System.getProperty("ecocorridor.referenceData");
        if (property != null) {
            Path p = Path.of(property).resolve(relative);
            return Files.isRegularFile(p) ? p : null;
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path p = dir.resolveSibling("shared").resolve("reference-data").resolve(relative);
            if (Files.isRegularFile(p)) {
                return p;
            }
        }
        return null;
    }
}
