package org.ecocorridor.report;

import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ecocorridor.report.model.ChartFigure;
import org.ecocorridor.report.model.MapFigure;
import org.ecocorridor.report.model.MethodNote;
import org.ecocorridor.report.model.Paragraph;
import org.ecocorridor.report.model.QualityChecks;
import org.ecocorridor.report.model.ReportBlock;
import org.ecocorridor.report.model.ReportSection;
import org.ecocorridor.report.model.ReportTable;
import org.ecocorridor.report.model.RunReport;

/**
 * Writes a report as one self-contained XHTML document: the style sheet inline, figures as PNG data
 * URIs. Layout: title and summary, the run-metadata box, "Request and data" (parameters, inputs),
 * "Outputs and downloads", the report's own sections (numbered from 3), then the references gathered
 * from the method notes. Figures (maps and charts) are numbered together below the image ("Figure 1 —
 * title. caption"), tables above ("Table 1 — title"); formulas get equation numbers. Tables longer than
 * {@value #MAX_ROWS} rows show their first {@value #MAX_ROWS} and point to their CSV.
 *
 * <p>Not thread-safe; one per document.
 */
final class HtmlReportWriter {
    /** Longest table shown in full; longer ones are cut with a pointer to the CSV. */
    static final int MAX_ROWS = 200;
    /** Text cells up to this length are not wrapped. */
    private static final int SHORT_TEXT = 24;
    /** Groups 1, 2: subscript {@code _{..}} or {@code _x}; groups 3, 4: superscript {@code ^{..}} or {@code ^x}. */
    private static final Pattern SCRIPTS = Pattern.compile(
            "_\\{([^}]*)}|_([\\p{L}\\p{N}]+)|\\^\\{([^}]*)}|\\^(-?[\\p{L}\\p{N}]+)");

    private final RunReport report;
    private final ReportLinks links;
    private final Map<String, byte[]> figures;
    private final Xhtml x;
    private final RunMetadataHtml metadata;
    private final Map<String, Integer> references = new LinkedHashMap<>();
    private final Map<String, String> referenceUrls = new LinkedHashMap<>();
    private int figureNumber;
    private int tableNumber;
    private int equationNumber;

    /**
     * @param figures PNG bytes of every map and chart, by block id (missing ones are skipped)
     * @param glyphs  text filter (identity, or {@link PdfGlyphs#toWinAnsi} for a PDF without TrueType fonts)
     */
    HtmlReportWriter(RunReport report, ReportLinks links, Map<String, byte[]> figures, LayerBounds bounds,
            UnaryOperator<String> glyphs) {
        this.report = report;
        this.links = links;
        this.figures = figures;
        this.x = new Xhtml(glyphs);
        this.metadata = new RunMetadataHtml(x, report, links, bounds);
    }

    String write() {
        String footer = "Job " + report.run().jobId()
                + (report.run().softwareVersion() == null ? "" : " · Ecocorridor " + report.run().softwareVersion());
        x.raw("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE html>\n");
        x.open("html", "xmlns", "http://www.w3.org/1999/xhtml", "lang", "en", "xml:lang", "en").open("head");
        x.empty("meta", "http-equiv", "Content-Type", "content", "text/html; charset=UTF-8");
        x.element("title", report.title());
        x.empty("meta", "name", "author", "content", "Ecocorridor");
        x.empty("meta", "name", "subject", "content", report.run().processTitle());
        x.open("style", "type", "text/css").raw(ReportCss.css(x.glyphs(shorten(report.title(), 90)), x.glyphs(footer)))
                .close("style");
        x.close("head").open("body");
        x.open("header").element("h1", report.title());
        x.element("p", processLine(), "class", "subtitle");
        if (!report.summary().isBlank()) {
            x.element("p", report.summary(), "class", "summary");
        }
        x.close("header");
        metadata.box();
        x.open("section").element("h2", "1 Request and data");
        metadata.parameters();
        metadata.inputs();
        x.close("section");
        x.open("section").element("h2", "2 Outputs and downloads");
        metadata.outputs();
        metadata.downloads();
        x.close("section");
        int n = 3;
        for (ReportSection s : report.sections()) {
            x.open("section").element("h2", (n++) + " " + s.title());
            for (ReportBlock b : s.blocks()) {
                block(b);
            }
            x.close("section");
        }
        referencesSection();
        x.close("body").close("html");
        return x.toString();
    }

