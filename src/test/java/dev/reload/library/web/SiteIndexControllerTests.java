package dev.reload.library.web;

import java.io.StringReader;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

import dev.reload.library.Article;
import dev.reload.library.Library;
import dev.reload.support.WebSliceTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** The sitemap, robots.txt and the Atom feed: every published page, with the date of its last review. */
@WebSliceTest
class SiteIndexControllerTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Library library;

    @Test
    void theSitemapListsEveryLibraryPageWithItsLastReview() throws Exception {
        Document sitemap = xml("/sitemap.xml", "application/xml");

        assertThat(sitemap.getDocumentElement().getNamespaceURI())
                .isEqualTo("http://www.sitemaps.org/schemas/sitemap/0.9");
        NodeList urls = sitemap.getElementsByTagNameNS("*", "url");
        List<Article> pages = library.content().published();
        assertThat(urls.getLength()).isEqualTo(pages.size() + 4);
        for (Article page : pages) {
            assertThat(lastmodOf(urls, "http://localhost" + page.path()))
                    .as(page.slug())
                    .isEqualTo(page.lastReviewed().toString());
        }
    }

    @Test
    void robotsNamesTheSitemap() throws Exception {
        MvcResult result = mvc.perform(get("/robots.txt")).andReturn();

        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        assertThat(result.getResponse().getContentAsString()).contains("Sitemap: http://localhost/sitemap.xml");
    }

    @Test
    void theFeedHoldsEveryPageAsAnAtomEntry() throws Exception {
        Document feed = xml("/library/feed.atom", "application/atom+xml");

        assertThat(feed.getDocumentElement().getNamespaceURI()).isEqualTo("http://www.w3.org/2005/Atom");
        NodeList entries = feed.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry");
        assertThat(entries.getLength()).isEqualTo(library.content().published().size());
        Element first = (Element) entries.item(0);
        assertThat(first.getElementsByTagNameNS("*", "id").item(0).getTextContent())
                .startsWith("http://localhost/library/");
        assertThat(first.getElementsByTagNameNS("*", "updated").item(0).getTextContent())
                .endsWith("T00:00:00Z");
    }

    private static String lastmodOf(NodeList urls, String location) {
        for (int i = 0; i < urls.getLength(); i++) {
            Element url = (Element) urls.item(i);
            if (url.getElementsByTagNameNS("*", "loc").item(0).getTextContent().equals(location)) {
                return url.getElementsByTagNameNS("*", "lastmod").item(0).getTextContent();
            }
        }
        throw new AssertionError(location + " is not in the sitemap");
    }

    private Document xml(String path, String type) throws Exception {
        MvcResult result = mvc.perform(get(path)).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        assertThat(result.getResponse().getContentType()).startsWith(type);
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder()
                .parse(new InputSource(new StringReader(result.getResponse().getContentAsString())));
    }
}
