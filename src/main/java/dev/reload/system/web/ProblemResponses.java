package dev.reload.system.web;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import dev.reload.system.web.InvalidFieldException.FieldProblem;

/**
 * Writes an RFC 9457 problem straight to a servlet response, for the places that run before or
 * outside Spring MVC (security filters, the error page). Its shape matches what Spring MVC writes
 * for a {@link org.springframework.http.ProblemDetail}.
 */
@Component
public class ProblemResponses {

    private final JsonMapper json;

    public ProblemResponses(JsonMapper json) {
        this.json = json;
    }

    public void write(HttpServletResponse response, HttpStatus status, String detail, String instance)
            throws IOException {
        send(response, status, body(status, detail, instance));
    }

    /** A 400 naming each bad field, in the shape {@link ApiExceptionHandler} gives it. */
    public void writeInvalid(HttpServletResponse response, List<FieldProblem> fields, String instance)
            throws IOException {
        ProblemDetail invalid = ApiExceptionHandler.invalid(fields);
        Map<String, Object> body = body(HttpStatus.BAD_REQUEST, invalid.getDetail(), instance);
        body.put("title", invalid.getTitle());
        body.put("errors", fields);
        send(response, HttpStatus.BAD_REQUEST, body);
    }

    private void send(HttpServletResponse response, HttpStatus status, Map<String, Object> body) throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), body);
    }

    public static Map<String, Object> body(HttpStatus status, String detail, String instance) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "about:blank");
        body.put("title", status.getReasonPhrase());
        body.put("status", status.value());
        body.put("detail", detail);
        if (instance != null) {
            body.put("instance", instance);
        }
        return body;
    }
}
