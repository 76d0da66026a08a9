package dev.reload.account;

import java.util.UUID;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import dev.reload.support.Accessibility;
import dev.reload.support.BrowserTest;
import dev.reload.support.Browsers;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** A person registering in Sydney lives in Sydney's time zone from the start, and can move. */
class TimeZoneBrowserTests extends BrowserTest {

    @Test
    void registersInTheBrowsersTimeZoneAndChangesItOnTheAccountPage() {
        Page page = browsers.newPage(1280, 900, "Australia/Sydney");
        page.navigate(url("/register"));
        page.getByLabel("Email").fill("zone-" + UUID.randomUUID() + "@example.org");
        page.getByLabel("Your name").fill("Mia");
        page.getByLabel("Password").fill("quiet-harbour-lantern");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create account"))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Hello, Mia");

        page.navigate(url("/account"));
        assertThat(page.locator(".facts")).containsText("Australia/Sydney");
        assertThat(page.getByLabel("Where you live")).hasValue("Australia/Sydney");

        page.getByLabel("Where you live").selectOption("Europe/Lisbon");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save time zone"))
                .click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Your days now follow Europe/Lisbon.");
        assertThat(page.getByLabel("Where you live")).hasValue("Europe/Lisbon");
        Accessibility.assertNoSeriousViolations(page);
        Browsers.screenshot(page, "account-time-zone-1280");
    }
}
