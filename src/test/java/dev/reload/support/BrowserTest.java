package dev.reload.support;

import java.time.Clock;
import java.util.UUID;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import dev.reload.account.TwoStepEnrolment;

/**
 * Base of the browser tests: the application on a random port (the same context as every other
 * {@link ApplicationTest}) and one headless Chromium per test class. Skipped (on CI: failed) when
 * Chromium is not installed, before Spring starts.
 */
@ExtendWith(ChromiumAvailable.class)
@ApplicationTest
public abstract class BrowserTest {

    protected static Browsers browsers;

    @LocalServerPort
    private int port;

    @Autowired
    private Clock applicationClock;

    @BeforeAll
    static void startBrowser() {
        browsers = Browsers.launch();
    }

    @AfterAll
    static void stopBrowser() {
        if (browsers != null) {
            browsers.close();
            browsers = null;
        }
    }

    /** Registers a fresh person through the form and answers their page, signed in, at this width. */
    protected Page signedInPage(int width) {
        return signedInPage(width, "browser-" + UUID.randomUUID() + "@example.org");
    }

    /** As {@link #signedInPage(int)}, with this email: a test that seeds the account through services looks it up by it. */
    protected Page signedInPage(int width, String email) {
        Page page = browsers.newPage(width, 900);
        page.navigate(url("/register"));
        page.getByLabel("Email").fill(email);
        page.getByLabel("Your name").fill("Sam");
        page.getByLabel("Password").fill("quiet-harbour-lantern");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create account"))
                .click();
        PlaywrightAssertions.assertThat(page.locator("h1")).hasText("Hello, Sam");
        return page;
    }

    /**
     * Registers a fresh clinician with this email and name through the form and turns on two-step
     * sign-in as they would with a phone (the code computed from the key the page shows), which a
     * clinician must do before any other page opens; answers their page, signed in, at this width.
     */
    protected Page signedInClinicianPage(int width, String email, String name) {
        Page page = browsers.newPage(width, 900);
        page.navigate(url("/register"));
        page.getByLabel("Email").fill(email);
        page.getByLabel("Your name").fill(name);
        page.getByLabel("Password").fill("quiet-harbour-lantern");
        page.getByLabel("I am a clinician").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create account"))
                .click();
        PlaywrightAssertions.assertThat(page.locator("h1")).hasText("Turn on two-step sign-in");
        String secret = page.locator("#two-step-secret").getAttribute("data-secret");
        page.getByLabel("The 6-digit code the app now shows").fill(TwoStepEnrolment.code(secret, applicationClock, 0));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Turn on"))
                .click();
        PlaywrightAssertions.assertThat(page.getByText("Two-step sign-in is on. From now on"))
                .isVisible();
        return page;
    }

    /**
     * Looks at a page as people will: axe-core finds no serious or critical accessibility problem,
     * screenshots at its own width and the other one (390 or 1280 px), and a phone never scrolls
     * sideways.
     */
    protected static void lookAt(Page page, String name) {
        Accessibility.assertNoSeriousViolations(page);
        int width = page.viewportSize().width;
        Browsers.screenshot(page, name + "-" + width);
        int other = width == 390 ? 1280 : 390;
        page.setViewportSize(other, 900);
        Browsers.screenshot(page, name + "-" + other);
        page.setViewportSize(390, 844);
        Assertions.assertThat(((Number) page.evaluate("document.documentElement.scrollWidth")).intValue())
                .as("%s at 390 px has no horizontal scrolling", name)
                .isLessThanOrEqualTo(390);
        page.setViewportSize(width, 900);
    }

    /** The address of a path on the running application. */
    protected String url(String path) {
        return "http://localhost:" + port + path;
    }
}
