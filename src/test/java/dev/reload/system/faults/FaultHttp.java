package dev.reload.system.faults;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.jayway.jsonpath.JsonPath;

import static org.assertj.core.api.Assertions.assertThat;

/** The few HTTP calls the fault drills make, against an application at {@code base}. */
final class FaultHttp {

    static final String PASSWORD = "amber-tundra-whistle";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(3))
            .build();
    private final Function<String, URI> base;

    FaultHttp(Function<String, URI> base) {
        this.base = base;
    }

    HttpResponse<String> send(String method, String path, String token, String json)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.apply(path))
                .timeout(Duration.ofSeconds(30))
                .method(
                        method,
                        json == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> get(String path, String token, String accept, String cookie)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.apply(path))
                .timeout(Duration.ofSeconds(30))
                .header("Accept", accept);
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A new account and its API token. */
    String account(String prefix) throws Exception {
        return account(prefix, prefix + "-" + System.nanoTime() + "@example.org");
    }

    /** A new account of {@code email}, and its API token. */
    String account(String prefix, String email) throws Exception {
        HttpResponse<String> made = send("POST", "/api/v1/accounts", null, """
                {"email":"%s","password":"%s","displayName":"Fault"}""".formatted(email, PASSWORD));
        assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
        HttpResponse<String> token = send("POST", "/api/v1/tokens", null, """
                {"email":"%s","password":"%s"}""".formatted(email, PASSWORD));
        assertThat(token.statusCode()).as(token.body()).isEqualTo(200);
        return JsonPath.read(token.body(), "$.token");
    }

    /** Signs {@code email} in on the login form; answers the page session's cookie. */
    String signIn(String email) throws Exception {
        HttpResponse<String> form = get("/login", null, "text/html", null);
        String body = "_csrf=" + URLEncoder.encode(csrf(form.body()), StandardCharsets.UTF_8) + "&email="
                + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8);
        HttpRequest.Builder post = HttpRequest.newBuilder(base.apply("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        cookie(form).ifPresent(c -> post.header("Cookie", c));
        HttpResponse<String> signedIn = http.send(post.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.statusCode()).isEqualTo(302);
        return cookie(signedIn).orElseThrow();
    }

    /** The CSRF token of a page's form. */
    static String csrf(String page) {
        Matcher token = CSRF.matcher(page);
        assertThat(token.find()).as("a CSRF token on the page").isTrue();
        return token.group(1);
    }

    static Optional<String> cookie(HttpResponse<String> answer) {
        return answer.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("RELOAD_SESSION="))
                .map(c -> c.substring(0, c.indexOf(';')))
                .reduce((first, second) -> second);
    }

    /** Uploads {@code content} as {@code name} with the import page's form, as {@code cookie}'s page session. */
    HttpResponse<String> uploadOnThePage(String cookie, String name, byte[] content) throws Exception {
        String token = csrf(get("/history/import", null, "text/html", cookie).body());
        String boundary = "----fault" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + token + "\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
                        + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        body.write(content);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        return http.send(
                HttpRequest.newBuilder(base.apply("/history/import"))
                        .timeout(Duration.ofSeconds(60))
                        .header("Cookie", cookie)
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Uploads {@code content} as {@code name}; answers the whole answer. */
    HttpResponse<String> upload(String token, String name, byte[] content) throws IOException, InterruptedException {
        String boundary = "----fault" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
                        + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        body.write(content);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        return http.send(
                HttpRequest.newBuilder(base.apply("/api/v1/imports"))
                        .timeout(Duration.ofSeconds(60))
                        .header("Authorization", "Bearer " + token)
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** The import's progress once it has ended (at most {@code within}). */
    String finished(String token, long id, Duration within) throws Exception {
        long until = System.nanoTime() + within.toNanos();
        String progress = "";
        while (System.nanoTime() < until) {
            HttpResponse<String> answer = send("GET", "/api/v1/imports/" + id, token, null);
            progress = answer.body();
            if (answer.statusCode() == 200) {
                String status = JsonPath.read(progress, "$.status");
                if (status.equals("DONE") || status.equals("FAILED")) {
                    return progress;
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("import " + id + " did not end within " + within + ": " + progress);
    }
}
