package dev.reload.calendar;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import dev.reload.account.DistanceUnit;
import dev.reload.advice.PlanOutlook;
import dev.reload.advice.PlanOutlook.Session;
import dev.reload.advice.PlanOutlook.SessionKind;
import dev.reload.advice.PlanOutlook.StrengthDay;
import dev.reload.advice.PlanOutlook.StrengthExercise;
import dev.reload.advice.PlanOutlook.Week;
import dev.reload.knee.ExerciseKind;
import dev.reload.knee.VolumeUnit;

/**
 * Words a plan's outlook as the events of a calendar feed: each suggested session with its dose in
 * the person's distance unit, each strength day with its exercises, the weekly reviews, and a
 * morning check-in every day at {@link #CHECK_IN_TIME} with a reminder. Dates are the person's
 * (their time zone decided them); sessions, strength days and reviews are all-day events, the
 * check-in is at a floating time, so that calendars show them on the same day wherever the person
 * is. Every event's id is stable: a calendar updates it rather than adding another.
 */
@Component
class PlanCalendar {

    /** When the morning check-in reminder goes off, on the person's own clock. */
    static final LocalTime CHECK_IN_TIME = LocalTime.of(7, 30);

    static final Duration CHECK_IN_LENGTH = Duration.ofMinutes(5);

    private static final Locale WORDS = Locale.ENGLISH;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM", WORDS);
    private static final String UID_DOMAIN = "@reload";

    private final MessageSource messages;

    PlanCalendar(MessageSource messages) {
        this.messages = messages;
    }

    /**
     * The feed's content.
     *
     * @param feedId the feed (the check-in reminder is the feed's own)
     * @param since the day the feed began, where the person lives: the check-ins run from it
     * @param outlook the plan laid out (empty without a plan: the check-ins alone)
     * @param todayUrl the address of the Today page, which has the dose that counts on the day
     */
    FeedContent content(
            long feedId,
            LocalDate since,
            Optional<PlanOutlook> outlook,
            ZoneId zone,
            DistanceUnit distances,
            String todayUrl) {
        List<FeedContent.Event> events = new ArrayList<>();
        events.add(new FeedContent.Event(
                "checkin-" + feedId + UID_DOMAIN,
                since,
                CHECK_IN_TIME,
                CHECK_IN_LENGTH,
                true,
                summary(text("calendar.checkIn")),
                text("today.tomorrow.text") + "\n\n" + todayUrl,
                text("calendar.checkIn.alarm"),
                todayUrl));
        outlook.ifPresent(plan -> {
            for (Week week : plan.weeks()) {
                if (week.number() > 1) {
                    events.add(FeedContent.Event.allDay(
                            "review-" + plan.planId() + "-" + week.number() + UID_DOMAIN,
                            week.start(),
                            summary(text("today.review", week.number() - 1)),
                            text("calendar.review.text", week.number(), week.number() - 1) + "\n\n" + todayUrl,
                            todayUrl));
                }
                for (Session session : week.sessions()) {
                    events.add(session(plan, week, session, distances, todayUrl));
                }
                for (StrengthDay day : week.strengthDays()) {
                    events.add(strength(plan, day, todayUrl));
                }
            }
        });
        String description = text("calendar.description") + "\n\n" + text("notice.title") + " " + text("notice.text");
        return new FeedContent(text("calendar.name"), description, zone.getId(), events);
    }

    private FeedContent.Event session(
            PlanOutlook plan, Week week, Session session, DistanceUnit distances, String todayUrl) {
        String activity = text("activity." + plan.activity());
        SessionKind kind = session.kind();
        String summary = session.volume() == null
                ? text("calendar.session." + kind)
                : text("calendar.session." + kind, activity, amount(session.volume(), plan.unit(), distances));
        String why = switch (kind) {
            case PLANNED ->
                week.decided()
                        ? text(
                                "calendar.session.PLANNED.decided",
                                week.number(),
                                amount(week.dose(), plan.unit(), distances),
                                plan.sessionsPerWeek())
                        : text("calendar.session.PLANNED.ahead", week.number(), DAY.format(week.start()));
            case CROSS_TRAIN -> text("calendar.session.CROSS_TRAIN.text", activity.toLowerCase(WORDS));
            case DONE -> text("today.next.DONE.text");
            default -> text("calendar.session." + kind + ".text");
        };
        String description = why + "\n\n" + text("calendar.session.day") + "\n\n" + text("calendar.session.check")
                + "\n\n" + todayUrl;
        return FeedContent.Event.allDay(
                "session-" + plan.planId() + "-" + week.number() + "-" + session.slot() + UID_DOMAIN,
                session.date(),
                summary(summary),
                description,
                todayUrl);
    }

    /** A strength day: "Stretches" when it holds nothing else. */
    private FeedContent.Event strength(PlanOutlook plan, StrengthDay day, String todayUrl) {
        String kind = day.exercises().stream().allMatch(e -> e.kind() == ExerciseKind.STRETCH)
                ? "calendar.stretches"
                : "calendar.strength";
        StringBuilder description = new StringBuilder(text(kind + ".lead"));
        for (StrengthExercise exercise : day.exercises()) {
            description.append("\n• ").append(exercise.name()).append(": ").append(dose(exercise));
        }
        description
                .append("\n\n")
                .append(text("calendar.strength.tail"))
                .append("\n\n")
                .append(todayUrl);
        return FeedContent.Event.allDay(
                "strength-" + plan.planId() + "-" + day.date() + UID_DOMAIN,
                day.date(),
                summary(text(kind)),
                description.toString(),
                todayUrl);
    }

    /** Sets × reps (or holds of so many seconds), at a load when there is one: as Today writes it. */
    private String dose(StrengthExercise exercise) {
        String dose = exercise.holdSec() == null
                ? text("today.strength.sets", exercise.sets(), exercise.reps())
                : text("today.strength.hold", exercise.sets(), exercise.reps(), exercise.holdSec());
        return exercise.loadKg() > 0 ? dose + " " + text("today.strength.load", plain(exercise.loadKg())) : dose;
    }

    /** A volume as the person reads it: kilometres as miles where they prefer miles, with its unit. */
    private String amount(double volume, VolumeUnit unit, DistanceUnit distances) {
        if (unit == VolumeUnit.KM && distances == DistanceUnit.MILES) {
            return text(
                    "amount.distance",
                    distances.fromKm(BigDecimal.valueOf(volume)).toPlainString(),
                    text("unit.MILES"));
        }
        return text("amount.distance", plain(volume), text("unit." + unit));
    }

    private static String plain(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    private String summary(String text) {
        return text("calendar.summary", text);
    }

    private String text(String code, Object... args) {
        return messages.getMessage(code, args, WORDS);
    }
}
