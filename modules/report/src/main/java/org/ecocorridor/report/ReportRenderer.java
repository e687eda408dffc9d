package org.ecocorridor.report;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.ecocorridor.core.source.MapDataSource;
import org.ecocorridor.ogc.image.PngEncoder;
import org.ecocorridor.ogc.ows.RequestUser;
import org.ecocorridor.ogc.render.GraphicLoader;
import org.ecocorridor.ogc.render.LegendRenderer;
import org.ecocorridor.ogc.render.MapRenderer;
import org.ecocorridor.ogc.wms.LayerDirectory;
import org.ecocorridor.ogc.wms.MapComposer;
import org.ecocorridor.ogc.wms.RenderGate;
import org.ecocorridor.ogc.wms.StyleCatalog;
import org.ecocorridor.report.model.ChartFigure;
import org.ecocorridor.report.model.MapFigure;
import org.ecocorridor.report.model.ReportBlock;
import org.ecocorridor.report.model.ReportSection;
import org.ecocorridor.report.model.ReportTable;
import org.ecocorridor.report.model.RunReport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Renders a {@link RunReport}: a self-contained XHTML page, an A4 PDF of the same page, one CSV per
 * table, PNGs of the map figures and charts, or all of them into a folder ({@link #writeAll}).
 *
 * <p>A figure that cannot be drawn (unknown CRS, no extent, a failing data source) becomes a grey
 * placeholder naming the reason, logged at WARN: one bad figure does not cost the whole report.
 *
 * <p>Thread-safe.
 */
public final class ReportRenderer {
    private static final Logger LOG = LoggerFactory.getLogger(ReportRenderer.class);

    private final MapFigureRenderer maps;
    private final ChartRenderer charts;
    private final PdfFonts fonts;
    private final LayerBounds bounds;

    /**
     * @param maps   map figures (and the catalog the outputs' GetMap links take their bounding boxes from)
     * @param charts charts
     * @param fonts  fonts for the PDF ({@link PdfFonts#system()} in production)
     */
    public ReportRenderer(MapFigureRenderer maps, ChartRenderer charts, PdfFonts fonts) {
        this.maps = Objects.requireNonNull(maps, "maps");
        this.charts = Objects.requireNonNull(charts, "charts");
        this.fonts = Objects.requireNonNull(fonts, "fonts");
        this.bounds = maps::bboxLonLat;
    }

    /**
     * A renderer over a data source and a styles folder, drawing on the calling thread (the CLI and
     * tests; a server passes its own {@link MapComposer} to {@link MapFigureRenderer}).
     *
     * @param viewer whose view of the catalog the maps show
     */
    public static ReportRenderer over(MapDataSource data, StyleCatalog styles, RequestUser viewer) {
        GraphicLoader graphics = new GraphicLoader(List.of(styles.folder()));
        MapComposer composer = new MapComposer(new LayerDirectory(data, styles), new MapRenderer(graphics),
                RenderGate.inline());
        return new ReportRenderer(new MapFigureRenderer(composer, new LegendRenderer(graphics), viewer),
                new ChartRenderer(), PdfFonts.system());
    }

    /** The map-figure renderer. */
    public MapFigureRenderer maps() {
        return maps;
    }

    /** This renderer with other PDF fonts. */
    public ReportRenderer withFonts(PdfFonts newFonts) {
        return new ReportRenderer(maps, charts, newFonts);
    }

    /** The HTML page with every figure embedded. */
    public String html(RunReport report, ReportLinks links) {
        return html(report, links, figures(report));
    }

    /** The PDF (A4) with relative download links ({@link ReportLinks#files()}). */
    public byte[] pdf(RunReport report) {
        return pdf(report, ReportLinks.files());
    }

    /** The PDF (A4). */
    public byte[] pdf(RunReport report, ReportLinks links) {
        return pdf(report, links, figures(report));
    }

    /**
     * One table as CSV.
     *
     * @throws IllegalArgumentException when the report has no table of that id
     */
    public String csv(RunReport report, String tableId) {
        return CsvTables.csv(report.tables().stream().filter(t -> t.id().equals(tableId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Report has no table \"" + tableId + "\"; tables: "
                        + report.tables().stream().map(ReportTable::id).toList())));
    }

    /** Every table as CSV, by table id, in reading order. */
    public Map<String, String> csvs(RunReport report) {
        Map<String, String> out = new LinkedHashMap<>();
        for (ReportTable t : report.tables()) {
            out.put(t.id(), CsvTables.csv(t));
        }
        return out;
    }

    /**
     * Writes {@code report.html}, {@code report.pdf}, {@code tables/<id>.csv} and {@code figures/<id>.png}
     * into {@code dir} (created if needed; existing files of those names are replaced). Figures are drawn
     * once for all. The GeoPackage that {@link ReportLinks#files()} links to ({@code outputs.gpkg}) is the
     * caller's to write.
     */
    public void writeAll(RunReport report, Path dir, ReportLinks links) throws IOException {
        Map<String, byte[]> figures = figures(report);
        Files.createDirectories(dir.resolve("tables"));
        Files.createDirectories(dir.resolve("figures"));
        for (Map.Entry<String, byte[]> e : figures.entrySet()) {
            Files.write(dir.resolve("figures").resolve(e.getKey() + ".png"), e.getValue());
        }
        for (Map.Entry<String, String> e : csvs(report).entrySet()) {
            Files.writeString(dir.resolve("tables").resolve(e.getKey() + ".csv"), e.getValue(), StandardCharsets.UTF_8);
        }
        Files.writeString(dir.resolve("report.html"), html(report, links, figures), StandardCharsets.UTF_8);
        Files.write(dir.resolve("report.pdf"), pdf(report, links, figures));
    }

    /** {@link #writeAll(RunReport, Path, ReportLinks)} with relative links. */
    public void writeAll(RunReport report, Path dir) throws IOException {
        writeAll(report, dir, ReportLinks.files());
    }

    /** PNG bytes of every map figure and chart, by id, in reading order. */
    public Map<String, byte[]> figures(RunReport report) {
        Map<String, byte[]> out = new LinkedHashMap<>();
        for (ReportSection s : report.sections()) {
            for (ReportBlock b : s.blocks()) {
                if (b instanceof MapFigure m) {
                    out.put(m.id(), png(drawSafely(m.id(), () -> maps.render(m), MapFigureRenderer.DEFAULT_WIDTH_PX,
                            MapFigureRenderer.DEFAULT_HEIGHT_PX)));
                } else if (b instanceof ChartFigure c) {
                    out.put(c.id(), png(drawSafely(c.id(), () -> charts.render(c), ChartRenderer.DEFAULT_WIDTH_PX,
                            ChartRenderer.DEFAULT_HEIGHT_PX)));
                }
            }
        }
        return out;
    }

    String html(RunReport report, ReportLinks links, Map<String, byte[]> figures) {
        return new HtmlReportWriter(report, links, figures, bounds, PdfGlyphs.KEEP).write();
    }

    byte[] pdf(RunReport report, ReportLinks links, Map<String, byte[]> figures) {
        String xhtml = new HtmlReportWriter(report, links, figures, bounds, fonts.glyphs()).write();
        return PdfWriter.pdf(xhtml, fonts);
    }

    private static BufferedImage drawSafely(String id, java.util.function.Supplier<BufferedImage> draw, int w, int h) {
        try {
            return draw.get();
        } catch (RuntimeException e) {
            LOG.warn("Report figure {} could not be drawn: {}", id, e.getMessage());
            return placeholder(w, h, "Figure could not be drawn: " + e.getMessage());
        }
    }

    /** A light grey panel stating why a figure is missing. */
    static BufferedImage placeholder(int w, int h, String message) {
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(new Color(0xF6, 0xF8, 0xFA));
            g.fillRect(0, 0, w, h);
            g.setColor(new Color(0x8C, 0x95, 0x9F));
            g.drawRect(0, 0, w - 1, h - 1);
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, Math.max(12, h / 28)));
            String text = message.length() > 160 ? message.substring(0, 159) + "…" : message;
            int tw = g.getFontMetrics().stringWidth(text);
            g.drawString(text, Math.max(10, (w - tw) / 2), h / 2);
        } finally {
            g.dispose();
        }
        return image;
    }

    private static byte[] png(BufferedImage image) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(512 * 1024);
        try {
            new PngEncoder().encode(image, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
