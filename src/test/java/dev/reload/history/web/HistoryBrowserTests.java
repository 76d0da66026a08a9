package dev.reload.history.web;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import dev.reload.importing.fit.FitActivityReader;
import dev.reload.support.BrowserTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * In a browser: a runner with a plan uploads a watch file, watches the progress bar reach done
 * without reloading, rates the imported run on Today, and opens "What went wrong". Each page is
 * checked with axe and photographed at 390 and 1280 px.
 */
class HistoryBrowserTests extends BrowserTest {

    @Test
    void uploadsAFileWatchesTheProgressToDoneAndOpensWhatWentWrong() throws Exception {
        Page page = signedInPage(1280);
        onboard(page);

        page.navigate(url("/history/import"));
        lookAt(page, "history-import");
        Path file = Path.of(
                getClass().getResource("/importing/fit/garmin-fenix-5-run.fit").toURI());
        page.getByLabel("Activity file or export").setInputFiles(file);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Import"))
                .click();
        assertThat(page).hasURL(Pattern.compile("/history/import\\?id=\\d+"));
        assertThat(page.locator("[data-testid=import-progress]")).hasAttribute("data-status", "DONE");
        assertThat(page.locator("[data-testid=import-result]")).containsText("1 imported");
        assertThat(page.locator("progress")).hasAttribute("value", "1");
        lookAt(page, "history-import-done");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("See what went wrong before the pain began"))
                .click();
        assertThat(page.locator("h1")).hasText("What went wrong before the pain began");
        // the run is years older than the pain onset given at sign-up: nothing to chart yet
        assertThat(page.locator("#history-chart")).hasCount(0);

        // the person moves the onset to the days after that run, on the plan page
        LocalDate runDay =
                new FitActivityReader().read(Files.readAllBytes(file)).localStartDate(ZoneOffset.UTC);
        page.navigate(url("/plan"));
        page.getByLabel("The day the pain began").fill(runDay.plusDays(2).toString());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the date"))
                .click();
        page.navigate(url("/history"));
        assertThat(page.locator("#history-chart")).hasAttribute("data-drawn", "true");
        assertThat(page.locator("[data-testid=history-weeks] tbody tr")).hasCount(8);
        lookAt(page, "history-what-went-wrong");
    }

    @Test
    void anUploadThatIsNotAnActivityListsTheFileAndWhy() throws Exception {
        Page page = signedInPage(390);
        page.navigate(url("/history/import"));
        Path file =
                Path.of(getClass().getResource("/importing/fit/Settings.fit").toURI());
        page.getByLabel("Activity file or export").setInputFiles(file);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Import"))
                .click();
        assertThat(page.locator("[data-testid=import-progress]")).hasAttribute("data-status", "DONE");
        assertThat(page.locator(".import-failures")).containsText("Settings.fit");
        assertThat(page.locator(".import-failures")).containsText("not an activity file");
        lookAt(page, "history-import-failed");
    }

    private void onboard(Page page) {
        page.navigate(url("/onboarding"));
        page.getByLabel("None of these apply to me").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continue"))
                .click();
        page.getByLabel("Pain around or behind the kneecap").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continue"))
                .click();
        page.getByLabel("Running", new Page.GetByLabelOptions().setExact(true)).check();
        page.getByLabel("kilometres").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continue"))
                .click();
        page.getByLabel("How much can you do in one session today").fill("3");
        page.getByLabel("Your weekly goal").fill("25");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continue"))
                .click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continue"))
                .click();
        page.getByLabel("The day the pain began")
                .fill(LocalDate.now().minusWeeks(3).toString());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Make my plan"))
                .click();
        assertThat(page).hasURL(Pattern.compile("/plan\\?created"));
    }
}
