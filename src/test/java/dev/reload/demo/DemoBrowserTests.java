package dev.reload.demo;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.ActiveProfiles;

import dev.reload.support.Accessibility;
import dev.reload.support.BrowserTest;
import dev.reload.support.Browsers;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** A newcomer starts the demo profile and sees a living product: ten weeks of someone's recovery. */
@ActiveProfiles("demo")
class DemoBrowserTests extends BrowserTest {

    @Test
    void theDemoAccountShowsTenWeeksOfARunnersRecovery() {
        Page page = browsers.newPage(1280, 900);
        page.navigate(url("/login"));
        page.getByLabel("Email").fill(DemoData.EMAIL);
        page.getByLabel("Password").fill(DemoData.PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in"))
                .click();

        assertThat(page.locator("h1")).hasText("Hello, Alex");
        assertThat(page.getByTestId("light")).isVisible();
        assertThat(page.locator(".today-meta")).containsText("plan week 11");
        assertThat(page.locator("#review-heading")).containsText("Weekly review of week 10");
        assertThat(page.locator(".findings").first()).not().isEmpty();
        assertThat(page.locator(".prescriptions li")).not().hasCount(0);
        Accessibility.assertNoSeriousViolations(page);
        Browsers.screenshot(page, "demo-today-1280");

        page.navigate(url("/log"));
        assertThat(page.locator(".entries li")).not().hasCount(0);
        page.navigate(url("/plan"));
        assertThat(page.locator("main")).containsText("Pain around or behind the kneecap");
        page.navigate(url("/history"));
        assertThat(page.locator("main")).containsText("R6.two-week-spike");
        Accessibility.assertNoSeriousViolations(page);
        Browsers.screenshot(page, "demo-history-1280");
        page.setViewportSize(390, 844);
        page.navigate(url("/today"));
        Browsers.screenshot(page, "demo-today-390");
    }
}
