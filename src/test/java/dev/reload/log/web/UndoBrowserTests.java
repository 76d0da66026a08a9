package dev.reload.log.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import dev.reload.account.AccountId;
import dev.reload.account.AccountPrincipal;
import dev.reload.account.AccountService;
import dev.reload.account.PersonalClock;
import dev.reload.knee.Activity;
import dev.reload.log.CheckInEntry;
import dev.reload.log.CheckInService;
import dev.reload.log.CheckInView;
import dev.reload.log.SessionEntry;
import dev.reload.log.SessionService;
import dev.reload.log.StrengthEntry;
import dev.reload.log.StrengthService;
import dev.reload.support.BrowserTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * In a browser: a run deleted by mistake on the Log page comes back with Undo; strength work
 * deleted from the whole log comes back on the same page; a check-in deleted from its edit page
 * is offered back on the Log page. Each banner is checked with axe and photographed at 390 and
 * 1280 px.
 */
class UndoBrowserTests extends BrowserTest {

    private static final DateTimeFormatter IN_WORDS = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.ENGLISH);

    @Autowired
    private AccountService accounts;

    @Autowired
    private PersonalClock clock;

    @Autowired
    private SessionService sessions;

    @Autowired
    private StrengthService strength;

    @Autowired
    private CheckInService checkIns;

    @Test
    void whatWasDeletedByMistakeComesBackWithUndo() {
        String email = "undo-" + UUID.randomUUID() + "@example.org";
        Page page = signedInPage(390, email);
        AccountId me = ((AccountPrincipal) accounts.loadUserByUsername(email)).accountId();
        LocalDate today = clock.today(me);
        String day = IN_WORDS.format(today);
        sessions.add(
                me,
                new SessionEntry(
                        today, Activity.RUN, new BigDecimal("5.2"), 4, 2, 1, 31, null, "road", null, null, null));
        strength.add(me, new StrengthEntry(today, "SPLIT_SQUAT", 3, 8, new BigDecimal("10"), 2, null, null));
        CheckInView morning = checkIns.add(me, new CheckInEntry(today, 2, 3, null, null, null));

        // the Log page: the run's Delete, then Undo
        page.navigate(url("/log"));
        page.locator(".entries li", new Page.LocatorOptions().setHasText("Running"))
                .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Delete"))
                .click();
        Locator banner = page.getByTestId("undo");
        assertThat(banner).hasText(Pattern.compile("Deleted: Running, 5.2 km, on " + day + "\\.\\s*Undo"));
        assertThat(page.locator(".entries")).not().containsText("Running");
        lookAt(page, "undo-log-deleted");

        banner.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Undo"))
                .click();
        assertThat(page).hasURL(Pattern.compile("/log$"));
        assertThat(page.getByTestId("undo-restored")).hasText("Restored: Running, 5.2 km, on " + day + ".");
        assertThat(page.getByTestId("undo")).hasCount(0);
        assertThat(page.locator(".entries")).containsText("Running");
        lookAt(page, "undo-log-restored");

        // the whole log: the same page comes back, with the entry on it
        page.navigate(url("/log/all?before=" + today.plusDays(1)));
        page.locator(".log-day li[data-kind=STRENGTH]")
                .getByRole(
                        AriaRole.BUTTON,
                        new Locator.GetByRoleOptions().setName(Pattern.compile("Delete.*Split squat, " + day)))
                .click();
        assertThat(page).hasURL(Pattern.compile("/log/all\\?before=" + today.plusDays(1) + "$"));
        assertThat(page.getByTestId("undo")).containsText("Deleted: Split squat, 3 × 8, on " + day + ".");
        assertThat(page.getByTestId("whole-log")).not().containsText("Split squat");
        lookAt(page, "undo-whole-log-deleted");
        page.getByTestId("undo")
                .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Undo"))
                .click();
        assertThat(page).hasURL(Pattern.compile("/log/all\\?before=" + today.plusDays(1) + "$"));
        assertThat(page.getByTestId("undo-restored")).hasText("Restored: Split squat, 3 × 8, on " + day + ".");
        assertThat(page.getByTestId("whole-log")).containsText("Split squat");

        // the edit page goes to the Log page
        page.navigate(url("/log/checkins/" + morning.id() + "/edit"));
        lookAt(page, "undo-edit-page");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Delete this entry"))
                .click();
        assertThat(page).hasURL(Pattern.compile("/log$"));
        assertThat(page.getByTestId("undo")).containsText("Deleted: the morning check-in of " + day + ".");
        page.getByTestId("undo")
                .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Undo"))
                .click();
        assertThat(page.getByTestId("undo-restored")).hasText("Restored: the morning check-in of " + day + ".");
        assertThat(checkIns.on(me, today)).contains(morning);
    }
}
