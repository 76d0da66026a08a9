package dev.reload.log.web;

import java.time.LocalDate;
import java.time.Month;
import java.util.stream.IntStream;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

import dev.reload.account.AccountId;
import dev.reload.account.AccountPrincipal;
import dev.reload.account.AccountService;
import dev.reload.account.PersonalClock;
import dev.reload.knee.Activity;
import dev.reload.knee.ExerciseLibrary;
import dev.reload.log.LogPage;
import dev.reload.log.LogSource;
import dev.reload.log.WholeLogService;

/**
 * The whole log in the browser: every entry by day, newest first, a page of days at a time, with
 * filters and a month to go to in a plain GET form, so it works without JavaScript.
 */
@Controller
class WholeLogController {

    static final String PATH = "/log/all";
    static final String VIEW = "log/all";

    /** The first year a date may be in (as for imports, {@code ActivityDating}). */
    private static final int FIRST_YEAR = 1900;

    private final WholeLogService log;
    private final AccountService accounts;
    private final ExerciseLibrary library;
    private final PersonalClock clock;

    WholeLogController(WholeLogService log, AccountService accounts, ExerciseLibrary library, PersonalClock clock) {
        this.log = log;
        this.accounts = accounts;
        this.library = library;
        this.clock = clock;
    }

    @GetMapping(PATH)
    String page(
            @AuthenticationPrincipal AccountPrincipal me,
            @ModelAttribute("query") WholeLogForm query,
            BindingResult result,
            Model model) {
        AccountId owner = me.accountId();
        LocalDate today = clock.today(owner);
        checkJump(query, result, today);
        if (query.getImportId() != null && query.getSource() == LogSource.LOGGED) {
            result.rejectValue(
                    "source",
                    "invalid",
                    "Imported sessions are never logged by hand: showing what the import brought in.");
            query.setSource(null);
        }
        LogPage page = log.page(owner, query.filter(), query.pageBefore(), query.pageAfter());
        int firstYear = log.firstDay(owner).map(LocalDate::getYear).orElse(today.getYear());
        model.addAttribute("page", page);
        model.addAttribute("today", today);
        model.addAttribute("pageBefore", query.pageBefore());
        model.addAttribute("pageAfter", query.pageAfter());
        model.addAttribute("here", query.here());
        model.addAttribute("olderUrl", page.olderBefore() == null ? null : query.link("before", page.olderBefore()));
        model.addAttribute("newerUrl", page.newerAfter() == null ? null : query.link("after", page.newerAfter()));
        model.addAttribute("activities", Activity.values());
        model.addAttribute("sources", LogSource.values());
        model.addAttribute("months", Month.values());
        model.addAttribute(
                "years",
                IntStream.iterate(today.getYear(), y -> y >= Math.min(firstYear, today.getYear()), y -> y - 1)
                        .boxed()
                        .toList());
        model.addAttribute("exerciseNames", ExerciseNames.of(library));
        model.addAttribute("distanceUnit", accounts.distanceUnit(owner));
        return VIEW;
    }

    /** A month needs a year, and both must be real; a refused one is left out and named on its field. */
    private static void checkJump(WholeLogForm query, BindingResult result, LocalDate today) {
        if (query.getMonth() != null && (query.getMonth() < 1 || query.getMonth() > 12)) {
            result.rejectValue("month", "invalid", "Choose a month from the list.");
            query.setMonth(null);
        }
        if (query.getYear() != null && (query.getYear() < FIRST_YEAR || query.getYear() > today.getYear() + 2)) {
            result.rejectValue("year", "invalid", "Choose a year from the list.");
            query.setYear(null);
            query.setMonth(null);
        } else if (query.getMonth() != null && query.getYear() == null) {
            result.rejectValue("year", "invalid", "Choose the year of that month as well.");
            query.setMonth(null);
        }
    }
}
