package dev.reload.finder;

import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import dev.reload.support.Accessibility;
import dev.reload.support.BrowserTest;
import dev.reload.support.Browsers;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A visitor with outer-knee pain uses the knee map by keyboard and by mouse, reads the ranking,
 * and opens an exercise of the programme for the best fit; on a desktop and on a phone, with an
 * axe check of each page.
 */
class FinderJourneyBrowserTests extends BrowserTest {

    @Test
    void everyRegionOfTheKneeMapIsAtLeast24PxSquareOnAPhoneAndADesktop() {
        for (int width : new int[] {390, 1280}) {
            Page page = browsers.newPage(width, 900);
            page.navigate(url("/finder"));
            Locator regions = page.locator(".knee-map .region");
            assertThat(regions.count()).isGreaterThan(5);
            for (int i = 0; i < regions.count(); i++) {
                var box = regions.nth(i).boundingBox();
                assertThat(Math.min(box.width, box.height))
                        .as("%s at %d px", regions.nth(i).getAttribute("data-region"), width)
                        .isGreaterThanOrEqualTo(24);
            }
            page.close();
        }
    }

    @Test
    void runnerWithOuterKneePainFindsTheItBandAndOpensAnExercise() {
        Page page = browsers.newPage(1280, 900);
        page.navigate(url("/finder"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Which knee problem fits your pain?");
        Accessibility.assertNoSeriousViolations(page);

        // Keyboard: Tab from the first region of the front view to the outer knee, then Space.
        Locator frontMap = page.locator(".knee-map").first();
        frontMap.locator("[data-region=AROUND_KNEECAP]").focus();
        page.keyboard().press("Tab");
        Locator outer = frontMap.locator("[data-region=OUTER_KNEE]");
        assertThat(outer).isFocused();
        assertThat(outer).hasAttribute("role", "checkbox");
        assertThat(outer).hasAccessibleName("Outer side of the knee");
        Browsers.screenshot(page, "finder-map-focus-1280");
        page.keyboard().press("Space");
        assertThat(outer).hasAttribute("aria-checked", "true");
        assertThat(page.locator("#region-OUTER_KNEE")).isChecked();
        // ... and the same region in the side view shows as selected too.
        assertThat(page.locator(".knee-map").nth(1).locator("[data-region=OUTER_KNEE]"))
                .hasAttribute("aria-checked", "true");

        // Mouse: a click on the side view selects a region, a second click clears it.
        Locator below = page.locator(".knee-map").nth(1).locator("[data-region=BELOW_KNEECAP]");
        below.click();
        assertThat(page.locator("#region-BELOW_KNEECAP")).isChecked();
        assertThat(below).hasClass(Pattern.compile("is-selected"));
        below.click();
        assertThat(page.locator("#region-BELOW_KNEECAP")).not().isChecked();

        // The list works the other way round: ticking a box marks the map.
        page.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName("Along the joint line"))
                .and(page.locator("input"))
                .check();
        assertThat(frontMap.locator("[data-region=JOINT_LINE]").first()).hasAttribute("aria-checked", "true");
        page.locator("#region-JOINT_LINE").uncheck();

        page.getByLabel("Running", new Page.GetByLabelOptions().setExact(true)).check();
        page.getByLabel("Going downhill").check();
        page.getByLabel("Your age").fill("34");
        page.getByLabel("Morning stiffness").fill("0");
        Browsers.screenshot(page, "finder-form-1280");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show what fits"))
                .click();

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("What fits your answers");
        Locator first = page.locator(".ranking-entry").first();
        assertThat(first.getByRole(AriaRole.HEADING)).hasText("IT band syndrome");
        assertThat(first).containsText("Outer-knee pain that comes on during runs points to the IT band.");
        assertThat(first.getByRole(
                        AriaRole.LINK, new Locator.GetByRoleOptions().setName("Read about IT band syndrome")))
                .hasAttribute("href", "/library/conditions/it-band-syndrome");
        assertThat(first.getByRole(
                        AriaRole.LINK, new Locator.GetByRoleOptions().setName("Start a plan for IT band syndrome")))
                .hasAttribute("href", "/onboarding?condition=IT_BAND_SYNDROME");
        assertThat(page.locator("main")).containsText("education, not a diagnosis");
        Accessibility.assertNoSeriousViolations(page);
        Browsers.screenshot(page, "finder-result-1280");

        first.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Exercises for IT band syndrome"))
                .click();
        assertThat(page.locator("#group-HIP_AND_KNEE")).isVisible();
        Accessibility.assertNoSeriousViolations(page);
        Browsers.screenshot(page, "exercises-1280");
        page.locator("section:has(#group-HIP_AND_KNEE)")
                .getByRole(
                        AriaRole.LINK,
                        new Locator.GetByRoleOptions().setName("Clamshell").setExact(true))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Clamshell");
        assertThat(page.getByRole(AriaRole.IMG))
                .hasAttribute("alt", Pattern.compile("^Stick figure lying on one side"));
        assertThat(page.locator("main")).containsText("3 sets of 12");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Harder: Clamshell with band"))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Clamshell with band");
        Accessibility.assertNoSeriousViolations(page);
        Browsers.screenshot(page, "exercise-1280");
    }

    @Test
    void onAPhoneEveryPageFitsTheScreenAndTheMapWorksByTouch() {
        Page phone = browsers.newPage(390, 844);
        phone.navigate(url("/finder"));
        assertNoHorizontalScroll(phone);
        Accessibility.assertNoSeriousViolations(phone);
        Browsers.screenshot(phone, "finder-form-390");

        phone.locator(".knee-map").first().locator("[data-region=BONY_POINT]").click();
        phone.getByLabel("Running", new Page.GetByLabelOptions().setExact(true)).check();
        phone.getByLabel("Pressing one spot on the bone hurts").check();
        phone.getByLabel("Hopping on the sore leg hurts").check();
        phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show what fits"))
                .click();

        assertThat(phone.getByRole(AriaRole.ALERT).first()).containsText("see a clinician before you do any again");
        assertThat(phone.locator(".ranking-entry").first().getByRole(AriaRole.HEADING))
                .hasText("Bone stress reaction");
        assertNoHorizontalScroll(phone);
        Accessibility.assertNoSeriousViolations(phone);
        Browsers.screenshot(phone, "finder-result-390");

        phone.navigate(url("/exercises"));
        assertNoHorizontalScroll(phone);
        Accessibility.assertNoSeriousViolations(phone);
        Browsers.screenshot(phone, "exercises-390");

        phone.navigate(url("/exercises/leg-press-isometric"));
        assertNoHorizontalScroll(phone);
        Accessibility.assertNoSeriousViolations(phone);
        Browsers.screenshot(phone, "exercise-390");

        phone.navigate(url("/exercises/no-such-exercise"));
        assertThat(phone.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Page not found");
    }

    @Test
    void theAccessibilityCheckCatchesAnImageWithoutAltText() {
        Page page = browsers.newPage(390, 844);
        page.setContent("<!DOCTYPE html><html lang=en><head><title>t</title></head><body><main>"
                + "<img src='/img/favicon.svg'></main></body></html>");

        assertThat(Accessibility.seriousViolations(page))
                .extracting(Accessibility.Violation::id)
                .contains("image-alt");
    }

    private static void assertNoHorizontalScroll(Page page) {
        Object scrollWidth = page.evaluate("document.documentElement.scrollWidth");
        assertThat(((Number) scrollWidth).intValue()).as(page.url()).isLessThanOrEqualTo(390);
    }
}
