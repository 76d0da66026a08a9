package dev.reload.account;

import java.time.Clock;
import java.util.UUID;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import dev.reload.support.BrowserTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A person turns two-step sign-in on as they would with a phone (the code computed here from the
 * key the page shows), keeps the recovery codes, logs out and signs in again with a code.
 */
class TwoStepBrowserTests extends BrowserTest {

    private static final String PASSWORD = "quiet-harbour-lantern";

    @Autowired
    private Clock clock;

    @Test
    void turnsTwoStepOnThenSignsInWithTheAppsCode() {
        String email = "two-step-browser-" + UUID.randomUUID() + "@example.org";
        Page page = signedInPage(390, email);

        page.navigate(url("/account"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Turn on two-step sign-in"))
                .click();
        assertThat(page.locator("h1")).hasText("Turn on two-step sign-in");
        String secret = page.locator("#two-step-secret").getAttribute("data-secret");
        assertThat(page.getByRole(
                        AriaRole.IMG,
                        new Page.GetByRoleOptions()
                                .setName("QR code holding the secret " + secret + " for your authenticator app")))
                .isVisible();
        assertThat(page.locator("#two-step-secret")).hasText(secret.replaceAll("(.{4})(?!$)", "$1 "));
        lookAt(page, "two-step-enrol");

        page.getByLabel("The 6-digit code the app now shows").fill(TwoStepEnrolment.code(secret, clock, 0));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Turn on"))
                .click();
        assertThat(page.getByText("Two-step sign-in is on. From now on")).isVisible();
        assertThat(page.locator(".recovery-codes li")).hasCount(10);
        assertThat(page.locator("#two-step")).containsText("You have 10 unused recovery codes");
        page.locator("#two-step").scrollIntoViewIfNeeded();
        lookAt(page, "two-step-recovery-codes");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log out"))
                .click();
        page.getByLabel("Email").fill(email);
        page.getByLabel("Password").fill(PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in"))
                .click();
        assertThat(page.locator("h1")).hasText("Your sign-in code");
        assertThat(page.url()).endsWith("/login/code");
        // before the code, the menu only logs out
        assertThat(page.locator("header nav a")).hasCount(0);

        page.navigate(url("/today"));
        assertThat(page.url()).as("no page before the code").endsWith("/login/code");
        page.getByLabel("Code", new Page.GetByLabelOptions().setExact(true))
                .fill(TwoStepEnrolment.wrongCode(secret, clock));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in"))
                .click();
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("That code is wrong or was already used");
        lookAt(page, "two-step-code");

        page.getByLabel("Code", new Page.GetByLabelOptions().setExact(true))
                .fill(TwoStepEnrolment.code(secret, clock, 1));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in"))
                .click();
        page.navigate(url("/account"));
        assertThat(page.locator("#two-step")).containsText("Two-step sign-in is on since");
    }
}
