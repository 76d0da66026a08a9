package dev.reload.library;

import java.util.UUID;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import dev.reload.support.BrowserTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An editor finds the drafts from the library's home and reads one as it will look, under the
 * draft banner; signed out, the same address is the library's 404 and the home names no draft.
 */
class LibraryDraftsBrowserTests extends BrowserTest {

    private static final String PASSWORD = "quiet-harbour-lantern";

    @Autowired
    private JdbcClient jdbc;

    @Autowired
    private Library library;

    @Test
    void anEditorPreviewsADraftThatNobodyElseCanOpen() {
        Article draft = library.content().drafts().get(0);
        String email = "editor-" + UUID.randomUUID() + "@example.org";
        Page page = signedInPage(1280, email);
        // an administrator's role change, as it lands in the table
        jdbc.sql("UPDATE account SET role = 'EDITOR' WHERE email = ?")
                .param(email)
                .update();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log out"))
                .click();
        page.getByLabel("Email").fill(email);
        page.getByLabel("Password").fill(PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in"))
                .click();

        page.navigate(url("/library"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Drafts waiting to be published"))
                .click();
        assertThat(page.locator("h1")).hasText("Drafts");
        lookAt(page, "library-drafts");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(draft.title()))
                .click();
        assertThat(page.locator("h1")).hasText(draft.title());
        assertThat(page.getByTestId("draft-banner")).containsText("Draft: this page is not published.");
        assertThat(page.locator("meta[name=robots]")).hasAttribute("content", "noindex, nofollow");
        lookAt(page, "library-draft-preview");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log out"))
                .click();
        Response response = page.navigate(url(draft.path()));
        assertThat(response.status()).isEqualTo(404);
        assertThat(page.getByTestId("draft-banner")).hasCount(0);
        assertThat(page.locator("body")).not().containsText(draft.title());
        page.navigate(url("/library"));
        assertThat(page.locator("a[href='/library/drafts']")).hasCount(0);
        page.context().close();
    }
}
