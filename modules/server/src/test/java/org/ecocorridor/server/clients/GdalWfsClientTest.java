package org.ecocorridor.server.clients;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ecocorridor.core.feature.Feature;
import org.ecocorridor.server.support.Paths;
import org.ecocorridor.store.io.ReadOptions;
import org.ecocorridor.store.io.VectorReaders;
import org.ecocorridor.store.io.VectorSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Envelope;

/**
 * GDAL's WFS driver (Debian {@code gdal-bin}: {@code ogrinfo}, {@code ogr2ogr}) as a real WFS client:
 * it reads our capabilities, DescribeFeatureType and GetFeature (2.0.0 by default, 1.0.0 when the
 * connection string says so) and reports layer names, geometry types, counts and extents. The
 * expected values come from the demo GeoJSON the server loaded, read with our reader; an extent
 * in (longitude, latitude) order shows that no axis was flipped on the way. Skipped without GDAL
 * unless CI=true.
 */
class GdalWfsClientTest extends MapClientServerTest {
    private static final Pattern EXTENT = Pattern.compile(
            "Extent: \\((-?[\\d.]+), (-?[\\d.]+)\\) - \\((-?[\\d.]+), (-?[\\d.]+)\\)");
    @TempDir
    Path work;
    private ExternalTool ogrinfo;

    @BeforeEach
    void requireGdal() {
        ogrinfo = ExternalTool.require("ogrinfo", "gdal-bin");
    }

    private ExternalTool.Result run(ExternalTool tool, String... args) {
        List<String> all = new ArrayList<>(List.of("--config", "GDAL_HTTP_TIMEOUT", "60"));
        all.addAll(List.of(args));
        ExternalTool.Result r = tool.run(work, 180, all);
        assertThat(r.exitCode()).as("%s output: %s", tool.executable().getFileName(), r.output()).isZero();
        return r;
    }

    private static List<Feature> demo(String layer) throws Exception {
        List<Feature> out = new ArrayList<>();
        try (VectorSource source = VectorReaders.open(Paths.repoRoot().resolve("data/vector/" + layer + ".geojson"),
                ReadOptions.defaults()); var cursor = source.cursor()) {
            cursor.forEachRemaining(out::add);
        }
        return out;
    }

    private static Envelope extent(List<Feature> features) {
        Envelope e = new Envelope();
        features.stream().filter(f -> f.geometry() != null).forEach(f -> e.expandToInclude(f.geometry().getEnvelopeInternal()));
        return e;
    }

    /** Asserts "Feature Count: n" and an "Extent:" equal to the expected one in lon/lat order (GDAL prints 6 decimals). */
    private static void assertSummary(String output, List<Feature> expected) {
        assertThat(output).contains("Feature Count: " + expected.size());
        Matcher m = EXTENT.matcher(output);
        assertThat(m.find()).as(output).isTrue();
        Envelope e = extent(expected);
        double[] actual = {Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2)),
                Double.parseDouble(m.group(3)), Double.parseDouble(m.group(4))};
        assertThat(actual).as(output).containsExactly(new double[] {e.getMinX(), e.getMinY(), e.getMaxX(), e.getMaxY()},
                org.assertj.core.data.Offset.offset(1e-6));
    }

    @Test
    void ogrinfoListsEveryLayerWithItsGeometryType() {
        String out = run(ogrinfo, "-ro", "-so", "WFS:" + baseUrl() + "/wfs").output();
        // data/manifest.json: protected areas and countries are multipolygons, declared
        // gml:MultiSurfacePropertyType in GML 3.2 (GDAL: "Multi Surface"); flyway sites are points.
        assertThat(out).containsPattern("\\d+: eco:protected_areas \\(title: [^\\n]*\\) \\(Multi Surface\\)")
                .containsPattern("\\d+: eco:flyway_sites \\(title: [^\\n]*\\) \\(Point\\)")
                .containsPattern("\\d+: eco:countries \\(title: [^\\n]*\\) \\(Multi Surface\\)");
    }

    @Test
    void ogrinfoSummarisesALayerOverWfs20WithoutAxisFlip() throws Exception {
        String out = run(ogrinfo, "-ro", "-al", "-so", "WFS:" + baseUrl() + "/wfs", "eco:protected_areas").output();
        assertThat(out).contains("Geometry: Multi Surface");
        assertSummary(out, demo("protected_areas"));
    }

    @Test
    void ogrinfoSummarisesLayersOverWfs100() throws Exception {
        // GML 2 has MultiPolygon itself (gml:MultiPolygonPropertyType).
        String out = run(ogrinfo, "-ro", "-al", "-so", "WFS:" + baseUrl() + "/wfs?VERSION=1.0.0", "eco:protected_areas")
                .output();
        assertThat(out).contains("Geometry: Multi Polygon");
        assertSummary(out, demo("protected_areas"));
        out = run(ogrinfo, "-ro", "-al", "-so", "WFS:" + baseUrl() + "/wfs?VERSION=1.0.0", "eco:flyway_sites").output();
        assertThat(out).contains("Geometry: Point");
        assertSummary(out, demo("flyway_sites"));
    }

    @Test
    void ogr2ogrCopiesALayerToGeoJsonWithItsAttributes() throws Exception {
        ExternalTool ogr2ogr = ExternalTool.require("ogr2ogr", "gdal-bin");
        run(ogr2ogr, "-f", "GeoJSON", "out.geojson", "WFS:" + baseUrl() + "/wfs", "eco:protected_areas");
        List<Feature> copied = new ArrayList<>();
        try (VectorSource source = VectorReaders.open(work.resolve("out.geojson"), ReadOptions.defaults());
             var cursor = source.cursor()) {
            cursor.forEachRemaining(copied::add);
        }
        List<Feature> expected = demo("protected_areas");
        assertThat(copied).hasSameSizeAs(expected);
        assertThat(copied.stream().map(f -> String.valueOf(f.get("name"))).sorted().toList())
                .isEqualTo(expected.stream().map(f -> String.valueOf(f.get("name"))).sorted().toList());
        Envelope c = extent(copied);
        Envelope e = extent(expected);
        assertThat(c.getMinX()).isCloseTo(e.getMinX(), org.assertj.core.data.Offset.offset(1e-7));
        assertThat(c.getMaxY()).isCloseTo(e.getMaxY(), org.assertj.core.data.Offset.offset(1e-7));
        assertThat(copied.get(0).geometry().getGeometryType().toLowerCase(Locale.ROOT)).isEqualTo("multipolygon");
    }
}
