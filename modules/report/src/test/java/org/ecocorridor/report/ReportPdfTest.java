package org.ecocorridor.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportPdfTest {
    private static final String T = "\u2009";

    private static String text(byte[] pdf, int[] pages) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            pages[0] = doc.getNumberOfPages();
            PDRectangle a4 = doc.getPage(0).getMediaBox();
            // A4 = 210 × 297 mm = 595.3 × 841.9 pt (1 pt = 25.4/72 mm)
            assertThat(a4.getWidth()).isBetween(595f, 596f);
            assertThat(a4.getHeight()).isBetween(841f, 842.5f);
            return new PDFTextStripper().getText(doc);
        }
    }

    @Test
    void embeddedDejaVuKeepsScientificCharacters() throws IOException {
        PdfFonts fonts = PdfFonts.system();
        assumeTrue(fonts.embedded(), "DejaVu Sans is not installed (Debian: fonts-dejavu-core)");
        int[] pages = new int[1];
        // cells of wide tables wrap (and headers break after '_'): compare on single-spaced text
        String text = text(SampleReports.renderer(fonts).pdf(SampleReports.corridorRun()), pages)
                .replace("\u200B", "").replaceAll("\\s+", " ");
        assertThat(pages[0]).isGreaterThan(1);
        assertThat(text).contains("Hunchun", "Land of the Leopard", "Kedrovaya Pad, east", "48.20", "61.8");
        assertThat(text).contains("China", "Russia", "41.27", "58.73", "1757");
        assertThat(text).contains("≥", "×", "−", "√", "Table 1 — Links between core areas", "Figure 2 —");
        assertThat(text).contains("Page 1 of " + pages[0], "Page " + pages[0] + " of " + pages[0]);
        assertThat(text).doesNotContain("#");
        // print shows the full input hashes (the screen shows 12 digits)
        assertThat(text.replaceAll("\\s", "")).contains("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08");
    }

    @Test
    void standardFontsGetDeliberateAsciiReplacements() throws IOException {
        int[] pages = new int[1];
        String text = text(SampleReports.renderer(PdfFonts.none()).pdf(SampleReports.corridorRun()), pages);
        assertThat(pages[0]).isGreaterThan(1);
        assertThat(text).contains("Hunchun", "182 346", "41.27", "58.73");
        // WinAnsi has × and ², not ≥, −, √: those are spelled out, never '#'
        assertThat(text).contains("NLCC minimum >= -10 × cell size", "r = sqrt(x² + y²)").doesNotContain("#", "≥", "√");
    }

    @Test
    void writeAllLaysOutTheReportFolder(@TempDir Path dir) throws IOException {
        SampleReports.renderer(PdfFonts.none()).writeAll(SampleReports.corridorRun(), dir);
        assertThat(dir.resolve("report.html")).isRegularFile();
        assertThat(Files.readAllBytes(dir.resolve("report.pdf"))).startsWith("%PDF-".getBytes());
        assertThat(dir.resolve("tables/links.csv")).content().startsWith("from,to,");
        assertThat(dir.resolve("tables/country_shares.csv")).content().contains("Russia,1756.75,58.73,2\r\n");
        assertThat(dir.resolve("tables/patches.csv")).content().contains("patch 250,375,250000\r\n");
        assertThat(dir.resolve("figures/corridor_map.png")).isRegularFile();
        assertThat(dir.resolve("figures/dpc.png")).isRegularFile();
        assertThat(dir.resolve("figures/cost_profile.png")).isRegularFile();
        if (System.getProperty("report.sample.dir") != null) { // keep a copy to look at: -Dreport.sample.dir=/tmp/x
            Path keep = Path.of(System.getProperty("report.sample.dir"));
            Files.createDirectories(keep);
            SampleReports.renderer(PdfFonts.system()).writeAll(SampleReports.corridorRun(), keep);
        }
    }
}
