package dev.reload.system.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;

import dev.reload.system.web.InvalidFieldException.FieldProblem;

/**
 * Every error of the JSON API as {@code application/problem+json} (RFC 9457), with
 * {@code errors: [{field, message}]} naming each bad field of a rejected request.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    private final JsonBodyLimit bodyLimit;

    ApiExceptionHandler(@Value(JsonBodyLimit.SETTING) DataSize maxBodyBytes) {
        this.bodyLimit = new JsonBodyLimit(maxBodyBytes);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldProblem> problems = new ArrayList<>();
        for (FieldError error : ex.getBindingResult().getFieldErrors()) {
            problems.add(new FieldProblem(error.getField(), error.getDefaultMessage()));
        }
        ex.getBindingResult()
                .getGlobalErrors()
                .forEach(error -> problems.add(new FieldProblem(error.getObjectName(), error.getDefaultMessage())));
        return handleExceptionInternal(ex, invalid(problems), headers, HttpStatus.BAD_REQUEST, request);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(
            HandlerMethodValidationException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldProblem> problems = ex.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream()
                        .map(error -> new FieldProblem(
                                result.getMethodParameter().getParameterName(), error.getDefaultMessage())))
                .toList();
        return handleExceptionInternal(ex, invalid(problems), headers, HttpStatus.BAD_REQUEST, request);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (causedBy(ex, RequestBodyTooLargeException.class)) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE, bodyLimit.detail());
            return handleExceptionInternal(ex, problem, headers, HttpStatus.CONTENT_TOO_LARGE, request);
        }
        return handleExceptionInternal(ex, invalid(List.of(unreadable(ex))), headers, HttpStatus.BAD_REQUEST, request);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Object> typeMismatch(MethodArgumentTypeMismatchException ex, WebRequest request) {
        String expected = ex.getRequiredType() == null ? "value" : describe(ex.getRequiredType());
        return handleExceptionInternal(
                ex,
                invalid(List.of(new FieldProblem(ex.getName(), "must be " + expected))),
                new HttpHeaders(),
                HttpStatus.BAD_REQUEST,
                request);
    }

    @ExceptionHandler(InvalidFieldException.class)
    ResponseEntity<Object> invalidField(InvalidFieldException ex, WebRequest request) {
        return handleExceptionInternal(ex, invalid(ex.problems()), new HttpHeaders(), HttpStatus.BAD_REQUEST, request);
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<Object> notFound(NotFoundException ex, WebRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, ex.getMessage());
        if (!ex.problems().isEmpty()) {
            problem.setProperty("errors", ex.problems());
        }
        return handleExceptionInternal(ex, problem, new HttpHeaders(), HttpStatus.NOT_FOUND, request);
    }

    @ExceptionHandler(ConflictException.class)
    ResponseEntity<Object> conflict(ConflictException ex, WebRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, ex.getMessage());
        return handleExceptionInternal(ex, problem, new HttpHeaders(), HttpStatus.CONFLICT, request);
    }

    @ExceptionHandler(TooManyRequestsException.class)
    ResponseEntity<Object> tooMany(TooManyRequestsException ex, WebRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS, ex.getMessage());
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.RETRY_AFTER, Long.toString(ex.retryAfter().toSeconds()));
        return handleExceptionInternal(ex, problem, headers, HttpStatus.TOO_MANY_REQUESTS, request);
    }

    @ExceptionHandler(UnavailableException.class)
    ResponseEntity<Object> unavailable(UnavailableException ex, WebRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, ex.getMessage());
        return handleExceptionInternal(ex, problem, new HttpHeaders(), HttpStatus.SERVICE_UNAVAILABLE, request);
    }

    /**
     * The database cannot be reached (stopped, restarting, or no connection within the pool's
     * timeout): 503 with {@code Retry-After}, in plain words, since the request itself was fine.
     */
    ResponseEntity<Object> databaseUnavailable(Exception ex, WebRequest request) {
        log.warn(
                "the database could not be reached on {} ({}); answered 503",
                request.getDescription(false),
                ex.getClass().getSimpleName());
        ProblemDetail problem =
                ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, DatabaseUnavailable.DETAIL);
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.RETRY_AFTER, Long.toString(DatabaseUnavailable.RETRY_AFTER.toSeconds()));
        return handleExceptionInternal(ex, problem, headers, HttpStatus.SERVICE_UNAVAILABLE, request);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception ex, WebRequest request) {
        if (DatabaseUnavailable.causedBy(ex)) {
            return databaseUnavailable(ex, request);
        }
        log.error("Unexpected error on {}", request.getDescription(false), ex);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.INTERNAL_SERVER_ERROR,
                "Something went wrong on our side. Nothing you sent was stored; please try again later.");
        return handleExceptionInternal(ex, problem, new HttpHeaders(), HttpStatus.INTERNAL_SERVER_ERROR, request);
    }

    static ProblemDetail invalid(List<FieldProblem> problems) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.BAD_REQUEST,
                problems.stream().map(p -> p.field() + " " + p.message()).collect(Collectors.joining("; ")));
        problem.setTitle("Invalid request");
        problem.setProperty("errors", problems);
        return problem;
    }

    /** Names the field of a JSON body that could not be read, and says what was wrong with it. */
    static FieldProblem unreadable(HttpMessageNotReadableException ex) {
        JacksonException jackson = null;
        for (Throwable cause = ex.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            if (cause instanceof JacksonException found) {
                jackson = found; // the outermost one carries the JSON path of the bad value
                break;
            }
        }
        if (jackson == null) {
            return new FieldProblem("body", "is missing or is not JSON");
        }
        Throwable cause = jackson;
        String field = path(jackson.getPath());
        if (cause instanceof StreamConstraintsException) {
            return new FieldProblem(field.isEmpty() ? "body" : field, "is too long or too deeply nested to read");
        }
        if (field.isEmpty()) {
            return new FieldProblem("body", "is not valid JSON" + plain(jackson.getOriginalMessage()));
        }
        if (cause instanceof NulCharacterException) {
            return new FieldProblem(field, NulCharacterException.MESSAGE);
        }
        if (outOfRange(jackson)) {
            // a whole number beyond what any field takes: say so without naming Java's limits
            return new FieldProblem(field, "is far too large or too small a number: see the field's limits");
        }
        if (cause instanceof InvalidFormatException format && format.getTargetType() != null) {
            return new FieldProblem(
                    field, "must be " + describe(format.getTargetType()) + ", got " + Echo.of(format.getValue()));
        }
        String original = jackson.getOriginalMessage();
        if (original != null && original.startsWith("Missing required creator property")) {
            return new FieldProblem(field, "is required");
        }
        if (cause instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            return new FieldProblem(field, "must be " + describe(mismatch.getTargetType()));
        }
        return new FieldProblem(field, "has a value that cannot be read" + plain(jackson.getOriginalMessage()));
    }

    private static boolean causedBy(Throwable ex, Class<? extends Throwable> type) {
        for (Throwable cause = ex; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The parser's own words after a colon, when they are short and plain ("Unexpected end-of-input"),
     * or nothing: messages that quote Java types (in backquotes) or run long are left out.
     */
    private static String plain(String message) {
        String line = firstLine(message);
        if (line.isBlank() || line.contains("`") || line.contains("java.") || line.length() > 160) {
            return "";
        }
        return ": " + line;
    }

    /** True when the value was a number too large (or small) for any Java number the field could hold. */
    private static boolean outOfRange(JacksonException jackson) {
        for (Throwable cause = jackson; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof InputCoercionException) {
                return true;
            }
        }
        return false;
    }

    private static String path(List<JacksonException.Reference> path) {
        StringBuilder field = new StringBuilder();
        for (JacksonException.Reference reference : path) {
            if (reference.getPropertyName() != null) {
                if (!field.isEmpty()) {
                    field.append('.');
                }
                field.append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                field.append('[').append(reference.getIndex()).append(']');
            }
        }
        return field.toString();
    }

    private static String describe(Class<?> type) {
        if (type.isEnum()) {
            return "one of "
                    + Arrays.stream(type.getEnumConstants())
                            .map(Object::toString)
                            .collect(Collectors.joining(", "));
        }
        return switch (type.getSimpleName()) {
            case "int", "Integer", "long", "Long", "short", "Short" -> "a whole number";
            case "double", "Double", "float", "Float", "BigDecimal" -> "a number";
            case "boolean", "Boolean" -> "true or false";
            case "LocalDate" -> "a date as YYYY-MM-DD";
            case "Instant", "OffsetDateTime", "LocalDateTime" -> "a date and time (ISO 8601)";
            case "String" -> "a string";
            case "List", "Set", "Collection" -> "a list";
            default -> "an object";
        };
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
