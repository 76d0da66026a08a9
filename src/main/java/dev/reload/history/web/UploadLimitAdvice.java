package dev.reload.history.web;

import java.io.IOException;
import java.net.URI;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;

import dev.reload.system.io.NoSpace;
import dev.reload.system.web.InvalidFieldException.FieldProblem;
import dev.reload.system.web.ProblemResponses;

/**
 * An upload over {@code spring.servlet.multipart.max-file-size} (or {@code max-request-size}): 413
 * problem+json naming the limit under {@code /api/}, and back to the import page with a message
 * elsewhere. The upload is refused while it is read, before any controller sees it. An upload that
 * cannot be read at all (cut off before its end, or without its closing boundary) is a 400
 * problem+json naming {@code file} under {@code /api/}; elsewhere it goes back to the import page,
 * which says so. An upload that finds the disk for uploads in transit full is a 507 problem+json
 * under {@code /api/} and the import page with a message elsewhere.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadLimitAdvice {

    private static final Logger log = LoggerFactory.getLogger(UploadLimitAdvice.class);

    private final String maxFileSize;
    private final String maxRequestSize;
    private final ProblemResponses problems;
    private final String location;

    UploadLimitAdvice(
            @Value("${spring.servlet.multipart.max-file-size:1MB}") String maxFileSize,
            @Value("${spring.servlet.multipart.max-request-size:10MB}") String maxRequestSize,
            @Value("${spring.servlet.multipart.location:}") String location,
            ProblemResponses problems) {
        this.location = location.isBlank() ? "the server's temporary folder" : location;
        this.problems = problems;
        this.maxFileSize = maxFileSize;
        this.maxRequestSize = maxRequestSize;
    }

    @ExceptionHandler(MultipartException.class)
    ResponseEntity<Object> unreadable(MultipartException ex, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        if (NoSpace.causedBy(ex)) {
            return noSpace(request);
        }
        if (!request.getRequestURI().startsWith("/api/")) {
            return ResponseEntity.status(HttpStatus.SEE_OTHER)
                    .location(URI.create("/history/import?unreadable"))
                    .build();
        }
        problems.writeInvalid(
                response,
                List.of(new FieldProblem(
                        "file", "could not be read: the upload was cut off or is not a complete form, send it again")),
                request.getRequestURI());
        return null;
    }

    /**
     * The disk that holds uploads while they arrive ({@code spring.servlet.multipart.location}, else
     * the server's temporary folder) is full: 507 problem+json under {@code /api/}, the import page
     * with a message elsewhere. Nothing was stored; the rest of the application works on.
     */
    private ResponseEntity<Object> noSpace(HttpServletRequest request) {
        log.error("an upload found no room on the disk of the upload folder ({})", location);
        if (!request.getRequestURI().startsWith("/api/")) {
            return ResponseEntity.status(HttpStatus.SEE_OTHER)
                    .location(URI.create("/history/import?noSpace"))
                    .build();
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.INSUFFICIENT_STORAGE,
                "The server has no disk space left to receive this upload just now, so nothing of it was stored."
                        + " Please try again later.");
        problem.setTitle("No room for the upload");
        return ResponseEntity.status(HttpStatus.INSUFFICIENT_STORAGE)
                .header(HttpHeaders.RETRY_AFTER, "600")
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<Object> tooLarge(MaxUploadSizeExceededException ex, HttpServletRequest request) {
        if (!request.getRequestURI().startsWith("/api/")) {
            return ResponseEntity.status(HttpStatus.SEE_OTHER)
                    .location(URI.create("/history/import?tooLarge"))
                    .build();
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.CONTENT_TOO_LARGE,
                "The upload is larger than the limit: a file may be at most " + maxFileSize
                        + " (a whole request at most " + maxRequestSize + ").");
        problem.setTitle("Upload too large");
        problem.setProperty("limit", maxFileSize);
        return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }
}
