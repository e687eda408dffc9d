package org.ecocorridor.server.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.ecocorridor.core.feature.Feature;
import org.ecocorridor.core.feature.FeatureCursor;
import org.ecocorridor.core.feature.FeatureCursors;
import org.ecocorridor.core.feature.FeatureSchema;
import org.ecocorridor.store.io.VectorWriters;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;

/** Writes an analysis command's output folder: one GeoPackage with several tables and {@code summary.json}. */
final class AnalysisOutput {
    private AnalysisOutput() {
    }

    /** A table: schema and features. */
    record Table(FeatureSchema schema, java.util.List<Feature> features) {
    }

    static void write(Path dir, String gpkgName, Map<String, Table> tables, Map<String, Object> summary)
            throws IOException {
        Files.createDirectories(dir);
        LinkedHashMap<String, FeatureCursor> cursors = new LinkedHashMap<>();
        tables.forEach((name, t) -> cursors.put(name, FeatureCursors.of(t.schema(), t.features())));
        try {
            VectorWriters.writeGeoPackage(cursors, dir.resolve(gpkgName + ".gpkg"));
        } catch (IOException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException("Writing " + dir.resolve(gpkgName + ".gpkg") + ": " + e.getMessage(), e);
        }
        Map<String, Object> all = new LinkedHashMap<>(summary);
        tables.forEach((name, t) -> all.put(name, t.features().stream().map(Feature::attributes).toList()));
        new ObjectMapper().writer().with(SerializationFeature.INDENT_OUTPUT).writeValue(dir.resolve("summary.json").toFile(), all);
    }
}
