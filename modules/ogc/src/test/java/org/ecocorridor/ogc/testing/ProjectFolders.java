package org.ecocorridor.ogc.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Locates the repository's {@code styles/} and {@code data/} folders and the shared folder from tests. */
public final class ProjectFolders {
    private ProjectFolders() {
    }

    /** The repository root: the nearest ancestor of the working directory holding {@code styles/} and {@code pom.xml}. */
    public static Path repositoryRoot() {
        String prop = System.getProperty("ecocorridor.root");
        if (prop != null) {
            return Path.of(prop).toAbsolutePath();
        }
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("styles")) && Files.isRegularFile(p.resolve("pom.xml"))
                    && Files.isDirectory(p.resolve("modules"))) {
                return p;
            }
        }
        throw new IllegalStateException("Cannot find the repository root (styles/ + modules/) above "
                + Path.of("").toAbsolutePath());
    }

    public static Path styles() {
        return repositoryRoot().resolve("styles");
    }

    /**
     * The shared folder ({@code ../shared} next to the repository): system property
     * {@code ecocorridor.shared}, else the first ancestor's {@code shared/} sibling; empty when absent.
     */
    public static Optional<Path> shared() {
        String prop = System.getProperty("ecocorridor.shared");
        if (prop != null) {
            Path p = Path.of(prop);
            return Files.isDirectory(p) ? Optional.of(p) : Optional.empty();
        }
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path candidate = p.resolve("shared");
            if (Files.isDirectory(candidate.resolve("ogc-schemas"))) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
