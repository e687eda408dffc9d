package org.ecocorridor.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.ecocorridor.report.model.ChartFigure;
import org.ecocorridor.report.model.RunReport;
import org.junit.jupiter.api.Test;

class ChartRendererTest {
    private static final int OKABE_BLUE = 0x0072B2;
    private static final int OKABE_VERMILLION = 0xD55E00;
    private final ChartRenderer charts = new ChartRenderer();

    private static ChartFigure chart(String id) {
        RunReport report = SampleReports.corridorRun();
        return report.sections().stream().flatMap(s -> s.blocks().stream()).filter(ChartFigure.class::isInstance)
                .map(ChartFigure.class::cast).filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void barChartHasTheRequestedSizeAndFlatOkabeItoBars() {
        BufferedImage image = charts.render(chart("dpc"));
        assertThat(image.getWidth()).isEqualTo(1600);
        assertThat(image.getHeight()).isEqualTo(900);
        // four flat bars of one colour: many pixels of exactly Okabe-Ito blue (no gradient)
        assertThat(Pixels.count(image, OKABE_BLUE, 0)).isGreaterThan(10_000);
        assertThat(Pixels.count(image, OKABE_VERMILLION, 8)).isZero();
    }

    @Test
    void lineChartDrawsEverySeriesInItsOwnColour() {
        BufferedImage image = charts.render(chart("cost_profile"), 800, 500);
        assertThat(image.getWidth()).isEqualTo(800);
        assertThat(image.getHeight()).isEqualTo(500);
        assertThat(Pixels.count(image, OKABE_BLUE, 10)).isGreaterThan(200);
        assertThat(Pixels.count(image, OKABE_VERMILLION, 10)).isGreaterThan(200);
    }

    @Test
    void chartPngsInTheReportDecode() throws Exception {
        Map<String, byte[]> figures = SampleReports.renderer(PdfFonts.none()).figures(SampleReports.corridorRun());
        assertThat(figures.keySet()).containsExactly("corridor_map", "dpc", "cost_profile");
        BufferedImage png = ImageIO.read(new ByteArrayInputStream(figures.get("cost_profile")));
        assertThat(png.getWidth()).isEqualTo(ChartRenderer.DEFAULT_WIDTH_PX);
        assertThat(png.getHeight()).isEqualTo(ChartRenderer.DEFAULT_HEIGHT_PX);
    }

    @Test
    void tinySizesAreRefused() {
        ChartFigure c = new ChartFigure("c", "C", ChartFigure.Kind.LINE, "x", "y", List.of());
        assertThatThrownBy(() -> charts.render(c, 10, 10)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("10 × 10");
    }
}
