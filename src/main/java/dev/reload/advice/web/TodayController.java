package dev.reload.advice.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Stream;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import dev.reload.account.AccountPrincipal;
import dev.reload.account.AccountService;
import dev.reload.account.DistanceUnit;
import dev.reload.account.PersonalClock;
import dev.reload.advice.Today;
import dev.reload.advice.TodayService;
import dev.reload.advice.engine.Advice;
import dev.reload.advice.engine.DoseDecision;
import dev.reload.advice.engine.Escalation;
import dev.reload.advice.engine.Finding;
import dev.reload.advice.engine.Light;
import dev.reload.advice.engine.NextSession;
import dev.reload.advice.engine.Response;
import dev.reload.advice.engine.SessionDecision;
import dev.reload.advice.engine.WeeklyDose;
import dev.reload.knee.Activity;
import dev.reload.knee.VolumeUnit;
import dev.reload.library.LibraryLinks;

/**
 * Today: the traffic light, the next dose and the reasons behind them, what to report tomorrow,
 * and on the first day of a plan week the weekly review. {@link TodayService} computes what it
 * shows; this controller writes volumes in the person's distance unit and fills the view.
 */
@Controller
class TodayController {

    static final String VIEW = "advice/today";
    /** The light looks at the target sessions of the last 7 days (rules.md R1). */
    static final int LIGHT_DAYS = 7;

    private final TodayService todays;
    private final AccountService accounts;
    private final PersonalClock clock;

    TodayController(TodayService todays, AccountService accounts, PersonalClock clock) {
        this.todays = todays;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** A volume as this person reads it: kilometres turned into miles where they prefer miles. */
    record Shown(BigDecimal amount, String unitKey) {

        static Shown of(double volume, VolumeUnit unit, DistanceUnit distances) {
            BigDecimal value = BigDecimal.valueOf(volume);
            if (unit == VolumeUnit.KM && distances == DistanceUnit.MILES) {
                return new Shown(distances.fromKm(value), "unit.MILES");
            }
            // kilometres with one decimal, minutes and jumps whole (what is done may be any amount)
            int decimals = unit == VolumeUnit.KM ? 1 : 0;
            return new Shown(
                    value.setScale(decimals, RoundingMode.HALF_UP).stripTrailingZeros(), "unit." + unit.name());
        }
    }

    /** A plan week's dose and the share of one session, as shown. */
    record DoseView(
            int weekNumber, Activity activity, Shown week, Shown perSession, int sessions, DoseDecision decision) {}

    /**
     * The next session of the target activity (R3.next-session), as shown: its volume (null for a
     * rest, a done week or cross-training), and the week's dose and what is done of it.
     */
    record NextSessionView(
            SessionDecision decision, Activity activity, Shown volume, Shown weekDose, Shown doneThisWeek) {

        static NextSessionView of(NextSession next, DistanceUnit distances) {
            if (next == null) {
                return null;
            }
            return new NextSessionView(
                    next.decision(),
                    next.activity(),
                    next.volume() == null ? null : Shown.of(next.volume(), next.unit(), distances),
                    Shown.of(next.weekDose(), next.unit(), distances),
                    Shown.of(next.doneThisWeek(), next.unit(), distances));
        }
    }

    @GetMapping("/today")
    String today(@AuthenticationPrincipal AccountPrincipal me, Model model) {
        LocalDate date = clock.today(me.accountId());
        model.addAttribute("today", date);
        todays.today(me.accountId(), date).ifPresent(today -> {
            DistanceUnit distances = accounts.distanceUnit(me.accountId());
            model.addAttribute("advice", today.advice());
            model.addAttribute("plan", today.plan());
            model.addAttribute("planWeek", today.planWeek());
            model.addAttribute("reviewDay", today.reviewDay());
            model.addAttribute("nextReview", today.nextReview());
            // a warning sign comes before any dose: no next session nor week's dose is shown beside it
            boolean escalated = today.advice().escalation() != Escalation.NONE;
            model.addAttribute(
                    "nextSession",
                    escalated ? null : NextSessionView.of(today.advice().nextSession(), distances));
            model.addAttribute(
                    "dose", escalated ? null : dose(today.dose(), today.plan().sessionsPerWeek(), distances));
            model.addAttribute(
                    "doneSoFar",
                    today.doneSoFar() == null
                            ? null
                            : Shown.of(today.doneSoFar(), today.plan().unit(), distances));
            model.addAttribute("lightText", lightText(today));
            model.addAttribute("lastSession", today.lastSession());
            model.addAttribute("awaited", today.awaited());
            model.addAttribute("nextSessionFinding", today.nextSessionFinding());
            model.addAttribute("reviewFindings", today.reviewFindings());
            model.addAttribute("otherFindings", today.otherFindings());
            // Why lists the day's reasons; on a review day the review above has the week's own
            model.addAttribute(
                    "whyFindings",
                    today.reviewDay()
                            ? today.otherFindings()
                            : Stream.concat(today.reviewFindings().stream(), today.otherFindings().stream())
                                    .toList());
            model.addAttribute("strengthItems", today.strengthItems());
            model.addAttribute("checkedInToday", today.checkedInToday());
            model.addAttribute("toRate", today.toRate());
            model.addAttribute("ruleLinks", ruleLinks(today));
        });
        return VIEW;
    }

    /** For each rule the day's findings cite, the library page that explains it ({@link LibraryLinks}). */
    static Map<String, String> ruleLinks(Today today) {
        return LibraryLinks.forRules(
                Stream.concat(
                                Stream.ofNullable(today.nextSessionFinding()),
                                Stream.concat(today.reviewFindings().stream(), today.otherFindings().stream()))
                        .map(Finding::rule),
                today.plan().condition());
    }

    /**
     * What the light means today. Green says the knee coped only when a session was judged: with no
     * session in the light's 7 days, or the last one still waiting for what judges it (its morning,
     * its pain after, its rating), it says that; under a warning sign, it points to it.
     */
    static String lightText(Today today) {
        Advice advice = today.advice();
        if (advice.escalation() != Escalation.NONE) {
            return "light.RED." + advice.escalation();
        }
        if (advice.light() == Light.GREEN) {
            if (today.lastSession() == null
                    || today.lastSession().date().isBefore(today.date().minusDays(LIGHT_DAYS))) {
                return "light.GREEN.noSession";
            }
            if (advice.lastSessionResponse() == Response.PENDING) {
                return today.awaited() == null ? "light.GREEN.pending" : "light.GREEN.pending." + today.awaited();
            }
        }
        return "light." + advice.light() + ".text";
    }

    private static DoseView dose(WeeklyDose dose, int sessionsPerWeek, DistanceUnit distances) {
        if (dose == null) {
            return null;
        }
        double perSession = dose.unit().roundDown(dose.volume() / sessionsPerWeek);
        return new DoseView(
                dose.week(),
                dose.activity(),
                Shown.of(dose.volume(), dose.unit(), distances),
                perSession > 0 ? Shown.of(perSession, dose.unit(), distances) : null,
                sessionsPerWeek,
                dose.decision());
    }
}
