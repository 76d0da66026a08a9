package dev.reload.system;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

import dev.reload.support.Accessibility;
import dev.reload.support.BrowserTest;
import dev.reload.support.Browsers;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Registering as on a newcomer's machine (the dev profile, mail off, decision 0027): "check your
 * email" with the link shown on the page, the page that says what the link makes, then Today.
 */
@ActiveProfiles("dev")
@TestPropertySource(properties = "reload.registration.confirm-email=true")
class RegistrationConfirmationBrowserTests extends BrowserTest {

    @Test
    void aNewcomerRegistersFollowsTheLinkAndArrivesSignedIn() {
        for (int width : new int[] {390, 1280}) {
            Page page = browsers.newPage(width, 900);
            String email = "lena-" + width + "@example.org";
            page.navigate(url("/register"));
            page.getByLabel("Email").fill(email);
            page.getByLabel("Your name").fill("Lena");
            page.getByLabel("Password").fill("quiet-harbour-lantern");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create account"))
                    .click();

            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                    .hasText("Check your email");
            assertThat(page.locator("main")).containsText("We have sent a mail to " + email);
            assertThat(page.getByTestId("development-link")).containsText("Mail is off on this development server");
            Browsers.screenshot(page, "register-sent-" + width);
            Accessibility.assertNoSeriousViolations(page);

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Open the registration link"))
                    .click();
            assertThat(page.locator("main")).containsText("This creates the account of Lena for " + email);
            Browsers.screenshot(page, "register-confirm-" + width);
            Accessibility.assertNoSeriousViolations(page);
            Object scrollWidth = page.evaluate("document.documentElement.scrollWidth");
            assertThat(((Number) scrollWidth).intValue()).isLessThanOrEqualTo(width);

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create my account"))
                    .click();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                    .hasText("Hello, Lena");
            page.close();
        }
    }
}
