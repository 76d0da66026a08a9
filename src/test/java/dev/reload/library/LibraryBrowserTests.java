package dev.reload.library;

import java.util.ArrayList;
import java.util.List;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import dev.reload.support.BrowserTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A visitor reads the library on a phone and a desktop: the home, an explainer and a category pass
 * axe, one h1 each, no sideways scrolling at 390 px, and the strict CSP logs no error (the JSON-LD
 * is data, not a script). From the explainer they follow a citation to its source and the contents
 * to a section.
 */
class LibraryBrowserTests extends BrowserTest {

    @Test
    void theHomeAnExplainerAndACategoryReadWellOnAPhoneAndADesktop() {
        for (int width : new int[] {390, 1280}) {
            Page page = browsers.newPage(width, 900);
            List<String> problems = new ArrayList<>();
            page.onConsoleMessage(message -> {
                if (message.type().equals("error") || message.text().contains("Content Security Policy")) {
                    problems.add(message.text());
                }
            });
            page.onPageError(problems::add);

            page.navigate(url("/library"));
            assertThat(page.locator("h1")).hasText("The knee-health library");
            if (width == 390) {
                lookAt(page, "library-home");
            }

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Kneecap pain (patellofemoral pain)"))
                    .first()
                    .click();
            assertThat(page.locator("h1")).hasCount(1);
            assertThat(page.locator("h1")).hasText("Kneecap pain (patellofemoral pain)");
            assertThat(page.locator("script[type='application/ld+json']")).hasCount(1);
            if (width == 390) {
                lookAt(page, "library-explainer");
            }

            page.locator(".library-toc")
                    .getByRole(
                            AriaRole.LINK,
                            new com.microsoft.playwright.Locator.GetByRoleOptions()
                                    .setName("Red flags")
                                    .setExact(true))
                    .click();
            assertThat(page).hasURL(url("/library/conditions/patellofemoral-pain#red-flags"));
            page.locator("a.citation").first().click();
            assertThat(page).hasURL(java.util.regex.Pattern.compile("#source-\\d+$"));
            assertThat(page.locator(".library-sources li:target")).hasCount(1);

            page.navigate(url("/library/categories/runners-knee"));
            assertThat(page.locator("h1")).hasText("Runner's knee");
            if (width == 390) {
                lookAt(page, "library-category");
            }
            page.navigate(url("/library"));
            page.getByLabel("Search the library").fill("stairs");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Search"))
                    .click();
            assertThat(page.locator(".library-hits mark").first())
                    .hasText(java.util.regex.Pattern.compile("stairs", java.util.regex.Pattern.CASE_INSENSITIVE));
            if (width == 390) {
                lookAt(page, "library-search");
            }
            assertThat(problems).as("console errors at %d px", width).isEmpty();
            page.context().close();
        }
    }

    @Test
    void theStartAPlanButtonLeadsASignedInPersonToOnboardingWithTheConditionChosen() {
        Page page = signedInPage(1280);
        page.navigate(url("/library/conditions/it-band-syndrome"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Start a plan for IT band syndrome"))
                .click();
        assertThat(page).hasURL(java.util.regex.Pattern.compile("/onboarding/"));
        page.context().close();
    }
}
