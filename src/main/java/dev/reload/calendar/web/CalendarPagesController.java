package dev.reload.calendar.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import dev.reload.account.AccountPrincipal;
import dev.reload.calendar.CalendarFeedService;

/**
 * The plan page's "Add your plan to your calendar": make the feed's address, or stop it. Both are
 * forms (CSRF-protected) that lead back to the plan page, where {@link PlanPageCalendarLink} shows
 * the address.
 */
@Controller
class CalendarPagesController {

    static final String BACK = "redirect:/plan#calendar-heading";
    static final String NOTICE = "calendarNotice";

    private final CalendarFeedService feeds;

    CalendarPagesController(CalendarFeedService feeds) {
        this.feeds = feeds;
    }

    @PostMapping("/plan/calendar")
    String create(@AuthenticationPrincipal AccountPrincipal me, RedirectAttributes redirect) {
        feeds.linkOrCreate(me.accountId());
        redirect.addFlashAttribute(NOTICE, "calendar.created");
        return BACK;
    }

    @PostMapping("/plan/calendar/stop")
    String stop(@AuthenticationPrincipal AccountPrincipal me, RedirectAttributes redirect) {
        feeds.stop(me.accountId());
        redirect.addFlashAttribute(NOTICE, "calendar.stopped");
        return BACK;
    }
}
