package dev.reload.system;

import java.nio.file.Files;
import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import dev.reload.support.Accessibility;
import dev.reload.support.BrowserTest;
import dev.reload.support.Browsers;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

class RegistrationJourneyBrowserTests extends BrowserTest {

    @Test
    void newVisitorRegistersLogsOutLogsInAndSeesTheirEmptyHomePage() {
        Page page = browsers.newPage(1280, 900);
        page.navigate(url("/"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Start a plan"))
                .click();

        // A password that is too short is refused next to its field, and nothing else is lost.
        page.getByLabel("Email").fill("rosa@example.org");
        page.getByLabel("Your name").fill("Rosa");
        page.getByLabel("Password").fill("short");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create account"))
                .click();
        assertThat(page.locator("#password-errors")).containsText("at least 12 characters");
        assertThat(page.getByLabel("Email")).hasValue("rosa@example.org");

        page.getByLabel("Password").fill("quiet-harbour-lantern");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create account"))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Hello, Rosa");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log out"))
                .click();
        assertThat(page).hasURL(Pattern.compile("/login\\?loggedOut"));
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("You are logged out");

        page.getByLabel("Email").fill("rosa@example.org");
        page.getByLabel("Password").fill("quiet-harbour-lantern");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in"))
                .click();

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Hello, Rosa");
        assertThat(page.locator("main")).containsText("You have no plan yet");
        assertThat(page.locator("footer")).containsText("Education, not diagnosis");
        assertThat(Files.exists(Browsers.screenshot(page, "home-after-login-1280")))
                .isTrue();

        Page phone = browsers.newPage(390, 844);
        phone.navigate(url("/register"));
        Object scrollWidth = phone.evaluate("document.documentElement.scrollWidth");
        assertThat(((Number) scrollWidth).intValue()).isLessThanOrEqualTo(390);
        Browsers.screenshot(phone, "register-390");
        Accessibility.assertNoSeriousViolations(phone);
        Accessibility.assertNoSeriousViolations(page);
    }
}