    private String processLine() {
        String process = report.run().processTitle() == null ? report.run().processId()
                : report.run().processTitle() + " (" + report.run().processId() + ")";
        return "Run report · " + process + " · job " + report.run().jobId();
    }

    private void block(ReportBlock b) {
        if (b instanceof Paragraph p) {
            paragraphs(p.text());
        } else if (b instanceof ReportTable t) {
            table(t);
        } else if (b instanceof MapFigure m) {
            figure(m.id(), m.title(), m.caption());
        } else if (b instanceof ChartFigure c) {
            figure(c.id(), c.title(), "");
        } else if (b instanceof QualityChecks q) {
            checks(q);
        } else if (b instanceof MethodNote m) {
            method(m);
        }
    }

    private void paragraphs(String text) {
        for (String p : text.split("\\n\\s*\\n")) {
            if (!p.isBlank()) {
                x.element("p", p.strip());
            }
        }
    }

    private void figure(String id, String title, String caption) {
        byte[] png = figures.get(id);
        int number = ++figureNumber;
        x.open("figure", "id", "figure-" + id);
        if (png != null) {
            x.empty("img", "src", "data:image/png;base64," + Base64.getEncoder().encodeToString(png), "alt", title);
        }
        x.open("figcaption").element("b", "Figure " + number + " — ").text(sentence(title));
        if (!caption.isBlank()) {
            x.text(" " + caption.strip());
        }
        x.close("figcaption").close("figure");
    }

    private static final int WIDE = 6;

    private void table(ReportTable t) {
        int number = ++tableNumber;
        x.open("p", "class", "caption", "id", "table-" + t.id()).element("b", "Table " + number + " — ")
                .text(sentence(t.title()) + " ").open("a", "href", links.csv(t.id())).text("CSV").close("a")
                .close("p");
        int shown = Math.min(t.rows().size(), MAX_ROWS);
        List<DisplayNumbers> formats = new ArrayList<>();
        List<Boolean> numeric = new ArrayList<>();
        for (int c = 0; c < t.columns().size(); c++) {
            formats.add(DisplayNumbers.forColumn(t.rows(), c));
            numeric.add(isNumeric(t.rows(), c));
        }
        // more than WIDE columns: a smaller font, and headers may break after '_' (A4 portrait holds about
        // seven columns of numbers at the normal size)
        boolean wide = t.columns().size() > WIDE;
        x.open("table", "class", wide ? "data wide" : "data").open("thead").open("tr");
        for (int c = 0; c < t.columns().size(); c++) {
            ReportTable.Column col = t.columns().get(c);
            x.open("th", "class", numeric.get(c) ? "num" : null).text(wide ? col.name().replace("_", "_\u200B") : col.name());
            if (col.unit() != null && !col.unit().isBlank()) {
                x.text(" ").element("span", "(" + col.unit() + ")", "class", "unit");
            }
            x.close("th");
        }
        x.close("tr").close("thead").open("tbody");
        for (int r = 0; r < shown; r++) {
            List<Object> row = t.rows().get(r);
            x.open("tr", "class", r % 2 == 1 ? "odd" : null);
            for (int c = 0; c < row.size(); c++) {
                Object v = row.get(c);
                String text = formats.get(c).format(v);
                // short labels (names, codes) stay on one line; long text wraps
                x.element("td", text, "class", v == null ? "empty"
                        : numeric.get(c) ? "num" : text.length() <= SHORT_TEXT ? "short" : null);
            }
            x.close("tr");
        }
        if (shown < t.rows().size()) {
            x.open("tr").open("td", "colspan", Integer.toString(t.columns().size()), "class", "more")
                    .text("… " + (t.rows().size() - shown) + " more rows in ")
                    .element("a", t.id() + ".csv", "href", links.csv(t.id())).close("td").close("tr");
        }
        x.close("tbody").close("table");
    }

