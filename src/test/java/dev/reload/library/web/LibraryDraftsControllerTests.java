package dev.reload.library.web;

import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import dev.reload.account.AccountPrincipal;
import dev.reload.account.Role;
import dev.reload.account.TestAccounts;
import dev.reload.library.Article;
import dev.reload.library.Library;
import dev.reload.support.WebSliceTest;

import static dev.reload.support.WebSlice.signedIn;
import static dev.reload.support.WebSlice.signedInAs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Drafts: an editor lists and previews them (a banner, {@code noindex}, {@code no-store}); for
 * everyone else, anonymous or signed in with another role, a draft's address and the list are
 * the library's 404, and no list, search, sitemap or feed names a draft.
 */
@WebSliceTest
class LibraryDraftsControllerTests {

    static final AccountPrincipal EDITOR = TestAccounts.withRole(50, "Esme", Role.EDITOR);

    @Autowired
    MockMvc mvc;

    @Autowired
    Library library;

    Article draft;

    @BeforeEach
    void aDraftIsInTheLibrary() {
        List<Article> drafts = library.content().drafts();
        assertThat(drafts)
                .as("the library holds at least one draft to test with")
                .isNotEmpty();
        draft = drafts.get(0);
        assertThat(library.content().page(draft.slug())).isEmpty();
    }

    @Test
    void anEditorPreviewsADraftAsItWillLookWithABannerAndNoIndexing() throws Exception {
        MvcResult result =
                mvc.perform(get(draft.path()).with(signedInAs(EDITOR))).andReturn();

        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        assertThat(result.getResponse().getHeader("Cache-Control")).isEqualTo("no-store");
        Document page = Jsoup.parse(result.getResponse().getContentAsString());
        assertThat(page.select("h1").text()).isEqualTo(draft.title());
        assertThat(page.select("[data-testid=draft-banner]").text())
                .contains("Draft: this page is not published.", "Only editors can open it");
        assertThat(page.select("meta[name=robots]").attr("content")).isEqualTo("noindex, nofollow");
        assertThat(page.select("link[rel=canonical]")).isEmpty();
        assertThat(page.select("meta[property^=og:]")).isEmpty();
        assertThat(page.select("script[type=application/ld+json]")).isEmpty();
        assertThat(page.title()).endsWith("– Reload");
    }

    @Test
    void aPublishedPageHasNoBannerAndIsIndexedForAnEditorToo() throws Exception {
        Article published = library.content().published().get(0);
        MvcResult result =
                mvc.perform(get(published.path()).with(signedInAs(EDITOR))).andReturn();

        Document page = Jsoup.parse(result.getResponse().getContentAsString());
        assertThat(page.select("[data-testid=draft-banner]")).isEmpty();
        assertThat(page.select("meta[name=robots]")).isEmpty();
        assertThat(page.select("link[rel=canonical]")).hasSize(1);
    }

    @Test
    void anEditorListsTheDraftsFromTheLibraryHome() throws Exception {
        Document home = page("/library", signedInAs(EDITOR));
        assertThat(home.select("[data-testid=drafts-link] a[href=/library/drafts]")
                        .text())
                .isEqualTo("Drafts waiting to be published: "
                        + library.content().drafts().size());

        Document list = page("/library/drafts", signedInAs(EDITOR));
        assertThat(list.select("h1").text()).isEqualTo("Drafts");
        assertThat(list.select("a[href=" + draft.path() + "]").text()).isEqualTo(draft.title());
        assertThat(list.select("meta[name=robots]").attr("content")).isEqualTo("noindex, nofollow");
    }

    @Test
    void forAnyoneButAnEditorADraftAndTheListDoNotExist() throws Exception {
        for (RequestPostProcessor who : List.of(
                anonymous(),
                signedIn(),
                signedInAs(TestAccounts.withRole(51, "Cleo", Role.CLINICIAN)),
                signedInAs(TestAccounts.withRole(52, "Ada", Role.ADMIN)))) {
            for (String path : List.of(draft.path(), "/library/drafts")) {
                MvcResult result = mvc.perform(get(path).with(who)).andReturn();
                assertThat(result.getResponse().getStatus()).as(path).isEqualTo(404);
                assertThat(result.getResponse().getContentAsString()).doesNotContain(draft.title());
            }
            assertThat(mvc.perform(get("/library").with(who))
                            .andReturn()
                            .getResponse()
                            .getContentAsString())
                    .doesNotContain("/library/drafts", draft.title());
        }
    }

    @Test
    void noListSearchSitemapOrFeedNamesADraftEvenForAnEditor() throws Exception {
        String word = draft.title().split(" ")[draft.title().split(" ").length - 1];
        for (String path : List.of(
                "/library",
                "/library/" + draft.type().folder(),
                "/library/categories/" + draft.category(),
                "/library/search?q=" + word,
                "/library/search?q=" + draft.title().replace(' ', '+'),
                "/sitemap.xml",
                "/library/feed.atom")) {
            String body = mvc.perform(get(path).with(signedInAs(EDITOR)))
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            assertThat(body).as(path).doesNotContain(draft.path());
        }
    }

    private Document page(String path, RequestPostProcessor who) throws Exception {
        MvcResult result = mvc.perform(get(path).with(who)).andReturn();
        assertThat(result.getResponse().getStatus()).as(path).isEqualTo(200);
        return Jsoup.parse(result.getResponse().getContentAsString());
    }

    private static RequestPostProcessor anonymous() {
        return request -> request;
    }
}
