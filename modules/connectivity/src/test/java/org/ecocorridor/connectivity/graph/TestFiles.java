package org.ecocorridor.connectivity.graph;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Locates files outside the module for tests: the shared reference data ({@code ../shared/reference-data}
 * next to the repository, or the system property {@code ecocorridor.referenceData}) and the
 * repository's own {@code data/} and {@code docs/} folders, by walking up from the working directory.
 * Null when absent (tests then skip).
 */
public final class TestFiles {
    private TestFiles() {
    }

    /** A file of the shared reference data, or null. */
    public static Path referenceData(String relative) {
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

    /** A file of the repository (e.g. {@code data/tables/species.csv}), or null. */
    public static Path repository(String relative) {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("mvnw")) && Files.isDirectory(dir.resolve("modules"))) {
                Path p = dir.resolve(relative);
                return Files.isRegularFile(p) ? p : null;
            }
        }
        return null;
    }

    /**
     * The text of a repository file with every run of whitespace collapsed to one space, so that a
     * phrase can be found across line breaks; null when absent.
     */
    public static String normalisedText(String relative) throws java.io.IOException {
        Path p = repository(relative);
        return p == null ? null : Files.readString(p).replaceAll("\\s+", " ");
    }

    /** {@code String.format(Locale.ROOT, ...)}: numbers as printed in the docs. */
    public static String fmt(String format, Object... args) {
        return String.format(java.util.Locale.ROOT, format, args);
    }
}
