package dev.reload.library;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import dev.reload.finder.Explainers;
import dev.reload.knee.Condition;
import dev.reload.support.ApplicationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Links that work, on the running application, signed out: every explainer the condition finder
 * links, every page each rule's reasons on Today link to, and every link inside the site on every
 * library page (page and heading anchor), followed through redirects to a 200. Links to the
 * onboarding end at the login form, as they do for anyone signed out.
 */
@ApplicationTest
class LibraryLinksIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    Library library;

    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();
    private final Map<String, Document> fetched = new LinkedHashMap<>();

    @Test
    void everyExplainerTheFinderLinksIsThere() throws Exception {
        for (Condition condition : Condition.values()) {
            Document page = open(Explainers.path(condition));
            assertThat(page.select("h1").text()).as(condition.name()).isNotBlank();
        }
    }

    @Test
    void everyPageAReasonOnTodayLinksToIsThereWithItsHeading() throws Exception {
        for (String link : LibraryLinks.all().values()) {
            follow(Explainers.BASE, link);
        }
    }

    @Test
    void everyLinkWithinTheSiteOnEveryLibraryPageAnswers() throws Exception {
        Set<String> pages = new LinkedHashSet<>();
        pages.add(Library.BASE);
        library.content().published().forEach(article -> pages.add(article.path()));
        int links = 0;
        for (String path : pages) {
            Document page = open(path);
            for (Element link : page.select("a[href]")) {
                String href = link.attr("href");
                if (href.startsWith("/") || href.startsWith("#")) {
                    follow(path, href);
                    links++;
                }
            }
        }
        assertThat(links).isGreaterThan(200);
    }

    /** Follows a link of a page: the target answers 200 and holds the element its anchor names. */
    private void follow(String from, String href) throws Exception {
        String path = href.startsWith("#") ? from + href : href;
        int hash = path.indexOf('#');
        String address = hash < 0 ? path : path.substring(0, hash);
        Document target = open(address);
        if (hash >= 0) {
            String id = path.substring(hash + 1);
            assertThat(target.getElementById(id))
                    .as("%s links to %s: no element with id %s", from, href, id)
                    .isNotNull();
        }
    }

    private Document open(String path) throws IOException, InterruptedException {
        Document known = fetched.get(path);
        if (known != null) {
            return known;
        }
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Accept", "text/html")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        Document document = Jsoup.parse(response.body());
        fetched.put(path, document);
        return document;
    }
}
