package org.ecocorridor.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;
import org.ecocorridor.report.model.ChartFigure;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Draws a {@link ChartFigure} with JFreeChart: bars by category (several series: grouped bars) or lines
 * over x (several series). Print look: flat bars (no gradient, shadow or 3D), white plot with light
 * grey horizontal grid lines, axis labels with their units, the legend only for several series, the
 * Okabe-Ito colour-blind-safe palette ({@link #OKABE_ITO}; lines also differ by dash pattern so they
 * survive greyscale printing). Category labels turn 45° when they are many or long. The title is
 * left to the figure caption.
 *
 * <p>The chart is laid out at half the image size and drawn at scale 2, so fonts and lines keep print
 * proportions (1600 × 900 px = 800 × 450 layout units at 150 dpi ≈ 27 × 15 cm).
 *
 * <p>Thread-safe: each call builds its own chart.
 */
public final class ChartRenderer {
    public static final int DEFAULT_WIDTH_PX = 1600;
    public static final int DEFAULT_HEIGHT_PX = 900;
    /**
     * Okabe and Ito (2008), "Color Universal Design": blue, vermillion, bluish green, orange, reddish purple,
     * sky blue, yellow, black (ordered for contrast on white; yellow late as it is faint).
     */
    static final List<Color> OKABE_ITO = List.of(new Color(0x0072B2), new Color(0xD55E00), new Color(0x009E73),
            new Color(0xE69F00), new Color(0xCC79A7), new Color(0x56B4E9), new Color(0xF0E442), new Color(0x000000));
    private static final float[][] DASHES = {null, {6f, 3f}, {2f, 2f}, {8f, 3f, 2f, 3f}};
    private static final Color GRID = new Color(0xD0, 0xD7, 0xDE);
    private static final Font TICK_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 11);
    private static final Font LABEL_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 12);

    /** The chart at {@value #DEFAULT_WIDTH_PX} × {@value #DEFAULT_HEIGHT_PX} px. */
    public BufferedImage render(ChartFigure figure) {
        return render(figure, DEFAULT_WIDTH_PX, DEFAULT_HEIGHT_PX);
    }

    /** The chart at a given size in pixels (laid out at half that size and drawn at scale 2). */
    public BufferedImage render(ChartFigure figure, int widthPx, int heightPx) {
        if (widthPx < 100 || heightPx < 100) {
            throw new IllegalArgumentException("Chart size must be at least 100 × 100 px, got " + widthPx + " × " + heightPx);
        }
        JFreeChart chart = figure.kind() == ChartFigure.Kind.BAR ? bar(figure) : line(figure);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        chart.setPadding(new RectangleInsets(6, 4, 4, 10));
        LegendTitle legend = chart.getLegend();
        if (legend != null) {
            legend.setVisible(figure.series().size() > 1);
            legend.setItemFont(TICK_FONT);
            legend.setFrame(BlockBorder.NONE);
            legend.setPosition(RectangleEdge.TOP);
        }
        BufferedImage image = new BufferedImage(widthPx, heightPx, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, widthPx, heightPx);
            g.scale(2, 2);
            chart.draw(g, new Rectangle2D.Double(0, 0, widthPx / 2.0, heightPx / 2.0));
        } finally {
            g.dispose();
        }
        return image;
    }

    private static JFreeChart bar(ChartFigure figure) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        int longest = 0;
        int categories = 0;
        for (ChartFigure.Series s : figure.series()) {
            for (ChartFigure.Point p : s.points()) {
                String label = p.label() == null ? DisplayNumbers.single(p.x()).number(p.x()) : p.label();
                data.addValue(p.y(), s.name(), label);
                longest = Math.max(longest, label.length());
            }
        }
        categories = data.getColumnCount();
        CategoryAxis x = new CategoryAxis(figure.xLabel());
        NumberAxis y = new NumberAxis(figure.yLabel());
        BarRenderer bars = new BarRenderer();
        bars.setBarPainter(new StandardBarPainter());
        bars.setShadowVisible(false);
        bars.setDrawBarOutline(false);
        bars.setItemMargin(0.05);
        bars.setMaximumBarWidth(0.08);
        for (int i = 0; i < figure.series().size(); i++) {
            bars.setSeriesPaint(i, OKABE_ITO.get(i % OKABE_ITO.size()));
        }
        CategoryPlot plot = new CategoryPlot(data, x, y, bars);
        plot.setOrientation(PlotOrientation.VERTICAL);
        style(plot.getRangeAxis(), plot.getDomainAxis());
        if (categories > 12 || longest * Math.max(1, categories) > 90) {
            x.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
            x.setMaximumCategoryLabelWidthRatio(2.0f);
        }
        x.setCategoryMargin(0.15);
        x.setLowerMargin(0.01);
        x.setUpperMargin(0.01);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setRangeGridlinePaint(GRID);
        plot.setRangeGridlineStroke(new BasicStroke(0.6f));
        plot.setDomainGridlinesVisible(false);
        return new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
    }

    private static JFreeChart line(ChartFigure figure) {
        XYSeriesCollection data = new XYSeriesCollection();
        for (ChartFigure.Series s : figure.series()) {
            XYSeries xy = new XYSeries(s.name(), false, true);
            for (ChartFigure.Point p : s.points()) {
                xy.add(p.x(), p.y());
            }
            data.addSeries(xy);
        }
        NumberAxis x = new NumberAxis(figure.xLabel());
        NumberAxis y = new NumberAxis(figure.yLabel());
        x.setAutoRangeIncludesZero(false);
        y.setAutoRangeIncludesZero(false);
        XYLineAndShapeRenderer lines = new XYLineAndShapeRenderer(true, false);
        for (int i = 0; i < figure.series().size(); i++) {
            lines.setSeriesPaint(i, OKABE_ITO.get(i % OKABE_ITO.size()));
            float[] dash = DASHES[i % DASHES.length];
            lines.setSeriesStroke(i, dash == null ? new BasicStroke(1.6f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND)
                    : new BasicStroke(1.6f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, dash, 0f));
        }
        XYPlot plot = new XYPlot(data, x, y, lines);
        style(y, x);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setRangeGridlinePaint(GRID);
        plot.setDomainGridlinePaint(GRID);
        plot.setRangeGridlineStroke(new BasicStroke(0.6f));
        plot.setDomainGridlineStroke(new BasicStroke(0.6f));
        return new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
    }

    private static void style(org.jfree.chart.axis.Axis range, org.jfree.chart.axis.Axis domain) {
        for (org.jfree.chart.axis.Axis a : new org.jfree.chart.axis.Axis[] {range, domain}) {
            a.setLabelFont(LABEL_FONT);
            a.setTickLabelFont(TICK_FONT);
            a.setLabelPaint(Color.BLACK);
            a.setTickLabelPaint(new Color(0x24, 0x29, 0x2f));
            a.setAxisLinePaint(new Color(0x57, 0x60, 0x6a));
            a.setTickMarkPaint(new Color(0x57, 0x60, 0x6a));
        }
    }
}
