package dev.reload.history.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.UUID;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import dev.reload.support.Accessibility;
import dev.reload.support.Browsers;
import dev.reload.support.ChromiumAvailable;

/**
 * In a browser: a runner with a plan uploads a watch file, watches the progress bar reach done
 * without reloading, rates the imported run on Today, and opens "What went wrong". Each page is
 * checked with axe and photographed at 390 and 1280 px.
 */
@ExtendWith(ChromiumAvailable.class)
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class HistoryBrowserTests {

    private static Browsers browsers;

    @LocalServerPort
    private int port;

    @BeforeAll
    static void startBrowser() {
        browsers = Browsers.launch();
    }

    @AfterAll
    static void stopBrowser() {
        if (browsers != null) {
            browsers.close();
        }
    }

    @Test
    void uploadsAFileWatchesTheProgressToDoneAndOpensWhatWentWrong() throws Exception {
        Page page = signedInPage(1280);
        onboard(page);

        page.navigate(url("/history/import"));
        lookAt(page, "history-import");
        Path file = Path.of(getClass().getResource("/importing/fit/garmin-fenix-5-run.fit").toURI());
        page.getByLabel("Activity file or export").setInputFiles(file);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Import")).click();
        assertThat(page).hasURL(Pattern.compile("/history/import\\?id=\\d+"));
        assertThat(page.locator("[data-testid=import-progress]")).hasAttribute("data-status", "DONE");
        assertThat(page.locator("[data-testid=import-result]")).containsText("1 imported");
        assertThat(page.locator("progress")).hasAttribute("value", "1");
        lookAt(page, "history-import-done");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("See what went wrong before the pain began"))
                .click();
        assertThat(page.locator("h1")).hasText("What went wrong before the pain began");
        assertThat(page.locator("#history-chart")).hasAttribute("data-drawn", "true");
        assertThat(page.locator("[data-testid=history-weeks] tbody tr")).hasCount(8);
        lookAt(page, "history-what-went-wrong");
    }

    @Test
    void anUploadThatIsNotAnActivityListsTheFileAndWhy() throws Exception {
        Page page = signedInPage(390);
        page.navigate(url("/history/import"));
        Path file = Path.of(getClass().getResource("/importing/fit/Settings.fit").toURI());
        page.getByLabel("Activity file or export").setInputFiles(file);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Import")).click();
        assertThat(page.locator("[data-testid=import-progress]")).hasAttribute("data-status", "DONE");
        assertThat(page.locator(".import-failures")).containsText("Settings.fit");
        assertThat(page.locator(".import-failures")).containsText("not an activity file");
        lookAt(page, "history-import-failed");
    }

    private Page signedInPage(int width) {
        Page page = browsers.newPage(width, 900);
        page.navigate(url("/register"));
        page.getByLabel("Email").fill("history-" + UUID.randomUUID() + "@example.org");
        page.getByLabel("Your name").fill("Sam");
        page.getByLabel("Password").fill("quiet-harbour-lantern");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create account")).click();
        assertThat(page.locator("h1")).hasText("Hello, Sam");
        return page;
    }

    private void onboard(Page page) {
        page.navigate(url("/onboarding"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continue")).click();
        page.getByLabel("Pain around or behind the kneecap").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continue")).click();
        page.getByLabel("Running", new Page.GetByLabelOptions().setExact(true)).check();
        page.getByLabel("kilometres").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continue")).click();
        page.getByLabel("How much can you do in one session today").fill("3");
        page.getByLabel("Your weekly goal").fill("25");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continue")).click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continue")).click();
        page.getByLabel("The day the pain began").fill(LocalDate.now().minusWeeks(3).toString());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Make my plan")).click();
        assertThat(page).hasURL(Pattern.compile("/plan\\?created"));
    }

    private void lookAt(Page page, String name) {
        Accessibility.assertNoSeriousViolations(page);
        int width = page.viewportSize().width;
        Browsers.screenshot(page, name + "-" + width);
        int other = width == 390 ? 1280 : 390;
        page.setViewportSize(other, 900);
        Browsers.screenshot(page, name + "-" + other);
        page.setViewportSize(390, 844);
        assertThat(((Number) page.evaluate("document.documentElement.scrollWidth")).intValue())
                .as("%s at 390 px has no horizontal scrolling", name).isLessThanOrEqualTo(390);
        page.setViewportSize(width, 900);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
