package dev.reload.system;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import dev.reload.support.ApplicationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Headers and cookies for production, over real HTTP: every answer says which browser features
 * and openers it allows; behind a TLS proxy (X-Forwarded-Proto from a private address) the session
 * cookie is Secure and HSTS is sent, and over plain HTTP neither; a forged Host header never ends up
 * in a redirect.
 */
@ApplicationTest
class ProductionHeadersIntegrationTests {

    @LocalServerPort
    private int port;

    @Test
    void everyAnswerLimitsBrowserFeaturesAndOpeners() throws IOException {
        for (String path : List.of("/", "/login", "/library", "/css/app.css", "/api/v1/account", "/no-such-page")) {
            String answer = request(path, List.of());
            assertThat(header(answer, "Permissions-Policy")).as(path).contains("camera=()", "geolocation=()");
            assertThat(header(answer, "Cross-Origin-Opener-Policy")).as(path).isEqualTo("same-origin");
        }
    }

    @Test
    void behindATlsProxyTheSessionCookieIsSecureAndHstsIsSent() throws IOException {
        String proxied = request("/register", List.of("X-Forwarded-Proto: https", "X-Forwarded-For: 203.0.113.9"));
        assertThat(header(proxied, "Strict-Transport-Security")).contains("max-age=31536000", "includeSubDomains");
        assertThat(header(proxied, "Set-Cookie")).startsWith("RELOAD_SESSION=").contains("Secure", "HttpOnly");

        String plain = request("/register", List.of());
        assertThat(header(plain, "Strict-Transport-Security")).isNull();
        assertThat(header(plain, "Set-Cookie")).startsWith("RELOAD_SESSION=").doesNotContain("Secure");
    }

    @Test
    void aForgedHostHeaderNeverEndsUpInARedirect() throws IOException {
        String answer = request("/account", List.of(), "evil.example");
        assertThat(answer).startsWith("HTTP/1.1 302");
        assertThat(header(answer, "Location")).isEqualTo("/login").doesNotContain("evil");
    }

    private String request(String path, List<String> headers) throws IOException {
        return request(path, headers, "localhost:" + port);
    }

    /** One request on a raw connection, so that any Host header can be sent; answers the head. */
    private String request(String path, List<String> headers, String host) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(30_000);
            StringBuilder head = new StringBuilder("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\n");
            for (String header : headers) {
                head.append(header).append("\r\n");
            }
            head.append("Accept: text/html\r\nConnection: close\r\n\r\n");
            OutputStream out = socket.getOutputStream();
            out.write(head.toString().getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            String answer = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
            int end = answer.indexOf("\r\n\r\n");
            return end < 0 ? answer : answer.substring(0, end);
        }
    }

    private static String header(String head, String name) {
        for (String line : head.split("\r\n")) {
            int colon = line.indexOf(':');
            if (colon > 0 && line.substring(0, colon).equalsIgnoreCase(name)) {
                return line.substring(colon + 1).strip();
            }
        }
        return null;
    }
}
