package org.ecocorridor.server.error;

import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import org.ecocorridor.ogc.exception.ExceptionCodes;
import org.ecocorridor.ogc.exception.ExceptionReportWriter;
import org.ecocorridor.ogc.exception.OgcException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Renders OGC service errors as the exception report of the request's version (OWS 1.1
 * ExceptionReport for WFS 2.0, OWS 1.0 for WFS 1.1) with the HTTP status of the exception code.
 * Unexpected failures of the OGC endpoints become NoApplicableCode (500), logged once here; if the
 * response was already committed (an error while streaming) nothing more can be sent.
 */
@RestControllerAdvice(basePackages = "org.ecocorridor.server.ows")
class OwsExceptionHandler {
    private static final Logger LOG = LoggerFactory.getLogger(OwsExceptionHandler.class);

    @ExceptionHandler(OwsFailure.class)
    ResponseEntity<byte[]> ows(OwsFailure failure) {
        ExceptionReportWriter.Format format = ExceptionReportWriter.Format.OWS_1_1;
        String version = "2.0.0";
        if (failure.request() != null && failure.service() != null) {
            format = failure.service().exceptionFormat(failure.request());
            version = failure.service().exceptionVersion(failure.request());
        }
        return report(failure.exception(), format, version);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<byte[]> unexpected(Exception e, HttpServletResponse response) {
        LOG.error("Unexpected error in an OGC service", e);
        if (response.isCommitted()) {
            return null;
        }
        return report(new OgcException(ExceptionCodes.NO_APPLICABLE_CODE, null,
                "The server failed to complete the request; the administrator can find details in the log.", 500),
                ExceptionReportWriter.Format.OWS_1_1, "2.0.0");
    }

    private static ResponseEntity<byte[]> report(OgcException e, ExceptionReportWriter.Format format, String version) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExceptionReportWriter.write(e, format, version, out);
        ResponseEntity.BodyBuilder answer = ResponseEntity.status(e.httpStatus())
                .contentType(MediaType.parseMediaType(ExceptionReportWriter.contentType()));
        e.responseHeaders().forEach(answer::header);
        if (e.httpStatus() == 401) {
            answer.header("WWW-Authenticate", "Basic realm=\"Ecocorridor\""); // lets QGIS ask for credentials
        }
        return answer.body(out.toByteArray());
    }
}
