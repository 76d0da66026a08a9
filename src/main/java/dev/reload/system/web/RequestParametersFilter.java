package dev.reload.system.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

import dev.reload.system.security.SecurityHeaders;
import dev.reload.system.web.InvalidFieldException.FieldProblem;

/**
 * Reads the query string and form fields itself, before anything else does. Tomcat fails the whole
 * request on a parameter without a name ({@code ?=x}, {@code ?a=1&=2}, a form posting {@code =x});
 * here such a parameter is ignored. A name or value holding the NUL character (which PostgreSQL
 * cannot store) or an unreadable percent escape is refused with a 400 naming the parameter:
 * problem+json under {@code /api/}, the friendly error page elsewhere. Uploads (multipart) are
 * left to the servlet container.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20) // after the character encoding filter, before security
class RequestParametersFilter extends OncePerRequestFilter {

    /** The request attribute that carries the refused parameter to the error page. */
    static final String REFUSED_PARAMETER = RequestParametersFilter.class.getName() + ".refused";

    static final String NUL_PROBLEM = NulCharacterException.MESSAGE;
    static final String UNREADABLE_PROBLEM = "has a percent sign that is not followed by two hexadecimal digits";

    /** As many parameters as Tomcat accepts by default. */
    private static final int MAX_PARAMETERS = 1000;

    private final long maxFormBytes;
    private final ProblemResponses problems;

    RequestParametersFilter(
            @Value("${server.tomcat.max-http-form-post-size:2MB}") DataSize maxFormBytes, ProblemResponses problems) {
        this.maxFormBytes = maxFormBytes.toBytes();
        this.problems = problems;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return request.getQueryString() == null && !isFormPost(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (isMultipart(request)) {
            chain.doFilter(request, response);
            return;
        }
        byte[] body = null;
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        try {
            parse(request.getQueryString(), StandardCharsets.UTF_8, parameters);
            if (isFormPost(request)) {
                body = request.getInputStream().readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxFormBytes + 1));
                if (body.length > maxFormBytes) {
                    refuse(request, response, HttpStatus.CONTENT_TOO_LARGE, null, null);
                    return;
                }
                parse(new String(body, charset(request)), charset(request), parameters);
            }
        } catch (RefusedParameter refused) {
            refuse(request, response, HttpStatus.BAD_REQUEST, refused.name, refused.problem);
            return;
        }
        chain.doFilter(new ParsedParameters(request, parameters, body), response);
    }

    private void refuse(
            HttpServletRequest request, HttpServletResponse response, HttpStatus status, String name, String problem)
            throws IOException {
        SecurityHeaders.addTo(response); // this filter runs before the security filters add them
        if (!request.getRequestURI().startsWith("/api/")) {
            if (name != null) {
                request.setAttribute(REFUSED_PARAMETER, FormErrors.sentence(name, problem));
            }
            response.sendError(status.value());
            return;
        }
        if (name == null) {
            problems.write(response, status, "The form is too large to read.", request.getRequestURI());
            return;
        }
        problems.writeInvalid(response, List.of(new FieldProblem(name, problem)), request.getRequestURI());
    }

    private static boolean isFormPost(HttpServletRequest request) {
        String type = request.getContentType();
        return "POST".equals(request.getMethod())
                && type != null
                && type.toLowerCase(Locale.ROOT).startsWith(MediaType.APPLICATION_FORM_URLENCODED_VALUE);
    }

    private static boolean isMultipart(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/");
    }

    private static Charset charset(HttpServletRequest request) {
        String encoding = request.getCharacterEncoding();
        try {
            return encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
        } catch (IllegalArgumentException unknown) {
            return StandardCharsets.UTF_8;
        }
    }

    /** {@code a=1&b=2&=ignored&flag}, percent-decoded in {@code charset}, into {@code parameters}. */
    static void parse(String encoded, Charset charset, Map<String, List<String>> parameters) {
        if (encoded == null || encoded.isEmpty()) {
            return;
        }
        int count = parameters.values().stream().mapToInt(List::size).sum();
        for (String pair : encoded.split("&")) {
            int equals = pair.indexOf('=');
            String rawName = equals < 0 ? pair : pair.substring(0, equals);
            if (rawName.isEmpty()) {
                continue; // no name: nothing can ask for it
            }
            String name = decode(rawName, charset, null);
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1), charset, name);
            if (name.indexOf('\0') >= 0) {
                throw new RefusedParameter(Echo.of(name.replace("\0", "")), NUL_PROBLEM);
            }
            if (value.indexOf('\0') >= 0) {
                throw new RefusedParameter(name, NUL_PROBLEM);
            }
            if (++count > MAX_PARAMETERS) {
                throw new RefusedParameter("parameters", "are too many");
            }
            parameters.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
        }
    }

    private static String decode(String raw, Charset charset, String name) {
        try {
            return URLDecoder.decode(raw, charset);
        } catch (IllegalArgumentException bad) {
            throw new RefusedParameter(name == null ? "parameter name" : Echo.of(name), UNREADABLE_PROBLEM);
        }
    }

    private static final class RefusedParameter extends RuntimeException {

        private final String name;
        private final String problem;

        RefusedParameter(String name, String problem) {
            super(name + " " + problem, null, false, false);
            this.name = name;
            this.problem = problem;
        }
    }

    /** The request with the parameters read here, and its body (if it was read) to read again. */
    private static final class ParsedParameters extends HttpServletRequestWrapper {

        private final Map<String, String[]> parameters;
        private final byte[] body;

        ParsedParameters(HttpServletRequest request, Map<String, List<String>> parameters, byte[] body) {
            super(request);
            Map<String, String[]> copy = new LinkedHashMap<>();
            parameters.forEach((name, values) -> copy.put(name, values.toArray(String[]::new)));
            this.parameters = Collections.unmodifiableMap(copy);
            this.body = body;
        }

        @Override
        public String getParameter(String name) {
            String[] values = parameters.get(name);
            return values == null ? null : values[0];
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return parameters;
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.enumeration(parameters.keySet());
        }

        @Override
        public String[] getParameterValues(String name) {
            String[] values = parameters.get(name);
            return values == null ? null : values.clone();
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (body == null) {
                return super.getInputStream();
            }
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] buffer, int offset, int length) {
                    return in.read(buffer, offset, length);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("the body was already read");
                }
            };
        }
    }
}
