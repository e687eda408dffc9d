package org.ecocorridor.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.ecocorridor.ogc.ows.RequestUser;
import org.ecocorridor.ogc.wms.StyleCatalog;
import org.ecocorridor.report.model.MapFigure;
import org.ecocorridor.report.model.RunReport;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;

class MapFigureRendererTest {
    private static final int LCP_ORANGE = 0xFF9800;
    private static final int NLCC_DARK_GREEN = 0x00441B;
    private static final int COUNTRY_FILL = 0xF4F1EA;

    private static MapFigure corridorMap() {
        RunReport report = SampleReports.corridorRun();
        return (MapFigure) report.sections().get(0).blocks().get(0);
    }

    private static MapFigureRenderer renderer(MemoryMapData data, RequestUser viewer) {
        Path styles = SampleReports.repositoryRoot().resolve("styles");
        return ReportRenderer.over(data, new StyleCatalog(styles), viewer).maps();
    }

    @Test
    void drawsEveryLayerWithItsDefaultStyleAtPrintSize() {
        BufferedImage image = renderer(SampleReports.data(), new RequestUser("analyst", Set.of())).render(corridorMap());
        assertThat(image.getWidth()).isEqualTo(1600);
        assertThat(image.getHeight()).isEqualTo(1000);
        assertThat(Pixels.count(image, LCP_ORANGE, 6)).as("least-cost path, lcp.sld").isGreaterThan(300);
        assertThat(Pixels.count(image, NLCC_DARK_GREEN, 6)).as("corridor core, corridors.sld").isGreaterThan(300);
        assertThat(Pixels.count(image, COUNTRY_FILL, 3)).as("country fill, countries.sld").isGreaterThan(1000);
        // the legend panel on the right holds the lcp swatch: orange right of the map frame
        assertThat(Pixels.count(image, LCP_ORANGE, 6, 1150, 0, 1600, 1000)).isGreaterThan(20);
    }

    @Test
    void layersTheViewerMayNotSeeAreLeftOut() {
        MemoryMapData data = SampleReports.data().vector("leopard_sightings", "Sightings", "lcp", true,
                List.of(SampleReports.feature(SampleReports.GF.createPoint(new org.locationtech.jts.geom.Coordinate(
                        131.0, 43.1)), "n", 1)));
        MapFigure figure = new MapFigure("m", "M", null, List.of(MapFigure.MapLayer.base("countries"),
                MapFigure.MapLayer.result("run_7_lcp"), MapFigure.MapLayer.result("leopard_sightings")), null, 3857);
        MapFigureRenderer anonymous = renderer(data, RequestUser.ANONYMOUS);
        assertThat(anonymous.bboxLonLat("leopard_sightings")).isNull();
        BufferedImage image = anonymous.render(figure);
        assertThat(Pixels.count(image, LCP_ORANGE, 6)).isGreaterThan(300);
    }

    @Test
    void computedExtentHasAFivePercentMarginAndTheFrameAspect() {
        // layers: lon 130..131, lat 42..43 in EPSG:4326; margin 5 % -> 129.95..131.05, 41.95..43.05
        // (1.1 × 1.1); a 1000 × 500 px frame wants width = 2 × height -> lon 130.5 ± 1.1
        MapFigure f = new MapFigure("m", "M", null, List.of(), null, 4326);
        Envelope e = MapFigureRenderer.extent(f, new Envelope(130, 131, 42, 43), 1000, 500);
        assertThat(e.getMinX()).isCloseTo(129.4, within(1e-9));
        assertThat(e.getMaxX()).isCloseTo(131.6, within(1e-9));
        assertThat(e.getMinY()).isCloseTo(41.95, within(1e-9));
        assertThat(e.getMaxY()).isCloseTo(43.05, within(1e-9));
    }

    @Test
    void givenExtentIsUsedWithoutMargin() {
        // extent 130..132 × 42..43 in EPSG:4326 into a 400 × 200 px frame: already 2:1, unchanged
        MapFigure f = new MapFigure("m", "M", null, List.of(), new double[] {130, 42, 132, 43}, 4326);
        Envelope e = MapFigureRenderer.extent(f, new Envelope(0, 1, 0, 1), 400, 200);
        assertThat(e).isEqualTo(new Envelope(130, 132, 42, 43));
    }
}
