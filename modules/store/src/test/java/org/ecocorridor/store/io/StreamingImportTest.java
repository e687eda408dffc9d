package org.ecocorridor.store.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.ecocorridor.core.feature.AttributeType;
import org.ecocorridor.core.feature.Feature;
import org.ecocorridor.core.feature.FeatureCursor;
import org.ecocorridor.core.feature.GeometryKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A large generated GeoJSON file is read through the cursor one feature at a time. The default
 * 300,000 features make a 30 MB file; set {@code -Decocorridor.io.streamingFeatures=1000000} and a
 * small heap ({@code -DargLine=-Xmx256m}) to check that memory does not grow with the file.
 */
class StreamingImportTest {
    private static final int FEATURES = Integer.getInteger("ecocorridor.io.streamingFeatures", 300_000);

    @TempDir
    Path dir;

    @Test
    void largeGeoJsonIsCountedWithoutHoldingFeatures() throws Exception {
        Path file = dir.resolve("large.geojson");
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("{\"type\":\"FeatureCollection\",\"features\":[\n");
            for (int i = 0; i < FEATURES; i++) {
                double lon = 120 + (i % 1000) * 0.01;
                double lat = 40 + (i / 1000 % 100) * 0.01;
                w.write((i > 0 ? ",\n" : "") + "{\"type\":\"Feature\",\"geometry\":{\"type\":\"Point\",\"coordinates\":["
                        + lon + "," + lat + "]},\"properties\":{\"n\":" + i + ",\"name\":\"site " + i + "\",\"weight\":"
                        + (i * 0.5) + "}}");
            }
            w.write("\n]}\n");
        }
        long count = 0;
        long sumOfN = 0;
        try (VectorSource source = VectorReaders.open(file, ReadOptions.defaults());
             FeatureCursor cursor = source.cursor()) {
            assertThat(source.schema().geometryKind()).isEqualTo(GeometryKind.POINT);
            assertThat(source.schema().attribute("n").orElseThrow().type()).isEqualTo(AttributeType.INTEGER);
            assertThat(source.schema().attribute("weight").orElseThrow().type()).isEqualTo(AttributeType.DOUBLE);
            while (cursor.hasNext()) {
                Feature f = cursor.next(); // not retained
                sumOfN += (Long) f.get("n");
                count++;
            }
            assertThat(source.report().featuresRead()).isEqualTo(FEATURES);
        }
        assertThat(count).isEqualTo(FEATURES);
        // Every feature read exactly once: 0 + 1 + ... + (N − 1) = N(N − 1)/2.
        assertThat(sumOfN).isEqualTo((long) FEATURES * (FEATURES - 1) / 2);
    }
}
