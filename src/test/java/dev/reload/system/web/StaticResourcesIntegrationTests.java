package dev.reload.system.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.util.DigestUtils;

import dev.reload.support.ApplicationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Compressed answers and static files under content-hashed names, over real HTTP (decision 0018):
 * what a page links is kept a year, the pages themselves and the service worker are not.
 */
@ApplicationTest
class StaticResourcesIntegrationTests {

    private static final String A_YEAR = "max-age=31536000";

    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @LocalServerPort
    private int port;

    @Test
    void pagesAndStyleSheetsComeGzippedToClientsThatAskForIt() throws Exception {
        HttpResponse<byte[]> page = get("/library", true);
        assertThat(page.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(gunzip(page.body())).contains("<html", "</html>");

        String styleSheet = linked(text("/library"), "stylesheet").get(0);
        HttpResponse<byte[]> css = get(styleSheet, true);
        assertThat(css.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(gunzip(css.body())).isEqualTo(classpath("/static/css/app.css"));

        HttpResponse<byte[]> plain = get("/library", false);
        assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(new String(plain.body(), StandardCharsets.UTF_8)).contains("<html");
    }

    @Test
    void thePageLinksItsStyleSheetByContentHashAndThatAddressIsKeptAYear() throws Exception {
        String page = text("/library");
        String expected = "/css/app-"
                + DigestUtils.md5DigestAsHex(classpath("/static/css/app.css").getBytes(StandardCharsets.UTF_8))
                + ".css";
        assertThat(linked(page, "stylesheet")).contains(expected);

        HttpResponse<byte[]> css = get(expected, false);
        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(css.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/css"));
        assertThat(css.headers().firstValue("Cache-Control"))
                .hasValueSatisfying(cache -> assertThat(cache).contains(A_YEAR, "public", "immutable"));
        assertThat(new String(css.body(), StandardCharsets.UTF_8)).isEqualTo(classpath("/static/css/app.css"));
    }

    @Test
    void aHashThatIsNotTheFilesIsNotFound() throws Exception {
        assertThat(get("/css/app-0123456789abcdef0123456789abcdef.css", false).statusCode())
                .isEqualTo(404);
    }

    @Test
    void everyStyleSheetAndScriptOfAPageIsFingerprintedOrAVersionedWebJar() throws Exception {
        Pattern hashed = Pattern.compile("/(css|js|img|icons)/[\\w/-]+-[0-9a-f]{32}\\.\\w+");
        Pattern webJar = Pattern.compile("/webjars/[\\w.-]+/\\d+(\\.\\d+)*/[\\w/.-]+");
        for (String path : List.of("/", "/library", "/library/conditions/patellofemoral-pain", "/login")) {
            String page = text(path);
            List<String> assets = new ArrayList<>(linked(page, "stylesheet"));
            assets.addAll(linked(page, "icon"));
            assets.addAll(linked(page, "apple-touch-icon"));
            assets.addAll(all(page, "<script[^>]*\\bsrc=\"([^\"]+)\""));
            assertThat(assets)
                    .as(path)
                    .isNotEmpty()
                    .allSatisfy(asset -> assertThat(asset)
                            .matches(url -> hashed.matcher(url).matches()
                                    || webJar.matcher(url).matches()));
            for (String asset : assets) {
                assertThat(get(asset, false).headers().firstValue("Cache-Control"))
                        .as(asset)
                        .hasValueSatisfying(cache -> assertThat(cache).contains(A_YEAR));
            }
        }
    }

    @Test
    void pagesAreNotKept() throws Exception {
        for (String path : List.of("/", "/library", "/library/categories/runners-knee")) {
            HttpResponse<byte[]> page = get(path, true);
            assertThat(page.statusCode()).as(path).isEqualTo(200);
            assertThat(page.headers().firstValue("Cache-Control"))
                    .as(path)
                    .hasValueSatisfying(
                            cache -> assertThat(cache).contains("no-store").doesNotContain(A_YEAR));
        }
    }

    @Test
    void theServiceWorkerTheManifestAndTheOfflinePageKeepTheirNamesAndAreCheckedEachTime() throws Exception {
        assertThat(linked(text("/"), "manifest")).containsExactly("/manifest.json");
        for (String path : List.of("/sw.js", "/manifest.json", "/offline.html")) {
            HttpResponse<byte[]> file = get(path, false);
            assertThat(file.statusCode()).as(path).isEqualTo(200);
            assertThat(file.headers().firstValue("Cache-Control")).as(path).hasValue("no-cache");
        }
    }

    private static List<String> linked(String page, String rel) {
        return all(page, "<link rel=\"" + Pattern.quote(rel) + "\" href=\"([^\"]+)\"");
    }

    private static List<String> all(String page, String regex) {
        List<String> found = new ArrayList<>();
        Matcher matcher = Pattern.compile(regex).matcher(page);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    private String text(String path) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = get(path, false);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    private HttpResponse<byte[]> get(String path, boolean gzip) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", "*/*");
        if (gzip) {
            request.header("Accept-Encoding", "gzip");
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String gunzip(byte[] body) throws IOException {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String classpath(String resource) throws IOException {
        try (InputStream in = StaticResourcesIntegrationTests.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
