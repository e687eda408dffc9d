package org.ecocorridor.report;

import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * XHTML to PDF with openhtmltopdf on PDFBox: A4 and the page furniture come from the style sheet's
 * {@code @page} rules ({@link ReportCss}); fonts from {@link PdfFonts}. Only {@code data:} URIs are
 * loaded: a report never reaches the network or the file system while it renders.
 *
 * <p>Thread-safe: each call has its own builder.
 */
final class PdfWriter {
    private static final Logger LOG = LoggerFactory.getLogger(PdfWriter.class);

    private PdfWriter() {
    }

    static byte[] pdf(String xhtml, PdfFonts fonts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.withHtmlContent(xhtml, null);
        builder.useExternalResourceAccessControl((uri, type) -> uri != null && uri.startsWith("data:"),
                ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
        builder.useExternalResourceAccessControl((uri, type) -> uri != null && uri.startsWith("data:"),
                ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
        builder.withDiagnosticConsumer(d -> LOG.debug("openhtmltopdf: {}", d.getFormattedMessage()));
        builder.withProducer("Ecocorridor (openhtmltopdf, PDFBox)");
        fonts.register(builder);
        builder.toStream(out);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the report PDF: " + e.getMessage(), e);
        }
        return out.toByteArray();
    }
}
