package dev.reload.support;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The JSON API of a {@link StandaloneApplication} over real HTTP, each answer checked for its status,
 * every request with the same {@code X-Request-Id}.
 */
public final class HttpApi {

    private final HttpClient http = HttpClient.newHttpClient();
    private final StandaloneApplication app;
    private final String requestId;

    public HttpApi(StandaloneApplication app, String requestId) {
        this.app = app;
        this.requestId = requestId;
    }

    /** Sends {@code json} (or nothing) as {@code token}'s (or no one's) and checks the status and the echoed request id. */
    public HttpResponse<String> send(String method, String path, String token, String json, int status)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(app.uri(path))
                .header("X-Request-Id", requestId)
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
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode())
                .as(method + " " + path + ": " + response.body())
                .isEqualTo(status);
        assertThat(response.headers().firstValue("X-Request-Id")).hasValue(requestId);
        return response;
    }

    /** Registers {@code email} with {@link ApiAccounts#PASSWORD} and {@code displayName}. */
    public void register(String email, String displayName) throws Exception {
        send("POST", "/api/v1/accounts", null, """
                {"email":"%s","password":"%s","displayName":"%s"}""".formatted(email, ApiAccounts.PASSWORD, displayName), 201);
    }

    /** A new API token of {@code email}'s. */
    public String token(String email) throws Exception {
        return JsonPath.read(
                send("POST", "/api/v1/tokens", null, """
                        {"email":"%s","password":"%s"}""".formatted(email, ApiAccounts.PASSWORD), 200)
                        .body(),
                "$.token");
    }

    /** Uploads {@code content} as {@code name} for import; answers the import's id. */
    public long upload(String token, String name, byte[] content) throws Exception {
        String boundary = "b" + UUID.randomUUID();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
                        + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + content.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(content, 0, body, head.length, content.length);
        System.arraycopy(tail, 0, body, head.length + content.length, tail.length);
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(app.uri("/api/v1/imports"))
                        .header("X-Request-Id", requestId)
                        .header("Authorization", "Bearer " + token)
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        return ((Number) JsonPath.read(response.body(), "$.id")).longValue();
    }

    /** Waits (at most 30 s) for the import to end; answers its status. */
    public String awaitImport(String token, long id) throws Exception {
        long until = System.currentTimeMillis() + 30_000;
        String status = "";
        while (System.currentTimeMillis() < until) {
            status = JsonPath.read(
                    send("GET", "/api/v1/imports/" + id, token, null, 200).body(), "$.status");
            if (status.equals("DONE") || status.equals("FAILED")) {
                return status;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("import " + id + " did not end: " + status);
    }
}
