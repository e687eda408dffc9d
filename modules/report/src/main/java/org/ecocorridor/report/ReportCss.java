package org.ecocorridor.report;

/**
 * The report's style sheet: a screen layout (system fonts, a centred column) and a print layout for
 * openhtmltopdf (A4, margins, running header with the report title, "page n of N" footer, DejaVu
 * fonts, no page breaks inside figures, table rows, formulas or the metadata box). CSS 2.1 plus paged
 * media only, since openhtmltopdf has no flexbox or grid. Tables follow the booktabs look: rules above
 * and below the header and under the last row, no vertical lines.
 *
 * <p>Thread-safe: stateless.
 */
final class ReportCss {
    private ReportCss() {
    }

    /**
     * The style sheet.
     *
     * @param runningHeader text of the running header (the report title), already glyph-filtered
     * @param runningFooter text of the footer's left part (job and software version)
     */
    static String css(String runningHeader, String runningFooter) {
        return """
                @page { size: A4; margin: 22mm 18mm 20mm 18mm;
                  @top-left { content: "@HEADER@"; font-family: 'DejaVu Sans', sans-serif; font-size: 7.5pt; color: #57606a;
                    vertical-align: bottom; padding-bottom: 3mm; border-bottom: 0.5pt solid #8c959f; }
                  @top-right { content: "Ecocorridor run report"; font-family: 'DejaVu Sans', sans-serif; font-size: 7.5pt;
                    color: #57606a; vertical-align: bottom; padding-bottom: 3mm; border-bottom: 0.5pt solid #8c959f; }
                  @bottom-left { content: "@FOOTER@"; font-family: 'DejaVu Sans', sans-serif; font-size: 7.5pt; color: #57606a; }
                  @bottom-right { content: "Page " counter(page) " of " counter(pages); font-family: 'DejaVu Sans', sans-serif;
                    font-size: 7.5pt; color: #57606a; }
                }
                @page :first { @top-left { content: none; border: none; } @top-right { content: none; border: none; } }
                body { font-family: system-ui, -apple-system, 'Segoe UI', 'DejaVu Sans', Arial, sans-serif; color: #1f2328;
                  max-width: 62rem; margin: 2rem auto; padding: 0 1.5rem; line-height: 1.5; font-size: 15px; }
                header, section, figure, figcaption, nav { display: block; }
                h1 { font-size: 1.9em; line-height: 1.2; margin: 0 0 0.3em 0; font-weight: bold; }
                h2 { font-size: 1.3em; margin: 1.6em 0 0.5em 0; padding-bottom: 0.15em; border-bottom: 1px solid #d0d7de;
                  page-break-after: avoid; }
                h3 { font-size: 1.05em; margin: 1.2em 0 0.4em 0; page-break-after: avoid; }
                p { margin: 0.5em 0; }
                .summary { font-size: 1.1em; color: #24292f; }
                .subtitle { color: #57606a; margin: 0 0 1em 0; }
                a { color: #0550ae; text-decoration: none; }
                .meta { border: 1px solid #8c959f; background: #f6f8fa; padding: 0.5em 0.8em; margin: 1em 0 1.2em 0;
                  page-break-inside: avoid; }
                .meta table { border-collapse: collapse; width: 100%; }
                .meta th { text-align: left; font-weight: normal; color: #57606a; padding: 0.15em 0.8em 0.15em 0;
                  white-space: nowrap; vertical-align: top; width: 16%; }
                .meta td { padding: 0.15em 1em 0.15em 0; vertical-align: top; width: 34%; }
                .caption { margin: 1.2em 0 0.35em 0; page-break-after: avoid; }
                .caption b, figcaption b { font-weight: bold; }
                table.data { border-collapse: collapse; width: 100%; font-size: 0.88em; margin: 0 0 0.8em 0;
                  border-bottom: 1.2pt solid #24292f; -fs-table-paginate: paginate; }
                table.data thead { display: table-header-group; }
                table.data th { text-align: left; vertical-align: bottom; font-weight: bold; padding: 0.3em 0.6em;
                  border-top: 1.2pt solid #24292f; border-bottom: 0.6pt solid #24292f; }
                table.data td { padding: 0.22em 0.6em; vertical-align: top; }
                table.data tr { page-break-inside: avoid; }
                table.data tbody tr.odd td { background: #f6f8fa; }
                table.data th.num, table.data td.num { text-align: right; white-space: nowrap; }
                table.data td.short { white-space: nowrap; }
                table.data.wide { font-size: 0.72em; }
                table.data.wide th, table.data.wide th.num { white-space: normal; padding: 0.3em 0.35em; }
                table.data.wide td { padding: 0.22em 0.35em; }
                table.data.wide td.short { white-space: normal; }
                .unit { font-weight: normal; color: #57606a; }
                .more { font-style: italic; color: #57606a; }
                .empty { color: #8c959f; }
                figure { margin: 1.2em 0; page-break-inside: avoid; }
                figure img { width: 100%; height: auto; border: 0; }
                figcaption { font-size: 0.9em; color: #24292f; margin-top: 0.4em; }
                .badge { display: inline-block; padding: 0.05em 0.5em; font-weight: bold; font-size: 0.8em; color: #ffffff;
                  border-radius: 3px; letter-spacing: 0.03em; }
                .pass { background: #1a7f37; } .warn { background: #9a6700; } .fail { background: #cf222e; }
                table.formula { margin: 0.4em 0 0.4em 1.5em; border-collapse: collapse; width: 90%; page-break-inside: avoid; }
                table.formula td.eq { font-family: 'DejaVu Serif', Georgia, serif; font-size: 1.05em; padding: 0.2em 0; }
                table.formula td.eqno { text-align: right; width: 3em; color: #57606a; }
                .sources { font-size: 0.9em; color: #57606a; }
                ol.references li { margin: 0.25em 0; }
                .hash { font-family: 'DejaVu Sans Mono', Menlo, Consolas, monospace; font-size: 0.85em; }
                .hash-full { display: none; }
                .downloads li { margin: 0.15em 0; }
                @media print {
                  body { font-family: 'DejaVu Sans', sans-serif; font-size: 8.5pt; line-height: 1.35; max-width: none;
                    margin: 0; padding: 0; }
                  h1 { font-size: 18pt; } h2 { font-size: 12pt; } h3 { font-size: 10pt; }
                  .summary { font-size: 9.5pt; }
                  table.data { font-size: 7.5pt; }
                  .hash-short { display: none; }
                  .hash-full { display: inline; font-size: 6.5pt; word-wrap: break-word; }
                }
                """.replace("@HEADER@", cssString(runningHeader)).replace("@FOOTER@", cssString(runningFooter));
    }

    /** Escapes text for a double-quoted CSS string (no line breaks; quotes and backslashes escaped). */
    static String cssString(String s) {
        StringBuilder out = new StringBuilder();
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c == '<' || c == '>' || c == '&') {
                out.append(String.format("\\%x ", (int) c)); // keep the style element's XML well-formed
            } else if (c >= 0x20) {
                out.append(c);
            } else {
                out.append(' ');
            }
        }
        return out.toString();
    }
}
