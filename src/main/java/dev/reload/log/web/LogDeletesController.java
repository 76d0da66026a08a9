package dev.reload.log.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import dev.reload.account.AccountId;
import dev.reload.account.AccountPrincipal;
import dev.reload.account.AccountService;
import dev.reload.account.DistanceUnit;
import dev.reload.account.PersonalClock;
import dev.reload.knee.ExerciseLibrary;
import dev.reload.log.CheckInService;
import dev.reload.log.CheckInService.DayTaken;
import dev.reload.log.SessionService;
import dev.reload.log.SessionView;
import dev.reload.log.ShoeService;
import dev.reload.log.ShoeView;
import dev.reload.log.StrengthService;
import dev.reload.log.StrengthView;
import dev.reload.system.web.NotFoundException;

/**
 * Deleting from the log in the browser, and undoing it (decision 0011). A delete goes back to the
 * page it came from (the log, the whole log at the same page, the shoes; the edit page goes to the
 * log), which says "Deleted: …" in words with an Undo button: a POST form, so it works without
 * JavaScript. Undo puts the entry back as it was and says so; an entry no longer in the trash, or a
 * check-in whose day has another by now, is explained on the same page and nothing is lost.
 */
@Controller
class LogDeletesController {

    /** The flash attribute of the offer to undo ({@link UndoOffer}). */
    static final String UNDO = "undo";
    /** The flash attribute that names what Undo put back, in words. */
    static final String RESTORED = "restored";
    /** The flash attribute with why Undo put nothing back. */
    static final String UNDO_PROBLEM = "undoProblem";

    /** The path segments of what can be deleted and put back. */
    private static final Set<String> KINDS = Set.of("sessions", "checkins", "strength", "shoes");

    private static final String LOG = "/log";
    private static final String SHOES = "/log/shoes";
    /** A page of the whole log, with its filters: the one place besides the log a delete may go back to. */
    private static final Pattern WHOLE_LOG_PAGE = Pattern.compile("/log/all(\\?[A-Za-z0-9_=&%.\\-]*)?");

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_OF_ANOTHER_YEAR =
            DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.ENGLISH);

    private final SessionService sessions;
    private final CheckInService checkIns;
    private final StrengthService strength;
    private final ShoeService shoes;
    private final AccountService accounts;
    private final ExerciseLibrary library;
    private final PersonalClock clock;
    private final MessageSource messages;

    LogDeletesController(
            SessionService sessions,
            CheckInService checkIns,
            StrengthService strength,
            ShoeService shoes,
            AccountService accounts,
            ExerciseLibrary library,
            PersonalClock clock,
            MessageSource messages) {
        this.sessions = sessions;
        this.checkIns = checkIns;
        this.strength = strength;
        this.shoes = shoes;
        this.accounts = accounts;
        this.library = library;
        this.clock = clock;
        this.messages = messages;
    }

    /** Deletes an entry ({@code sessions}, {@code checkins}, {@code strength}) or a pair of shoes ({@code shoes}). */
    @PostMapping("/log/{kind}/{id}/delete")
    String delete(
            @AuthenticationPrincipal AccountPrincipal me,
            @PathVariable String kind,
            @PathVariable long id,
            @RequestParam(required = false) String returnTo,
            RedirectAttributes redirect) {
        AccountId owner = me.accountId();
        String what = switch (kind) {
            case "sessions" -> words(owner, sessions.delete(owner, id));
            case "checkins" -> words(owner, checkIns.delete(owner, id).date());
            case "strength" -> words(owner, strength.delete(owner, id));
            case "shoes" -> words(shoes.delete(owner, id));
            default -> throw new NotFoundException("log entry kind", kind);
        };
        String back = back(kind, returnTo);
        redirect.addFlashAttribute(UNDO, new UndoOffer("/log/" + kind + "/" + id + "/undo", what, back));
        return "redirect:" + back;
    }

    /** Puts back what {@link #delete} deleted, and goes back to the page the delete came from. */
    @PostMapping("/log/{kind}/{id}/undo")
    String undo(
            @AuthenticationPrincipal AccountPrincipal me,
            @PathVariable String kind,
            @PathVariable long id,
            @RequestParam(required = false) String returnTo,
            RedirectAttributes redirect) {
        if (!KINDS.contains(kind)) {
            throw new NotFoundException("log entry kind", kind);
        }
        AccountId owner = me.accountId();
        String back = back(kind, returnTo);
        try {
            String what = switch (kind) {
                case "sessions" -> words(owner, sessions.restore(owner, id));
                case "checkins" -> words(owner, checkIns.restore(owner, id).date());
                case "strength" -> words(owner, strength.restore(owner, id));
                case "shoes" -> words(shoes.restore(owner, id));
                default -> throw new IllegalStateException(kind);
            };
            redirect.addFlashAttribute(RESTORED, what);
        } catch (NotFoundException notInTrash) {
            redirect.addFlashAttribute(UNDO_PROBLEM, text("log.undo.gone"));
        } catch (DayTaken taken) {
            redirect.addFlashAttribute(UNDO_PROBLEM, text("log.undo.dayTaken", day(owner, taken.date())));
            // the check-in is still in the trash: offer it again, for after the other one is dealt with
            redirect.addFlashAttribute(
                    UNDO, new UndoOffer("/log/" + kind + "/" + id + "/undo", words(owner, taken.date()), back));
        }
        return "redirect:" + back;
    }

    /** The page to go back to: the shoes for shoes; else the whole log page asked for, or the log. */
    private static String back(String kind, String returnTo) {
        if ("shoes".equals(kind)) {
            return SHOES;
        }
        return returnTo != null && WHOLE_LOG_PAGE.matcher(returnTo).matches() ? returnTo : LOG;
    }

    // --- what was deleted, in words --------------------------------------------------------------

    /** "Running, 5 km, on Monday 13 July". */
    private String words(AccountId owner, SessionView session) {
        String amount = switch (session.unit()) {
            case KM -> distance(accounts.distanceUnit(owner), session.volume());
            case MINUTES -> text("amount.minutes", number(session.volume()));
            case JUMPS -> text("log.all.jumps", number(session.volume()));
        };
        return text("log.what.session", text("activity." + session.activity()), amount, day(owner, session.date()));
    }

    /** "Split squat, 3 × 10, on Monday 13 July". */
    private String words(AccountId owner, StrengthView set) {
        String name = ExerciseNames.of(library).getOrDefault(set.exercise(), set.exercise());
        return text("log.what.strength", name, set.sets(), set.reps(), day(owner, set.date()));
    }

    /** "the morning check-in of Monday 13 July". */
    private String words(AccountId owner, LocalDate checkInDay) {
        return text("log.what.checkIn", day(owner, checkInDay));
    }

    /** "the shoes Trail 3". */
    private String words(ShoeView shoe) {
        return text("log.what.shoe", shoe.name());
    }

    private String distance(DistanceUnit unit, BigDecimal km) {
        return text(
                "amount.distance",
                number(unit.fromKm(km)),
                text(unit == DistanceUnit.MILES ? "unit.MILES" : "unit.KM"));
    }

    /** A day in words, with its year when it is not this year's. */
    private String day(AccountId owner, LocalDate date) {
        return (date.getYear() == clock.today(owner).getYear() ? DAY : DAY_OF_ANOTHER_YEAR).format(date);
    }

    /** At most two decimals, without trailing zeros: 5, 4.5, 3.11. */
    private static String number(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    private String text(String code, Object... args) {
        return messages.getMessage(code, args, LocaleContextHolder.getLocale());
    }
}
