package dev.reload.history.web;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import dev.reload.support.ApiAccounts;
import dev.reload.support.ApiContract;
import dev.reload.support.ApplicationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** An upload over the limit (here 64KB) answers 413 problem+json naming the limit, on a real server. */
@ApplicationTest
@TestPropertySource(
        properties = {"spring.servlet.multipart.max-file-size=64KB", "spring.servlet.multipart.max-request-size=64KB"})
class ImportLimitIntegrationTests {

    @Autowired
    private MockMvc mvc;

    @LocalServerPort
    private int port;

    @Autowired
    private ApiContract contract;

    @Test
    void anUploadOverTheLimitAnswers413NamingTheLimit() throws Exception {
        String token = ApiAccounts.newToken(mvc);
        String boundary = "----reload" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.fit\"\r\n"
                        + "Content-Type: application/octet-stream\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        body.write(new byte[200 * 1024]);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        HttpRequest upload = HttpRequest.newBuilder()
                .uri(URI.create("http://localhost:" + port + "/api/v1/imports"))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(upload, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(413);
        // the body is binary: the answer is validated, the multipart request is not
        contract.checkAnswer(upload, response);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat((String) JsonPath.read(response.body(), "$.detail")).contains("64KB");
    }
}
