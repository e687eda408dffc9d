package org.ecocorridor.server.error;

import java.net.URI;
import java.util.NoSuchElementException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

/**
 * Turns REST errors into RFC 9457 problem+json bodies: the client sees what was wrong and which
 * field, never a stack trace. Unexpected failures are logged once here with their stack trace and
 * answered 500 with a neutral message.
 */
@RestControllerAdvice(basePackages = {"org.ecocorridor.server.api", "org.ecocorridor.server.jobs"})
class ApiExceptionHandler {
    private static final Logger LOG = LoggerFactory.getLogger(ApiExceptionHandler.class);

    @ExceptionHandler(ApiException.class)
    ProblemDetail api(ApiException e) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(e.status(), e.getMessage());
        p.setTitle(e.title());
        // Types defined by a standard (e.g. OGC API - Processes exceptions) are absolute URIs already.
        p.setType(URI.create(e.type().contains("://") ? e.type() : "https://ecocorridor.org/problems/" + e.type()));
        if (e.field() != null) {
            p.setProperty("field", e.field());
        }
        e.details().forEach(p::setProperty);
        return p;
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail badArgument(IllegalArgumentException e) {
        return problem(HttpStatus.BAD_REQUEST, "Invalid request", e.getMessage());
    }

    @ExceptionHandler(NoSuchElementException.class)
    ProblemDetail notFound(NoSuchElementException e) {
        return problem(HttpStatus.NOT_FOUND, "Not found", e.getMessage());
    }

    @ExceptionHandler(MissingServletRequestPartException.class)
    ProblemDetail missingPart(MissingServletRequestPartException e) {
        ProblemDetail p = problem(HttpStatus.BAD_REQUEST, "Missing file",
                "The multipart request has no part named \"" + e.getRequestPartName() + "\"");
        p.setProperty("field", e.getRequestPartName());
        return p;
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ProblemDetail missingParameter(MissingServletRequestParameterException e) {
        ProblemDetail p = problem(HttpStatus.BAD_REQUEST, "Missing parameter",
                "Required parameter \"" + e.getParameterName() + "\" is missing");
        p.setProperty("field", e.getParameterName());
        return p;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ProblemDetail tooLarge(MaxUploadSizeExceededException e) {
        return problem(HttpStatus.CONTENT_TOO_LARGE, "File too large", e.getMessage());
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException e) {
        ProblemDetail p = problem(HttpStatus.BAD_REQUEST, "Unreadable request body", e.getMostSpecificCause().getMessage());
        p.setProperty("field", "body");
        return p;
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e) {
        if (e instanceof ErrorResponse standard) {
            // Spring MVC's own 4xx (wrong method, unacceptable media type...): their status and detail.
            return standard.getBody();
        }
        LOG.error("Unexpected error in REST API", e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "Internal error",
                "The server failed to complete the request; the administrator can find details in the log.");
    }

    private static ProblemDetail problem(HttpStatus status, String title, String detail) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(status, detail);
        p.setTitle(title);
        return p;
    }
}
