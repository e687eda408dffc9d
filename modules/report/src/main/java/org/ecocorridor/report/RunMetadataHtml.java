package org.ecocorridor.report;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.ecocorridor.report.model.ReportTable;
import org.ecocorridor.report.model.RunMetadata;
import org.ecocorridor.report.model.RunReport;

/**
 * The front matter of a report: the run-metadata box, the parameters and inputs tables, the outputs
 * with their service links, and the downloads. Times are UTC; hashes show their first 12 hex digits on
 * screen (the full hash in the {@code title} attribute) and in full in print.
 *
 * <p>Not thread-safe; one per document.
 */
final class RunMetadataHtml {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);
    private static final int MAX_VALUE_CHARS = 300;

    private final Xhtml x;
    private final RunReport report;
    private final RunMetadata run;
    private final ReportLinks links;
    private final LayerBounds bounds;

    RunMetadataHtml(Xhtml x, RunReport report, ReportLinks links, LayerBounds bounds) {
        this.x = x;
        this.report = report;
        this.run = report.run();
        this.links = links;
        this.bounds = bounds;
    }

    void box() {
        x.open("div", "class", "meta").open("table");
        row("Job", run.jobId(), "Status", run.status() + (run.message() == null || run.message().isBlank() ? ""
                : " — " + run.message()));
        row("Process", run.processTitle() == null ? run.processId() : run.processTitle() + " (" + run.processId() + ")",
                "Submitted by", run.submittedBy() == null ? "command line" : run.submittedBy());
        row("Submitted", time(run.created()), "Started", time(run.started()));
        row("Finished", time(run.finished()), "Duration", duration(run.started(), run.finished()));
        row("Software", run.softwareVersion() == null ? "Ecocorridor (version unknown)"
                : "Ecocorridor " + run.softwareVersion(), "Report", "generated " + TIME.format(Instant.now()));
        x.close("table").close("div");
    }

    private void row(String k1, String v1, String k2, String v2) {
        x.open("tr").element("th", k1).element("td", v1).element("th", k2).element("td", v2).close("tr");
    }

    void parameters() {
        caption("Parameters", "as validated, defaults filled in");
        if (run.parameters().isEmpty()) {
            x.element("p", "No parameters.", "class", "empty");
            return;
        }
        x.open("table", "class", "data").open("thead").open("tr").element("th", "Parameter").element("th", "Value")
                .close("tr").close("thead").open("tbody");
        int r = 0;
        for (Map.Entry<String, Object> e : run.parameters().entrySet()) {
            x.open("tr", "class", r++ % 2 == 1 ? "odd" : null).element("td", e.getKey())
                    .element("td", HtmlReportWriter.shorten(value(e.getValue()), MAX_VALUE_CHARS)).close("tr");
        }
        x.close("tbody").close("table");
    }

    /** A parameter value in full precision: numbers as in the CSV, lists and maps spelled out. */
    static String value(Object v) {
        if (v == null) {
            return "—";
        }
        if (v instanceof Double || v instanceof Float) {
            return CsvTables.number(((Number) v).doubleValue());
        }
        if (v instanceof Collection<?> c) {
            return c.stream().map(RunMetadataHtml::value).collect(Collectors.joining(", ", "[", "]"));
        }
        if (v instanceof Map<?, ?> m) {
            return m.entrySet().stream().map(e -> e.getKey() + ": " + value(e.getValue()))
                    .collect(Collectors.joining(", ", "{", "}"));
        }
        return v.toString();
    }

    void inputs() {
        caption("Inputs", "content hashes identify the data exactly as read");
        if (run.inputs().isEmpty()) {
            x.element("p", "No recorded inputs.", "class", "empty");
            return;
        }
        x.open("table", "class", "data").open("thead").open("tr").element("th", "Input").element("th", "Source")
                .element("th", "SHA-256").open("th", "class", "num").text("Size ")
                .element("span", "(features or cells)", "class", "unit").close("th").close("tr").close("thead")
                .open("tbody");
        DisplayNumbers integers = DisplayNumbers.single(0);
        int r = 0;
        for (RunMetadata.InputRecord in : run.inputs()) {
            x.open("tr", "class", r++ % 2 == 1 ? "odd" : null).element("td", in.name()).element("td", in.source())
                    .open("td");
            if (in.sha256() == null || in.sha256().isBlank()) {
                x.text("—");
            } else {
                String shortHash = in.sha256().length() > 12 ? in.sha256().substring(0, 12) + "…" : in.sha256();
                x.element("span", shortHash, "class", "hash hash-short", "title", in.sha256())
                        .element("span", in.sha256(), "class", "hash hash-full");
            }
            x.close("td").element("td", integers.format(in.size()), "class", "num").close("tr");
        }
        x.close("tbody").close("table");
    }

    void outputs() {
        caption("Output layers", links.wms() == null ? "published in the catalog" : "with service links");
        if (run.outputs().isEmpty()) {
            x.element("p", "No published layers.", "class", "empty");
            return;
        }
        x.open("table", "class", "data").open("thead").open("tr").element("th", "Layer").element("th", "Title")
                .element("th", "Kind").element("th", "Services").close("tr").close("thead").open("tbody");
        int r = 0;
        for (RunMetadata.OutputRecord out : run.outputs()) {
            x.open("tr", "class", r++ % 2 == 1 ? "odd" : null).element("td", out.layer())
                    .element("td", out.title() == null ? "" : out.title())
                    .element("td", out.kind() == null ? "" : out.kind()).open("td");
            boolean vector = out.kind() == null || !out.kind().toLowerCase(Locale.ROOT).startsWith("raster");
            String first = link("WMS GetMap", links.getMap(out.layer(), bounds.bboxLonLat(out.layer())), "");
            first = link("WFS GetFeature", vector ? links.getFeature(out.layer()) : null, first);
            link("OGC API", links.collection(out.layer()), first);
            if (links.wms() == null && links.wfs() == null && links.ogcApi() == null) {
                x.text("see the GeoPackage");
            }
            x.close("td").close("tr");
        }
        x.close("tbody").close("table");
    }

    /** Writes a link (after a separator when one came before); returns the separator for the next one. */
    private String link(String label, String href, String separator) {
        if (href == null) {
            return separator;
        }
        x.text(separator).element("a", label, "href", href);
        return " · ";
    }

    void downloads() {
        x.element("h3", "Downloads");
        x.open("ul", "class", "downloads");
        for (ReportTable t : report.tables()) {
            x.open("li").element("a", t.id() + ".csv", "href", links.csv(t.id())).text(" — " + t.title() + " (CSV, UTF-8)")
                    .close("li");
        }
        if (links.geoPackage() != null) {
            x.open("li").element("a", fileName(links.geoPackage()), "href", links.geoPackage())
                    .text(" — every output layer (GeoPackage)").close("li");
        }
        if (links.pdf() != null) {
            x.open("li").element("a", fileName(links.pdf()), "href", links.pdf()).text(" — this report (PDF, A4)")
                    .close("li");
        }
        x.close("ul");
    }

    private static String fileName(String href) {
        String path = href.contains("?") ? href.substring(0, href.indexOf('?')) : href;
        return path.substring(path.lastIndexOf('/') + 1);
    }

    private void caption(String title, String note) {
        x.open("h3").text(title).element("span", " — " + note, "class", "unit").close("h3");
    }

    static String time(Instant t) {
        return t == null ? "—" : TIME.format(t);
    }

    /** "1 h 02 min", "3 min 05 s", "12.4 s". */
    static String duration(Instant start, Instant end) {
        if (start == null || end == null) {
            return "—";
        }
        Duration d = Duration.between(start, end);
        long s = d.getSeconds();
        if (s >= 3600) {
            return String.format(Locale.ROOT, "%d h %02d min", s / 3600, (s % 3600) / 60);
        }
        if (s >= 60) {
            return String.format(Locale.ROOT, "%d min %02d s", s / 60, s % 60);
        }
        return String.format(Locale.ROOT, "%.1f s", d.toMillis() / 1000.0);
    }

}
