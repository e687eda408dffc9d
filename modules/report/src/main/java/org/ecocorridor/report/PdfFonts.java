package org.ecocorridor.report;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * TrueType fonts embedded (subset) in report PDFs: DejaVu Sans for text, DejaVu Sans Mono for hashes,
 * DejaVu Serif for formulas, found in the first folder that holds {@code DejaVuSans.ttf} (Debian's
 * {@code fonts-dejavu-core} puts it in {@code /usr/share/fonts/truetype/dejavu}). DejaVu covers Latin,
 * Greek, Cyrillic and the mathematical signs reports use (× · − ≤ ≥ ² √ ∑ ∞ ⁻¹). A missing Mono, Serif or
 * oblique face is stood in for by DejaVu Sans, so no text falls back to a font without those signs.
 *
 * <p>Without DejaVu Sans the PDF uses the standard Type 1 fonts (Helvetica, Times, Courier), which
 * only have WinAnsi characters: then {@link #glyphs()} replaces the others deliberately (see
 * {@link PdfGlyphs}) rather than letting them print as '#'. Nothing is bundled in the jar.
 *
 * <p>Immutable.
 *
 * @param faces the font files to embed
 */
public record PdfFonts(List<Face> faces) {
    /** Folders searched by {@link #system()}, in order. */
    public static final List<Path> SYSTEM_FOLDERS = List.of(Path.of("/usr/share/fonts/truetype/dejavu"),
            Path.of("/usr/share/fonts/dejavu"), Path.of("/usr/share/fonts/TTF"), Path.of("/usr/share/fonts/dejavu-sans-fonts"),
            Path.of("/usr/local/share/fonts"), Path.of("/Library/Fonts"));
    private static final String SANS = "DejaVu Sans";

    /**
     * One font file as a CSS family, weight and style.
     *
     * @param file   TrueType file
     * @param family CSS family name
     * @param weight CSS weight (400 regular, 700 bold)
     * @param italic italic or oblique
     */
    public record Face(Path file, String family, int weight, boolean italic) {
        public Face {
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(family, "family");
        }
    }

    public PdfFonts {
        faces = List.copyOf(faces);
    }

    /** No embedded font: standard Type 1 fonts, scientific characters spelled in ASCII. */
    public static PdfFonts none() {
        return new PdfFonts(List.of());
    }

    /**
     * DejaVu from the folder named by the {@code ecocorridor.report.fonts} system property or the
     * {@code ECOCORRIDOR_REPORT_FONTS} environment variable, else from {@link #SYSTEM_FOLDERS}.
     */
    public static PdfFonts system() {
        List<Path> folders = new ArrayList<>();
        String configured = System.getProperty("ecocorridor.report.fonts", System.getenv("ECOCORRIDOR_REPORT_FONTS"));
        if (configured != null && !configured.isBlank()) {
            folders.add(Path.of(configured));
        }
        folders.addAll(SYSTEM_FOLDERS);
        return dejaVu(folders);
    }

    /** DejaVu faces from the first of these folders that holds {@code DejaVuSans.ttf}; {@link #none()} if none. */
    public static PdfFonts dejaVu(List<Path> folders) {
        for (Path folder : folders) {
            Path regular = folder.resolve("DejaVuSans.ttf");
            if (!Files.isRegularFile(regular)) {
                continue;
            }
            List<Face> faces = new ArrayList<>();
            Path bold = or(folder.resolve("DejaVuSans-Bold.ttf"), regular);
            faces.add(new Face(regular, SANS, 400, false));
            faces.add(new Face(bold, SANS, 700, false));
            faces.add(new Face(or(folder.resolve("DejaVuSans-Oblique.ttf"), regular), SANS, 400, true));
            faces.add(new Face(or(folder.resolve("DejaVuSans-BoldOblique.ttf"), bold), SANS, 700, true));
            faces.add(new Face(or(folder.resolve("DejaVuSansMono.ttf"), regular), "DejaVu Sans Mono", 400, false));
            faces.add(new Face(or(folder.resolve("DejaVuSansMono-Bold.ttf"), bold), "DejaVu Sans Mono", 700, false));
            faces.add(new Face(or(folder.resolve("DejaVuSerif.ttf"), regular), "DejaVu Serif", 400, false));
            faces.add(new Face(or(folder.resolve("DejaVuSerif-Bold.ttf"), bold), "DejaVu Serif", 700, false));
            return new PdfFonts(faces);
        }
        return none();
    }

    private static Path or(Path wanted, Path fallback) {
        return Files.isRegularFile(wanted) ? wanted : fallback;
    }

    /** Whether body text has a TrueType font (else the standard fonts and {@link PdfGlyphs} replacements). */
    public boolean embedded() {
        return faces.stream().anyMatch(f -> f.family().equals(SANS));
    }

    /** The text filter the PDF's XHTML goes through. */
    UnaryOperator<String> glyphs() {
        return embedded() ? PdfGlyphs.KEEP : PdfGlyphs::toWinAnsi;
    }

    void register(PdfRendererBuilder builder) {
        for (Face f : faces) {
            builder.useFont(f.file().toFile(), f.family(), f.weight(), f.italic() ? FontStyle.ITALIC : FontStyle.NORMAL,
                    true);
        }
    }
}
