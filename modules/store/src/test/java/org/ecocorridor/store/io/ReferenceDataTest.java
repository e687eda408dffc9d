package org.ecocorridor.store.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ecocorridor.core.feature.AttributeType;
import org.ecocorridor.core.feature.Feature;
import org.ecocorridor.core.feature.GeometryKind;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;

/**
 * Real files from {@code ../shared/reference-data} (Natural Earth countries, cited key sites);
 * skipped when the folder is absent. Expected counts are those of the folder's README, taken with
 * GDAL's {@code ogrinfo}.
 */
class ReferenceDataTest {
    private static Path file(String relative) {
        Path root = IoFixtures.referenceData().orElse(null);
        assumeTrue(root != null, "reference data folder not present");
        Path file = root.resolve(relative);
        assumeTrue(Files.isRegularFile(file), relative + " not present");
        return file;
    }

    @Test
    void naturalEarthCountriesAreTwentyMultiPolygons() throws Exception {
        Path file = file("boundaries/ne_50m_admin0_neasia.geojson");
        try (VectorSource source = VectorReaders.open(file, ReadOptions.defaults())) {
            // The file mixes Polygon and MultiPolygon features: the layer kind is MultiPolygon.
            assertThat(source.schema().geometryKind()).isEqualTo(GeometryKind.MULTIPOLYGON);
            assertThat(source.schema().attribute("iso_a3").orElseThrow().type()).isEqualTo(AttributeType.STRING);
            assertThat(source.schema().attribute("neaspec_member").orElseThrow().type()).isEqualTo(AttributeType.BOOLEAN);
            List<Feature> countries = IoFixtures.readAll(source);
            assertThat(countries).hasSize(20);
            assertThat(countries).allSatisfy(f -> assertThat(f.geometry().getGeometryType()).isEqualTo("MultiPolygon"));
            // The six NEASPEC members, as the README lists them.
            assertThat(countries.stream().filter(f -> Boolean.TRUE.equals(f.get("neaspec_member"))).map(f -> f.get("adm0_a3")))
                    .containsExactlyInAnyOrder("CHN", "PRK", "JPN", "MNG", "KOR", "RUS");
            // The file declares urn:ogc:def:crs:OGC:1.3:CRS84: no assumption, no warning.
            assertThat(source.report().sourceEpsg()).isEqualTo(4326);
            assertThat(source.report().crsAssumed()).isFalse();
            Geometry korea = countries.stream().filter(f -> "KOR".equals(f.get("adm0_a3"))).findFirst().orElseThrow().geometry();
            // Seoul (126.98°E, 37.57°N) lies in the Republic of Korea polygon.
            assertThat(korea.contains(korea.getFactory().createPoint(new org.locationtech.jts.geom.Coordinate(126.98, 37.57))))
                    .isTrue();
        }
    }

    @Test
    void keySitesCsvAgreesWithItsGeoJsonTwin() throws Exception {
        List<Feature> csv;
        try (VectorSource source = VectorReaders.open(file("sites/key_sites_neasia.csv"), ReadOptions.defaults())) {
            assertThat(source.schema().geometryKind()).isEqualTo(GeometryKind.POINT);
            // lat and lon are the geometry; the other eleven columns are attributes.
            assertThat(source.schema().attribute("lat")).isEmpty();
            assertThat(source.schema().attribute("site_id")).isPresent();
            csv = IoFixtures.readAll(source);
        }
        assertThat(csv).hasSize(25);
        Feature kedrovaya = csv.get(0);
        assertThat(kedrovaya.get("site_id")).isEqualTo("S01");
        // Row S01 of the file: lat 43.083, lon 131.500.
        assertThat(((Point) kedrovaya.geometry()).getX()).isEqualTo(131.5);
        assertThat(((Point) kedrovaya.geometry()).getY()).isEqualTo(43.083);
        Map<Object, Point> twin = new HashMap<>();
        for (Feature f : IoFixtures.readAll(file("sites/key_sites_neasia.geojson"), ReadOptions.defaults())) {
            twin.put(f.get("site_id"), (Point) f.geometry());
        }
        for (Feature f : csv) {
            Point p = (Point) f.geometry();
            Point q = twin.get(f.get("site_id"));
            assertThat(q).as("site %s in the GeoJSON", f.get("site_id")).isNotNull();
            assertThat(p.getX()).as("lon of %s", f.get("site_id")).isEqualTo(q.getX());
            assertThat(p.getY()).as("lat of %s", f.get("site_id")).isEqualTo(q.getY());
        }
    }
}
