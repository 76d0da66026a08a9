package dev.reload.system.web;

import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;
import tools.jackson.databind.json.JsonMapper;

import dev.reload.system.io.NoSpace;
import dev.reload.system.security.SecurityHeaders;

/**
 * Where the servlet container sends every error that no controller answered: unknown addresses,
 * refusals from filters, and failures. The API gets problem+json; people get a friendly page.
 * Neither ever shows a stack trace or an exception message.
 */
@Controller
class ErrorPagesController implements ErrorController {

    static final String VIEW = "error/page";

    static final String NO_SPACE = "The server has no disk space left to receive this upload just now, so nothing of"
            + " it was stored. Please try again later.";

    private final JsonMapper json;

    ErrorPagesController(JsonMapper json) {
        this.json = json;
    }

    @RequestMapping("/error")
    ModelAndView error(HttpServletRequest request, HttpServletResponse response) {
        SecurityHeaders.addTo(response); // also where no filter chain ran (a refused address)
        // the database could not be reached: 503 (in a running server DatabaseUnavailableErrorFilter
        // answers such an error dispatch before the session is read again; this is where it is not in the chain)
        boolean database = statusOf(request).is5xxServerError()
                && DatabaseUnavailable.causedBy((Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION));
        // an upload that found the disk full while Tomcat read it for a filter (the CSRF token of a form): 507
        boolean noSpace =
                !database && NoSpace.causedBy((Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION));
        HttpStatus status = database
                ? HttpStatus.SERVICE_UNAVAILABLE
                : noSpace ? HttpStatus.INSUFFICIENT_STORAGE : statusOf(request);
        if (database) {
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(DatabaseUnavailable.RETRY_AFTER.toSeconds()));
        }
        String path = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (wantsProblemJson(request, path)) {
            Map<String, Object> body = ProblemResponses.body(
                    status,
                    database ? DatabaseUnavailable.DETAIL : noSpace ? NO_SPACE : detailFor(status),
                    path == null ? null : Echo.of(path));
            return new ModelAndView((model, req, res) -> {
                res.setStatus(status.value());
                res.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
                res.setCharacterEncoding("UTF-8");
                json.writeValue(res.getOutputStream(), body);
            });
        }
        ModelAndView page = new ModelAndView(VIEW, status);
        page.addObject("status", status.value());
        String key = database ? "database" : noSpace ? "noSpace" : messageKey(status);
        page.addObject("titleKey", "error." + key + ".title");
        page.addObject("messageKey", "error." + key + ".message");
        page.addObject("refused", request.getAttribute(RequestParametersFilter.REFUSED_PARAMETER));
        return page;
    }

    private static boolean wantsProblemJson(HttpServletRequest request, String path) {
        if (path != null && path.startsWith("/api/")) {
            return true;
        }
        String accept = request.getHeader("Accept");
        return accept != null && !accept.contains("text/html") && accept.contains("json");
    }

    private static HttpStatus statusOf(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer value ? HttpStatus.resolve(value) : null;
        return status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status;
    }

    private static String messageKey(HttpStatus status) {
        return switch (status) {
            case NOT_FOUND, FORBIDDEN, TOO_MANY_REQUESTS, PAYLOAD_TOO_LARGE, BAD_REQUEST, METHOD_NOT_ALLOWED ->
                Integer.toString(status.value());
            default -> status.is5xxServerError() ? "500" : "other";
        };
    }

    private static String detailFor(HttpStatus status) {
        return switch (status) {
            case NOT_FOUND -> "There is nothing at this address.";
            case BAD_REQUEST -> "The request could not be read: check it and send it again.";
            case METHOD_NOT_ALLOWED -> "This address does not accept that method.";
            case TOO_MANY_REQUESTS -> "Too many attempts. Wait a few minutes, then try again.";
            case PAYLOAD_TOO_LARGE -> "The upload is larger than this server accepts.";
            case UNAUTHORIZED -> "Sign in first.";
            case FORBIDDEN -> "Your account may not do this.";
            default ->
                status.is5xxServerError()
                        ? "Something went wrong on our side. Nothing you sent was stored; please try again later."
                        : status.getReasonPhrase();
        };
    }
}
