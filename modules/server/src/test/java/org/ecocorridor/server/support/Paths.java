package org.ecocorridor.server.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Locates the repository's {@code data/} and the shared reference data from a module's working directory. */
public final class Paths {
    private Paths() {
    }

    /** The repository root: the nearest ancestor holding {@code data/manifest.json}. */
    public static Path repoRoot() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isRegularFile(p.resolve("data/manifest.json"))) {
                return p;
            }
        }
        throw new IllegalStateException("Cannot find the repository root (data/manifest.json) above "
                + Path.of("").toAbsolutePath());
    }

    /** {@code ../shared/reference-data/<relative>} beside the repository, when present. */
    public static Optional<Path> referenceData(String relative) {
        Path p = repoRoot().resolveSibling("shared").resolve("reference-data").resolve(relative);
        return Files.isRegularFile(p) ? Optional.of(p) : Optional.empty();
    }
}
