package dev.reload.library.web;

import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.reload.library.Article;
import dev.reload.library.Library;
import dev.reload.library.PageType;
import dev.reload.support.WebSliceTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** The library's pages, anonymous: home, an explainer, a guide, a category, the methodology, and 404s. */
@WebSliceTest
class LibraryPagesControllerTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Library library;

    @Test
    void theHomeListsEveryConditionGuideAndCategory() throws Exception {
        Document page = page("/library");

        assertThat(page.select("h1")).hasSize(1);
        for (Article article : library.content().published()) {
            assertThat(page.select("a[href=" + article.path() + "]"))
                    .as(article.slug())
                    .isNotEmpty();
        }
        assertThat(page.select("a[href=/finder]")).isNotEmpty();
        assertThat(page.select("meta[name=description]").attr("content")).contains("knee pain");
        assertThat(page.select("link[rel=canonical]").attr("href")).isEqualTo("http://localhost/library");
        assertThat(page.select(".notice").text()).contains("Education, not diagnosis");
    }

    @Test
    void anExplainerHasItsContentsSourcesGradesExercisesPlanButtonAndRelatedReading() throws Exception {
        Article article =
                library.content().page("conditions/patellofemoral-pain").orElseThrow();
        Document page = page(article.path());

        assertThat(page.select("h1")).singleElement().extracting(Element::text).isEqualTo(article.title());
        assertThat(page.select(".library-toc a").eachAttr("href"))
                .startsWith("#where-it-hurts")
                .contains("#tools-heading", "#sources-heading", "#related-heading");
        for (var heading : article.headings()) {
            assertThat(page.getElementById(heading.id())).as(heading.id()).isNotNull();
        }
        assertThat(page.select(".library-sources li")).hasSize(article.sources().size());
        assertThat(page.select("#source-2 a[href=https://pubmed.ncbi.nlm.nih.gov/27247098/]"))
                .hasSize(1);
        assertThat(page.select("#source-1 a[href=https://doi.org/10.1136/bjsports-2016-096384]"))
                .hasSize(1);
        assertThat(page.select("a.citation[href=#source-1]")).isNotEmpty();
        assertThat(page.select(".library-tools tbody tr"))
                .hasSize(article.tools().size());
        assertThat(page.select(".library-tools .grade-A").first().text()).isEqualTo("A: strong evidence");
        assertThat(page.select(".library-exercises a").eachAttr("href"))
                .startsWith("/exercises/clamshell", "/exercises/side-lying-leg-raise");
        assertThat(page.select("a.button[href=/onboarding?condition=PATELLOFEMORAL_PAIN]")
                        .text())
                .isEqualTo("Start a plan for Kneecap pain (patellofemoral pain)");
        assertThat(page.select(".library-plan a[href=/finder]")).hasSize(1);
        assertThat(page.select(".library-related a").eachAttr("href"))
                .containsExactly(article.related().stream()
                        .map(slug -> "/library/" + slug)
                        .toArray(String[]::new));
        assertThat(page.select(".breadcrumb a[href=/library/categories/runners-knee]"))
                .hasSize(1);
        assertThat(page.select(".library-byline").text())
                .contains("3 December 2026")
                .doesNotContain("2026-12-03");
        assertThat(page.select("main script")).isEmpty();
        assertThat(article.products()).isNotEmpty();
        assertThat(page.select(".library-products"))
                .as("no tag configured: no picks")
                .isEmpty();
        assertThat(page.select("a[rel~=sponsored], a[href*=amazon]")).isEmpty();
    }

    @Test
    void anExplainerCarriesItsMetaDescriptionCanonicalOpenGraphAndStructuredData() throws Exception {
        Article article = library.content().page("conditions/it-band-syndrome").orElseThrow();
        Document page = page(article.path());

        assertThat(page.select("meta[name=description]").attr("content")).isEqualTo(article.summary());
        assertThat(page.select("link[rel=canonical]").attr("href")).isEqualTo("http://localhost" + article.path());
        assertThat(page.select("meta[property=og:title]").attr("content")).isEqualTo(article.title());
        assertThat(page.select("meta[property=og:url]").attr("content")).isEqualTo("http://localhost" + article.path());

        Element script = page.selectFirst("head script[type=application/ld+json]");
        assertThat(script).isNotNull();
        JsonNode data = JsonMapper.builder().build().readTree(script.data());
        assertThat(data.get("@context").asString()).isEqualTo("https://schema.org");
        assertThat(data.get("@type").asString()).isEqualTo("MedicalWebPage");
        assertThat(data.get("about").get("@type").asString()).isEqualTo("MedicalCondition");
        assertThat(data.get("lastReviewed").asString())
                .isEqualTo(article.lastReviewed().toString());
        assertThat(data.get("reviewedBy").get("name").asString()).isEqualTo(article.reviewedBy());
        assertThat(data.get("citation")).hasSize(article.sources().size());
        assertThat(data.get("citation").get(0).get("name").asString())
                .isEqualTo(article.sources().get(0).title());
    }

    @Test
    void theOverviewOffersAPlanWithoutChoosingACondition() throws Exception {
        Document page = page("/library/conditions/overuse-knee-pain");

        assertThat(page.select("a.button[href=/onboarding?condition=UNSURE]").text())
                .isEqualTo("Start a plan");
    }

    @Test
    void aCategoryShowsItsIntroductionAndThePagesInIt() throws Exception {
        Document page = page("/library/categories/runners-knee");

        List<Article> members = library.content().inCategory("runners-knee");
        assertThat(members).isNotEmpty();
        assertThat(page.select("h1").text()).isEqualTo("Runner's knee");
        assertThat(page.select(".prose p")).isNotEmpty();
        for (Article member : members) {
            assertThat(page.select("section a[href=" + member.path() + "]"))
                    .as(member.slug())
                    .isNotEmpty();
        }
    }

    @Test
    void theMethodologyAndEveryGuideArePages() throws Exception {
        assertThat(page("/library/about/methodology").select("h2[id=how-we-grade-the-evidence]"))
                .hasSize(1);
        for (Article guide : library.content().published(PageType.GUIDE)) {
            Document page = page(guide.path());
            assertThat(page.select("h1").text()).isEqualTo(guide.title());
            assertThat(page.select(".library-plan")).isEmpty();
        }
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/library/conditions/no-such-thing",
                "/library/nowhere/at-all",
                "/library/guides/Return_To_Running",
                "/library/conditions"
            })
    void anUnknownAddressGetsTheLibrarysOwnNotFoundPage(String path) throws Exception {
        MvcResult result = mvc.perform(get(path)).andReturn();

        assertThat(result.getResponse().getStatus()).isEqualTo(404);
        Document page = Jsoup.parse(result.getResponse().getContentAsString());
        assertThat(page.select("h1").text()).isEqualTo("There is no library page here");
        assertThat(page.select("main a[href=/library]")).isNotEmpty();
        assertThat(page.select("main a[href=/library/conditions/patellofemoral-pain]"))
                .isNotEmpty();
    }

    @Test
    void searchRanksThePagesWithEveryWordAndMarksThemInASnippet() throws Exception {
        Document page = page("/library/search?q=tendon+stairs");

        assertThat(page.select("h1")).hasSize(1);
        assertThat(page.select("#library-q").val()).isEqualTo("tendon stairs");
        var hits = page.select(".library-hits > li");
        assertThat(hits).isNotEmpty();
        assertThat(hits.first().select("a").attr("href")).startsWith("/library/");
        assertThat(hits.select("mark").eachText())
                .allSatisfy(word -> assertThat(word.toLowerCase()).isIn("tendon", "stairs"));
        assertThat(page.select("main script, main [style]")).isEmpty();
    }

    @Test
    void searchWithAWordNoPageHoldsSaysSoAndAnEmptyOneShowsOnlyTheForm() throws Exception {
        assertThat(page("/library/search?q=xylophone").select("main").text())
                .contains("No page holds all of these words");
        Document empty = page("/library/search?q=");
        assertThat(empty.select("#library-q")).hasSize(1);
        assertThat(empty.select("#results-heading")).isEmpty();
    }

    @Test
    void aQueryTooLongIsRefusedWithASentence() throws Exception {
        MvcResult result = mvc.perform(get("/library/search").param("q", "knee ".repeat(30)))
                .andReturn();

        assertThat(result.getResponse().getStatus()).isEqualTo(400);
        assertThat(Jsoup.parse(result.getResponse().getContentAsString())
                        .select("[role=alert]")
                        .text())
                .isEqualTo("Type at most 100 characters.");
    }

    private Document page(String path) throws Exception {
        MvcResult result = mvc.perform(get(path)).andReturn();
        assertThat(result.getResponse().getStatus()).as(path).isEqualTo(200);
        return Jsoup.parse(result.getResponse().getContentAsString());
    }
}
