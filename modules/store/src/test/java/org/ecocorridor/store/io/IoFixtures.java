package org.ecocorridor.store.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ecocorridor.core.feature.Feature;
import org.ecocorridor.core.feature.FeatureCursor;

/** Small helpers shared by the import/export tests. */
final class IoFixtures {
    private IoFixtures() {
    }

    static Path write(Path dir, String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    /** Every feature of a small source (tests only: real imports stream). */
    static List<Feature> readAll(VectorSource source) {
        List<Feature> out = new ArrayList<>();
        try (FeatureCursor cursor = source.cursor()) {
            cursor.forEachRemaining(out::add);
        }
        return out;
    }

    /** Opens, reads everything and closes; returns the features. */
    static List<Feature> readAll(Path file, ReadOptions options) throws IOException, ImportException {
        try (VectorSource source = VectorReaders.open(file, options)) {
            return readAll(source);
        }
    }

    /**
     * The shared reference-data folder: the {@code ecocorridor.referenceData} system property, or
     * {@code ../shared/reference-data} next to the repository root, found by walking up from the
     * working directory. Empty when absent (tests then skip).
     */
    static Optional<Path> referenceData() {
        String property = System.getProperty("ecocorridor.referenceData");
        if (property != null) {
            return Optional.of(Path.of(property)).filter(Files::isDirectory);
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolveSibling("shared").resolve("reference-data");
            if (Files.isDirectory(dir.resolve(".git")) && Files.isDirectory(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
