package dev.reload.library.web;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import dev.reload.library.Article;
import dev.reload.library.Library;
import dev.reload.support.WebSliceTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Product picks with an affiliate tag configured: each link carries the tag and {@code rel="sponsored
 * nofollow"}, the disclosure stands next to the picks and the associate statement on the page. (The
 * slice's own configuration has no tag; {@link LibraryPagesControllerTests} checks there is then no
 * pick and no affiliate link.) Its own context, for the one property.
 */
@WebSliceTest
@TestPropertySource(properties = "reload.library.affiliate-tag=reload-20")
class ProductPicksControllerTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Library library;

    @Test
    void withATagEachPickLinksWithItAsSponsoredBesideTheDisclosure() throws Exception {
        Article article =
                library.content().page("conditions/patellofemoral-pain").orElseThrow();
        Document page = Jsoup.parse(
                mvc.perform(get(article.path())).andReturn().getResponse().getContentAsString());

        var picks = page.select(".library-products li");
        assertThat(picks).hasSize(article.products().size());
        for (Element link : page.select(".library-products a")) {
            assertThat(link.attr("href")).startsWith("https://").endsWith("&tag=reload-20");
            assertThat(link.attr("rel").split(" ")).contains("sponsored", "nofollow");
        }
        Element disclosure = page.selectFirst(".library-products .library-disclosure");
        assertThat(disclosure.text()).contains("affiliate links");
        assertThat(page.select(".library-associate").text()).contains("Amazon Associates");
        assertThat(page.select(".library-toc a[href=#products-heading]")).hasSize(1);
    }
}
