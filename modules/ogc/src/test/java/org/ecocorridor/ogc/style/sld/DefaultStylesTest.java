package org.ecocorridor.ogc.style.sld;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.Color;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.ecocorridor.ogc.style.ColorMap;
import org.ecocorridor.ogc.style.ColorMapEntry;
import org.ecocorridor.ogc.style.ExternalGraphic;
import org.ecocorridor.ogc.style.NamedStyle;
import org.ecocorridor.ogc.style.PointSymbolizer;
import org.ecocorridor.ogc.style.RasterSymbolizer;
import org.ecocorridor.ogc.style.Rule;
import org.ecocorridor.ogc.style.StyledLayerDescriptor;
import org.ecocorridor.ogc.style.filter.Filter;
import org.ecocorridor.ogc.testing.ProjectFolders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every shipped style parses, is named after its file, and the required layers all have one. */
class DefaultStylesTest {
    /** Layers of the demo dataset and of the analysis results (briefs: data manifest and styling). */
    private static final List<String> REQUIRED = List.of("countries", "protected_areas", "habitat_patches",
            "flyway_sites", "survey_counts", "infrastructure", "wind_farms", "power_lines", "roads", "railways",
            "border_fences", "dams", "landcover_amur", "landcover_altai", "resistance", "cost_distance", "corridors",
            "current_density", "lcp", "corridor_polygons", "border_crossings", "site_importance");

    private final SldParser parser = new SldParser();

    static Stream<Path> styleFiles() throws IOException {
        try (Stream<Path> files = Files.list(ProjectFolders.styles())) {
            return files.filter(p -> p.toString().endsWith(".sld")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("styleFiles")
    void parsesWithADefaultStyleNamedAfterTheFile(Path file) {
        String layer = file.getFileName().toString().replace(".sld", "");
        StyledLayerDescriptor sld = parser.parse(file);
        assertThat(sld.layers()).hasSize(1);
        assertThat(sld.layers().get(0).layerName()).isEqualTo(layer);
        NamedStyle style = sld.defaultStyle().orElseThrow();
        assertThat(style.name()).isEqualTo(layer);
        assertThat(style.isDefault()).isTrue();
        assertThat(style.title()).isNotBlank();
        for (NamedStyle s : sld.styles()) {
            assertThat(s.rules()).as(s.name()).isNotEmpty();
            assertThat(s.rules()).allSatisfy(r -> assertThat(r.symbolizers()).isNotEmpty());
            assertThat(s.rules().stream().filter(r -> !r.legendLabel().isBlank()))
                    .as("%s has at least one titled rule for its legend", s.name()).isNotEmpty();
        }
        assertThat(sld.styles().stream().filter(NamedStyle::isDefault)).hasSize(1);
    }

    @Test
    void everyRequiredLayerHasAStyleFile() {
        for (String layer : REQUIRED) {
            assertThat(ProjectFolders.styles().resolve(layer + ".sld")).as(layer).isRegularFile();
        }
    }

    @Test
    void landCoverStylesHaveTwelveLabelledClassesAndLeaveNoDataClear() {
        for (String layer : List.of("landcover_amur", "landcover_altai")) {
            ColorMap map = rasterMap(layer);
            assertThat(map.type()).isEqualTo(ColorMap.Type.VALUES);
            assertThat(map.entries()).extracting(e -> (int) e.quantity())
                    .containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);
            assertThat(map.entries()).allSatisfy(e -> assertThat(e.label()).isNotBlank());
            assertThat(map.argb(0)).as("NoData code 0 transparent").isZero();
            assertThat(map.argb(255)).as("NoData code 255 transparent").isZero();
        }
    }

    /** The dataset's legend (data/tables/landcover_classes.csv: code, name, description, color) is the reference. */
    @Test
    void landCoverStylesAgreeWithTheDatasetLegend() throws IOException {
        Path csv = ProjectFolders.repositoryRoot().resolve("data/tables/landcover_classes.csv");
        assumeTrue(Files.isRegularFile(csv), "data/tables/landcover_classes.csv not present");
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        List<String> header = List.of(lines.get(0).split(","));
        int code = header.indexOf("code");
        int name = header.indexOf("name");
        int color = header.indexOf("color");
        Map<Integer, String> expected = new TreeMap<>();
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            String[] cells = line.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)", -1);
            expected.put(Integer.parseInt(cells[code].trim()), cells[name].replace("\"", "").trim() + " "
                    + cells[color].trim().toLowerCase(Locale.ROOT));
        }
        for (String layer : List.of("landcover_amur", "landcover_altai")) {
            Map<Integer, String> actual = new TreeMap<>();
            rasterMap(layer).entries().forEach(e -> actual.put((int) e.quantity(), e.label() + " "
                    + String.format("#%06x", e.color().getRGB() & 0xFFFFFF)));
            assertThat(actual).as(layer).isEqualTo(expected);
        }
    }

    @Test
    void habitatColoursDistinguishTheThreeCatSpecies() {
        NamedStyle style = parser.parse(ProjectFolders.styles().resolve("habitat_patches.sld")).defaultStyle()
                .orElseThrow();
        for (String species : List.of("amur_tiger", "amur_leopard", "snow_leopard")) {
            var core = org.ecocorridor.ogc.testing.TestFeatures.feature(null, "species_code", species, "patch_type",
                    "core");
            List<Rule> matching = style.rules().stream().filter(r -> !r.elseFilter() && r.filter() != Filter.INCLUDE
                    && r.filter().test(core)).toList();
            assertThat(matching).as(species).hasSize(1);
        }
    }

    @Test
    void windFarmIconExistsNextToTheStyleWithAMarkFallback() {
        Rule rule = parser.parse(ProjectFolders.styles().resolve("wind_farms.sld")).defaultStyle().orElseThrow()
                .rules().get(0);
        PointSymbolizer ps = (PointSymbolizer) rule.symbolizers().get(0);
        ExternalGraphic icon = (ExternalGraphic) ps.graphic().symbols().get(0);
        assertThat(Path.of(icon.location())).isRegularFile();
        assertThat(ps.graphic().symbols()).hasSize(2);
    }

    @Test
    void corridorRampFadesToTransparentAtTheWidthThreshold() {
        ColorMap map = rasterMap("corridors");
        assertThat(map.type()).isEqualTo(ColorMap.Type.RAMP);
        assertThat(map.argb(0) >>> 24).isEqualTo(255);
        assertThat(map.argb(200_000) >>> 24).isZero();
        assertThat(map.argb(1e9) >>> 24).as("beyond the threshold").isZero();
        assertThat(new Color(map.argb(0), true).getGreen()).isGreaterThan(new Color(map.argb(0), true).getRed());
    }

    private ColorMap rasterMap(String layer) {
        NamedStyle style = parser.parse(ProjectFolders.styles().resolve(layer + ".sld")).defaultStyle().orElseThrow();
        return ((RasterSymbolizer) style.rules().get(0).symbolizers().get(0)).colorMap();
    }
}
