package dev.reload.system.web;

import java.io.IOException;
import java.io.Writer;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.http.HttpStatus;

import dev.reload.system.security.SecurityHeaders;

/**
 * Tomcat's answer to a request it refuses before the application sees it (an address with
 * {@code %2f}, {@code %00} or a broken percent escape, a malformed request line): a short
 * problem+json under {@code /api/}, a short plain page elsewhere, with the security headers, and
 * never Tomcat's own report (which names the server, and may name a Java class). Tomcat makes it by
 * reflection, so it is public; {@link ContainerErrorReportCustomizer} installs it.
 */
public class ContainerErrorReport extends ErrorReportValve {

    static final String PAGE = """
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><title>Reload: that did not work</title></head>
            <body><main><h1>%s</h1><p>%s</p><p><a href="/">Back to the start page</a></p></main></body></html>
            """;

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0) {
            return;
        }
        AtomicBoolean ioAllowed = new AtomicBoolean(true);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get()) {
            return;
        }
        boolean server = status >= 500;
        String title = server ? "Something went wrong on our side" : "Something in the request was not right";
        String detail = server
                ? "Please try again in a moment."
                : "This address or request cannot be read. Please check it and try again.";
        try {
            response.resetBuffer();
            SecurityHeaders.addTo(response);
            String path = request.getRequestURI();
            String body;
            if (path != null && path.startsWith("/api/")) {
                response.setContentType("application/problem+json");
                HttpStatus known = HttpStatus.resolve(status);
                String reason = known == null ? title : known.getReasonPhrase();
                body = "{\"type\":\"about:blank\",\"title\":\"" + reason + "\",\"status\":" + status + ",\"detail\":\""
                        + detail + "\"}";
            } else {
                response.setContentType("text/html");
                body = PAGE.formatted(title, detail);
            }
            response.setCharacterEncoding("UTF-8");
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(body);
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // the client is gone, or the answer was already under way: nothing more can be said
        }
    }
}
