package dev.reload.system;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import dev.reload.support.ApiContract;
import dev.reload.support.ApplicationTest;
import dev.reload.support.FailingEndpoints;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every visitor and every program gets, checked over real HTTP against a running server. The
 * page and the API call that fail on purpose are {@link FailingEndpoints}.
 */
@ApplicationTest
class WebSafetyIntegrationTests {

    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @LocalServerPort
    private int port;

    @Autowired
    private ApiContract contract;

    @ParameterizedTest(name = "{0} carries the security headers")
    @ValueSource(
            strings = {
                "/",
                "/login",
                "/register",
                "/css/app.css",
                "/no-such-page",
                "/api/v1/no-such-thing",
                "/api/v1/account",
                "/actuator/health",
                "/account",
                "/test/failing-page"
            })
    void everyResponseCarriesTheSecurityHeaders(String path) throws Exception {
        HttpResponse<String> response = get(path, "text/html");
        assertThat(response.headers().firstValue("Content-Security-Policy"))
                .hasValueSatisfying(csp -> assertThat(csp)
                        .contains("default-src 'self'", "script-src 'self'", "frame-ancestors 'none'")
                        .doesNotContain("unsafe-inline", "unsafe-eval"));
        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("strict-origin-when-cross-origin");
        assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("DENY");
    }

    @Test
    void pagesUseNoInlineScript() throws Exception {
        for (String path : new String[] {"/", "/login", "/register", "/no-such-page"}) {
            String page = get(path, "text/html").body();
            assertThat(page)
                    .as(path)
                    .doesNotContainPattern("<script(?![^>]*\\bsrc=)[^>]*>")
                    .doesNotContain("onclick=");
        }
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteLax() throws Exception {
        HttpResponse<String> response = get("/register", "text/html");
        assertThat(response.headers().allValues("Set-Cookie"))
                .anySatisfy(cookie ->
                        assertThat(cookie).startsWith("RELOAD_SESSION=").contains("HttpOnly", "SameSite=Lax"));
    }

    @Test
    void anUnknownPageIsAFriendly404EvenWhenSignedOut() throws Exception {
        HttpResponse<String> response = get("/no-such-page", "text/html");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(response.body()).contains("Page not found", "Back to the start page", "Education, not diagnosis");
    }

    @Test
    void aPageThatNeedsAnAccountSendsASignedOutVisitorToTheLoginForm() throws Exception {
        HttpResponse<String> response = get("/account", "text/html");
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
    }

    @Test
    void anUnknownApiAddressIsAProblem() throws Exception {
        HttpResponse<String> response = get("/api/v1/no-such-thing", "application/json");
        assertThat(response.statusCode()).isEqualTo(401); // the API says nothing to a caller without a token
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body()).contains("\"status\":401");
    }

    @Test
    void aFailingPageIsAFriendly500ThatLeaksNothing() throws Exception {
        HttpClient signedIn = signedInClient();
        HttpResponse<String> response = signedIn.send(
                HttpRequest.newBuilder(uri("/test/failing-page"))
                        .header("Accept", "text/html")
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.body())
                .contains("Something went wrong on our side")
                .doesNotContain("secret-internal-detail", "IllegalStateException", "at dev.reload", "Whitelabel");
    }

    @Test
    void aFailingApiCallIsA500ProblemThatLeaksNothing() throws Exception {
        String email = "failing-" + System.nanoTime() + "@example.org";
        post(
                "/api/v1/accounts",
                "{\"email\":\"" + email + "\",\"password\":\"amber-tundra-whistle\",\"displayName\":\"F\"}");
        String token = post("/api/v1/tokens", "{\"email\":\"" + email + "\",\"password\":\"amber-tundra-whistle\"}")
                .body()
                .replaceAll(".*\"token\":\"([^\"]+)\".*", "$1");

        HttpRequest failing = HttpRequest.newBuilder(uri("/api/v1/test/failing"))
                .header("Authorization", "Bearer " + token)
                .GET()
                .build();
        HttpResponse<String> response = http.send(failing, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(500);
        contract.check(failing, null, response);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.body())
                .contains("Something went wrong on our side")
                .doesNotContain("secret-internal-detail", "Exception", "at dev.reload");
    }

    @Test
    void healthIsPublicWithoutDetailsButTheRestOfActuatorIsNot() throws Exception {
        HttpResponse<String> health = get("/actuator/health", "application/json");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"").doesNotContain("components", "diskSpace");
        for (String path : new String[] {"/actuator/metrics", "/actuator/flyway", "/actuator/env", "/actuator/beans"}) {
            assertThat(get(path, "application/json").statusCode()).as(path).isIn(302, 401, 403, 404);
            assertThat(get(path, "application/json").body()).as(path).doesNotContain("jvm.memory", "flywayBeans");
        }
    }

    @Test
    void theOpenApiDocumentIsServed() throws Exception {
        HttpResponse<String> response = get("/v3/api-docs", "application/json");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("/api/v1/accounts", "/api/v1/tokens");
    }

    private HttpResponse<String> get(String path, String accept) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(uri(path)).header("Accept", accept).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** A browser-like client that registered and logged in through the form, CSRF token and all. */
    private HttpClient signedInClient() throws IOException, InterruptedException {
        String email = "page-" + System.nanoTime() + "@example.org";
        post(
                "/api/v1/accounts",
                "{\"email\":\"" + email + "\",\"password\":\"amber-tundra-whistle\",\"displayName\":\"P\"}");
        HttpClient client = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        String form = client.send(
                        HttpRequest.newBuilder(uri("/login")).GET().build(), HttpResponse.BodyHandlers.ofString())
                .body();
        String csrf = form.replaceAll("(?s).*name=\"_csrf\" value=\"([^\"]+)\".*", "$1");
        HttpResponse<String> login = client.send(
                HttpRequest.newBuilder(uri("/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "email=" + email + "&password=amber-tundra-whistle&_csrf=" + csrf))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
        return client;
    }

    /** A JSON API call, validated against the OpenAPI document as MockMvc calls are. */
    private HttpResponse<String> post(String path, String json) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        contract.check(request, json, response);
        return response;
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
