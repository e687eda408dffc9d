package org.ecocorridor.store.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VectorFormatTest {
    @TempDir
    Path dir;

    @Test
    void magicBytesWinOverTheName() throws Exception {
        // GeoPackage 1.3 §1.1.1.1.1: an SQLite 3 file starts with "SQLite format 3" and a NUL.
        Path sqlite = Files.write(dir.resolve("upload.bin"), "SQLite format 3\0rest".getBytes(StandardCharsets.US_ASCII));
        assertThat(VectorFormat.detect(sqlite)).contains(VectorFormat.GEOPACKAGE);
        // PKWARE APPNOTE 4.3.7: a local file header starts with "PK\3\4".
        Path zip = Files.write(dir.resolve("data.json"), new byte[] {'P', 'K', 3, 4, 0, 0});
        assertThat(VectorFormat.detect(zip)).contains(VectorFormat.SHAPEFILE_ZIP);
    }

    @Test
    void extensionsAndContentDecideOtherwise() throws Exception {
        assertThat(VectorFormat.detect(IoFixtures.write(dir, "a.GeoJSON", "{}"))).contains(VectorFormat.GEOJSON);
        assertThat(VectorFormat.detect(IoFixtures.write(dir, "a.csv", "lon,lat"))).contains(VectorFormat.CSV);
        assertThat(VectorFormat.detect(IoFixtures.write(dir, "upload", "\uFEFF  {\"type\":"))).contains(VectorFormat.GEOJSON);
        assertThat(VectorFormat.detect(IoFixtures.write(dir, "upload2", "lon,lat"))).isEmpty();
    }

    @Test
    void unknownFormatFailsToOpen() throws Exception {
        Path file = IoFixtures.write(dir, "mystery", "lon,lat\n1,2\n");
        assertThatThrownBy(() -> VectorReaders.open(file, ReadOptions.defaults())).isInstanceOf(ImportException.class)
                .hasMessageContaining("mystery: cannot tell the format");
        // Naming the format explicitly works.
        try (VectorSource source = VectorReaders.open(file, VectorFormat.CSV, ReadOptions.defaults())) {
            assertThat(IoFixtures.readAll(source)).hasSize(1);
        }
    }

    @Test
    void namesFromUsersAreRecognised() {
        assertThat(VectorFormat.fromName("GPKG")).contains(VectorFormat.GEOPACKAGE);
        assertThat(VectorFormat.fromName("shapefile")).contains(VectorFormat.SHAPEFILE_ZIP);
        assertThat(VectorFormat.fromName("geojson")).contains(VectorFormat.GEOJSON);
        assertThat(VectorFormat.fromName("kml")).isEmpty();
        assertThat(VectorFormat.SHAPEFILE_ZIP.isWritable()).isTrue();
    }

    @Test
    void readOptionsRejectInconsistentSettings() {
        assertThatThrownBy(() -> new ReadOptions(GeometryPolicy.REPAIR, "lon", null, null, null, null, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("latColumn=null");
        assertThatThrownBy(() -> ReadOptions.defaults().withSourceEpsg(-1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-1");
        assertThatThrownBy(() -> ReadOptions.defaults().withTargetSchema(new org.ecocorridor.core.feature.FeatureSchema(
                org.ecocorridor.core.feature.GeometryKind.POINT, 3857, java.util.List.of())))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("3857");
    }

    @Test
    void writersRefuseWhatTheyCannotWrite() {
        assertThatThrownBy(() -> VectorWriters.write(new EmptyCursor(), VectorFormat.GEOPACKAGE, new java.io.ByteArrayOutputStream()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("needs a file");
        assertThatThrownBy(() -> VectorWriters.write(new EmptyCursor(), VectorFormat.CSV, dir.resolve("x.csv"), "bad name"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("bad name");
    }

    /** A cursor with no features. */
    private static final class EmptyCursor implements org.ecocorridor.core.feature.FeatureCursor {
        @Override
        public org.ecocorridor.core.feature.FeatureSchema schema() {
            return new org.ecocorridor.core.feature.FeatureSchema(org.ecocorridor.core.feature.GeometryKind.POINT, 4326,
                    java.util.List.of());
        }

        @Override
        public boolean hasNext() {
            return false;
        }

        @Override
        public org.ecocorridor.core.feature.Feature next() {
            throw new java.util.NoSuchElementException();
        }

        @Override
        public void close() {
        }
    }
}