    /** A column is numeric when every non-null cell is a number. */
    private static boolean isNumeric(List<List<Object>> rows, int c) {
        boolean any = false;
        for (List<Object> row : rows) {
            Object v = row.get(c);
            if (v != null && !(v instanceof Number)) {
                return false;
            }
            any |= v != null;
        }
        return any;
    }

    private void checks(QualityChecks q) {
        long pass = q.checks().stream().filter(c -> c.status() == QualityChecks.Status.PASS).count();
        long warn = q.checks().stream().filter(c -> c.status() == QualityChecks.Status.WARN).count();
        long fail = q.checks().size() - pass - warn;
        x.element("p", pass + " passed, " + warn + (warn == 1 ? " warning, " : " warnings, ") + fail + " failed.");
        x.open("table", "class", "data").open("thead").open("tr").element("th", "Check").element("th", "Result")
                .element("th", "Detail").close("tr").close("thead").open("tbody");
        int r = 0;
        for (QualityChecks.Check c : q.checks()) {
            x.open("tr", "class", r++ % 2 == 1 ? "odd" : null).element("td", c.name()).open("td")
                    .element("span", c.status().name(), "class", "badge " + c.status().name().toLowerCase(java.util.Locale.ROOT))
                    .close("td").element("td", c.detail()).close("tr");
        }
        x.close("tbody").close("table");
    }

    private void method(MethodNote m) {
        paragraphs(m.text());
        for (MethodNote.Formula f : m.formulas()) {
            x.open("table", "class", "formula").open("tr").open("td", "class", "eq");
            math(f.label());
            x.text(" = ");
            math(f.expression());
            x.close("td").element("td", "(" + (++equationNumber) + ")", "class", "eqno").close("tr").close("table");
        }
        if (!m.citations().isEmpty()) {
            x.open("p", "class", "sources").text("Sources: ");
            for (int i = 0; i < m.citations().size(); i++) {
                MethodNote.Citation c = m.citations().get(i);
                int number = references.computeIfAbsent(c.text(), k -> references.size() + 1);
                referenceUrls.putIfAbsent(c.text(), c.url());
                x.text(i == 0 ? "" : ", ").element("a", "[" + number + "]", "href", "#ref-" + number);
            }
            x.close("p");
        }
    }

    /** Formula text with {@code x_i}, {@code x_{ij}} as subscripts and {@code x^2}, {@code x^{-1}} as superscripts. */
    private void math(String text) {
        Matcher m = SCRIPTS.matcher(text);
        int at = 0;
        while (m.find()) {
            x.text(text.substring(at, m.start()));
            if (m.group(1) != null || m.group(2) != null) {
                x.element("sub", m.group(1) != null ? m.group(1) : m.group(2));
            } else {
                x.element("sup", m.group(3) != null ? m.group(3) : m.group(4));
            }
            at = m.end();
        }
        x.text(text.substring(at));
    }

    private void referencesSection() {
        if (references.isEmpty()) {
            return;
        }
        x.open("section").element("h2", "References").open("ol", "class", "references");
        for (Map.Entry<String, Integer> e : references.entrySet()) {
            x.open("li", "id", "ref-" + e.getValue()).text(e.getKey());
            String url = referenceUrls.get(e.getKey());
            if (url != null && !url.isBlank()) {
                x.text(" ").element("a", url, "href", url);
            }
            x.close("li");
        }
        x.close("ol").close("section");
    }

    /** A title as a caption sentence: ends with a full stop unless it already ends with punctuation. */
    static String sentence(String title) {
        String t = title.strip();
        return t.isEmpty() || ".!?".indexOf(t.charAt(t.length() - 1)) >= 0 ? t : t + ".";
    }

    static String shorten(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
