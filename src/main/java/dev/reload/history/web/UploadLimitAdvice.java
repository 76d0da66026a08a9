package dev.reload.history.web;

import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * An upload over {@code spring.servlet.multipart.max-file-size} (or {@code max-request-size}): 413
 * problem+json naming the limit under {@code /api/}, and back to the import page with a message
 * elsewhere. The upload is refused while it is read, before any controller sees it.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadLimitAdvice {

    private final String maxFileSize;
    private final String maxRequestSize;

    UploadLimitAdvice(
            @Value("${spring.servlet.multipart.max-file-size:1MB}") String maxFileSize,
            @Value("${spring.servlet.multipart.max-request-size:10MB}") String maxRequestSize) {
        this.maxFileSize = maxFileSize;
        this.maxRequestSize = maxRequestSize;
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
