package dev.reload.system.faults;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.Function;

import com.jayway.jsonpath.JsonPath;

import static org.assertj.core.api.Assertions.assertThat;

/** The few HTTP calls the fault drills make, against an application at {@code base}. */
final class FaultHttp {

    static final String PASSWORD = "amber-tundra-whistle";

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
        String email = prefix + "-" + System.nanoTime() + "@example.org";
        HttpResponse<String> made = send("POST", "/api/v1/accounts", null, """
                {"email":"%s","password":"%s","displayName":"Fault"}""".formatted(email, PASSWORD));
        assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
        HttpResponse<String> token = send("POST", "/api/v1/tokens", null, """
                {"email":"%s","password":"%s"}""".formatted(email, PASSWORD));
        assertThat(token.statusCode()).as(token.body()).isEqualTo(200);
        return JsonPath.read(token.body(), "$.token");
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
