package dev.reload.calendar;

import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Period;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.validate.ValidationResult;
import org.junit.jupiter.api.Test;
import org.springframework.context.MessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;

import dev.reload.account.DistanceUnit;
import dev.reload.advice.PlanOutlook;
import dev.reload.advice.PlanOutlook.Session;
import dev.reload.advice.PlanOutlook.SessionKind;
import dev.reload.advice.PlanOutlook.StrengthDay;
import dev.reload.advice.PlanOutlook.StrengthExercise;
import dev.reload.advice.PlanOutlook.Week;
import dev.reload.knee.Activity;
import dev.reload.knee.ExerciseKind;
import dev.reload.knee.Phase;
import dev.reload.knee.VolumeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A known plan as a feed: written with ical4j, held to its validator, parsed back by its parser
 * (as a calendar app reads it) and checked event by event. The plan: a runner settling at 12 km a
 * week in three sessions, started Monday 6 July 2026, seen on Wednesday 15 July (plan week 2),
 * with the feed made on Friday 10 July.
 */
class PlanCalendarTests {

    static final LocalDate START = LocalDate.of(2026, 7, 6);
    static final LocalDate TODAY = LocalDate.of(2026, 7, 15);
    static final LocalDate SINCE = LocalDate.of(2026, 7, 10);
    static final Instant CHANGED = Instant.parse("2026-07-15T05:12:00Z");
    static final String TODAY_URL = "https://reload.example/today";

    static final StrengthExercise SPLIT_SQUAT =
            new StrengthExercise("SPLIT_SQUAT", "Split squat", ExerciseKind.STRENGTH, 3, 10, 10.5, null);
    static final StrengthExercise SIDE_PLANK =
            new StrengthExercise("SIDE_PLANK", "Side plank", ExerciseKind.STRENGTH, 3, 3, 0, 20);
    static final StrengthExercise CALF_STRETCH =
            new StrengthExercise("CALF_STRETCH", "Calf stretch", ExerciseKind.STRETCH, 3, 1, 0, 30);

    static final PlanOutlook OUTLOOK = new PlanOutlook(
            5,
            Activity.RUN,
            VolumeUnit.KM,
            3,
            START,
            TODAY,
            2,
            List.of(
                    new Week(
                            1,
                            START,
                            Phase.SETTLE,
                            12.0,
                            true,
                            List.of(
                                    new Session(START, 1, SessionKind.PLANNED, 4.0),
                                    new Session(START.plusDays(2), 2, SessionKind.PLANNED, 4.0),
                                    new Session(START.plusDays(4), 3, SessionKind.PLANNED, 4.0)),
                            List.of(new StrengthDay(START.plusDays(1), List.of(SPLIT_SQUAT, SIDE_PLANK)))),
                    new Week(
                            2,
                            START.plusWeeks(1),
                            Phase.SETTLE,
                            12.0,
                            true,
                            List.of(
                                    new Session(START.plusDays(7), 1, SessionKind.PLANNED, 4.0),
                                    new Session(TODAY, 2, SessionKind.HOLD, 3.0),
                                    new Session(START.plusDays(11), 3, SessionKind.DONE, null)),
                            List.of(
                                    new StrengthDay(START.plusDays(8), List.of(SPLIT_SQUAT, CALF_STRETCH)),
                                    new StrengthDay(START.plusDays(9), List.of(CALF_STRETCH)))),
                    new Week(
                            3,
                            START.plusWeeks(2),
                            Phase.SETTLE,
                            12.0,
                            false,
                            List.of(new Session(START.plusWeeks(2), 1, SessionKind.PLANNED, 4.0)),
                            List.of())));

    final PlanCalendar words = new PlanCalendar(messages());

    @Test
    void theFeedValidatesAndParsesBackWithEveryEventOnItsDay() throws Exception {
        Calendar parsed = parse(write(content(DistanceUnit.KM), 3));

        assertThat(errors(parsed.validate())).isEmpty();
        Map<String, VEvent> events = byUid(parsed);
        assertThat(events.keySet())
                .containsExactly(
                        "checkin-9@reload",
                        "session-5-1-1@reload",
                        "session-5-1-2@reload",
                        "session-5-1-3@reload",
                        "strength-5-2026-07-07@reload",
                        "review-5-2@reload",
                        "session-5-2-1@reload",
                        "session-5-2-2@reload",
                        "session-5-2-3@reload",
                        "strength-5-2026-07-14@reload",
                        "strength-5-2026-07-15@reload",
                        "review-5-3@reload",
                        "session-5-3-1@reload");

        VEvent hold = events.get("session-5-2-2@reload");
        assertThat(start(hold)).isEqualTo(TODAY);
        assertThat(end(hold)).isEqualTo(TODAY.plusDays(1)); // all day
        assertThat(text(hold, Property.SUMMARY)).isEqualTo("Running: no more than 3 km (Reload)");
        assertThat(text(hold, Property.DESCRIPTION))
                .startsWith("Your last session was at the edge: no more than that until it feels easy.")
                .contains("A suggested day", "Today", TODAY_URL);
        assertThat(text(hold, Property.TRANSP)).isEqualTo("TRANSPARENT");
        assertThat(text(hold, Property.URL)).isEqualTo(TODAY_URL);

        VEvent planned = events.get("session-5-1-2@reload");
        assertThat(start(planned)).isEqualTo(LocalDate.of(2026, 7, 8));
        assertThat(text(planned, Property.SUMMARY)).isEqualTo("Running: about 4 km (Reload)");
        assertThat(text(planned, Property.DESCRIPTION))
                .startsWith("Plan week 1: 12 km in all, spread over 3 sessions.");
        assertThat(text(events.get("session-5-2-3@reload"), Property.SUMMARY))
                .isEqualTo("This week\u2019s dose is done (Reload)");
        assertThat(text(events.get("session-5-3-1@reload"), Property.DESCRIPTION))
                .startsWith("Plan week 3 begins on Monday 20 July, and its dose is decided then");

        VEvent review = events.get("review-5-2@reload");
        assertThat(start(review)).isEqualTo(LocalDate.of(2026, 7, 13));
        assertThat(text(review, Property.SUMMARY)).isEqualTo("Weekly review of week 1 (Reload)");
        assertThat(text(review, Property.DESCRIPTION)).startsWith("Plan week 2 begins today.");

        VEvent strength = events.get("strength-5-2026-07-07@reload");
        assertThat(start(strength)).isEqualTo(LocalDate.of(2026, 7, 7));
        assertThat(text(strength, Property.SUMMARY)).isEqualTo("Strength work (Reload)");
        assertThat(text(strength, Property.DESCRIPTION))
                .contains("\u2022 Split squat: 3 \u00d7 10 at 10.5 kg", "\u2022 Side plank: 3 \u00d7 3 holds of 20 s");
        assertThat(text(events.get("strength-5-2026-07-14@reload"), Property.SUMMARY))
                .isEqualTo("Strength work (Reload)");
        VEvent stretches = events.get("strength-5-2026-07-15@reload");
        assertThat(text(stretches, Property.SUMMARY)).isEqualTo("Stretches (Reload)");
        assertThat(text(stretches, Property.DESCRIPTION))
                .startsWith("Your stretches for the day:\n\u2022 Calf stretch: 3 \u00d7 1 holds of 30 s");
    }

    @Test
    void theMorningCheckInRemindsEveryDayAtHalfPastSevenOnThePersonsOwnClock() throws Exception {
        Calendar parsed = parse(write(content(DistanceUnit.KM), 3));

        VEvent checkIn = byUid(parsed).get("checkin-9@reload");
        assertThat(checkIn.getProperty(Property.DTSTART).orElseThrow().getValue())
                .isEqualTo("20260710T073000"); // floating: no zone, no Z
        assertThat(text(checkIn, Property.DURATION)).isEqualTo("PT5M");
        assertThat(text(checkIn, Property.RRULE)).isEqualTo("FREQ=DAILY");
        assertThat(text(checkIn, Property.SUMMARY)).isEqualTo("Morning check-in (Reload)");
        assertThat(text(checkIn, Property.DESCRIPTION)).startsWith("Before you get going, log how your knee feels");
        VAlarm alarm = checkIn.getAlarms().get(0);
        assertThat(text(alarm, Property.ACTION)).isEqualTo("DISPLAY");
        assertThat(text(alarm, Property.TRIGGER)).isEqualTo("PT0S");
        assertThat(text(alarm, Property.DESCRIPTION))
                .isEqualTo("Morning check-in: how does your knee feel since you got up?");

        List<LocalDateTime> week = checkIn
                .<LocalDateTime>calculateRecurrenceSet(
                        new Period<>(LocalDateTime.of(2026, 7, 13, 0, 0), LocalDateTime.of(2026, 7, 20, 0, 0)))
                .stream()
                .map(Period::getStart)
                .toList();
        assertThat(week).hasSize(7).allMatch(t -> t.getHour() == 7 && t.getMinute() == 30);
        assertThat(week.get(0)).isEqualTo(LocalDateTime.of(2026, 7, 13, 7, 30));
    }

    @Test
    void theCalendarIsNamedSaysWhatItIsWithTheNoticeAndNamesThePersonsZone() throws Exception {
        Calendar parsed = parse(write(content(DistanceUnit.KM), 3));

        assertThat(text(parsed, Property.PRODID)).isEqualTo(ICalendarWriter.PRODUCT);
        assertThat(text(parsed, Property.VERSION)).isEqualTo("2.0");
        assertThat(text(parsed, Property.NAME)).isEqualTo("Reload: your plan");
        assertThat(text(parsed, "X-WR-CALNAME")).isEqualTo("Reload: your plan");
        assertThat(text(parsed, "X-WR-TIMEZONE")).isEqualTo("Europe/Berlin");
        assertThat(text(parsed, "REFRESH-INTERVAL")).isEqualTo("PT6H");
        assertThat(text(parsed, Property.DESCRIPTION))
                .contains("Education, not diagnosis.", "it does not examine you", "see a doctor or physiotherapist");
    }

    @Test
    void everyEventCarriesTheRevisionAndWhenItWasMade() throws Exception {
        Calendar parsed = parse(write(content(DistanceUnit.KM), 7));

        for (VEvent event : parsed.<VEvent>getComponents(VEvent.VEVENT)) {
            assertThat(text(event, Property.SEQUENCE)).isEqualTo("7");
            assertThat(text(event, Property.DTSTAMP)).isEqualTo("20260715T051200Z");
            assertThat(text(event, Property.LAST_MODIFIED)).isEqualTo("20260715T051200Z");
        }
    }

    @Test
    void distancesAreInThePersonsUnit() throws Exception {
        Map<String, VEvent> events = byUid(parse(write(content(DistanceUnit.MILES), 1)));

        assertThat(text(events.get("session-5-1-1@reload"), Property.SUMMARY))
                .isEqualTo("Running: about 2.49 mi (Reload)");
        assertThat(text(events.get("session-5-1-1@reload"), Property.DESCRIPTION))
                .startsWith("Plan week 1: 7.46 mi in all");
    }

    @Test
    void withoutAPlanTheFeedHoldsTheCheckInsAlone() throws Exception {
        FeedContent alone =
                words.content(9, SINCE, Optional.empty(), ZoneId.of("Europe/Berlin"), DistanceUnit.KM, TODAY_URL);
        Calendar parsed = parse(write(alone, 1));

        assertThat(errors(parsed.validate())).isEmpty();
        assertThat(byUid(parsed)).containsOnlyKeys("checkin-9@reload");
    }

    @Test
    void theSameContentHasTheSameHashAndAnyChangeAnother() {
        FeedContent content = content(DistanceUnit.KM);
        assertThat(content(DistanceUnit.KM).hash()).isEqualTo(content.hash());
        assertThat(content(DistanceUnit.MILES).hash()).isNotEqualTo(content.hash());
        FeedContent moved = words.content(
                9, SINCE.plusDays(1), Optional.of(OUTLOOK), ZoneId.of("Europe/Berlin"), DistanceUnit.KM, TODAY_URL);
        assertThat(moved.hash()).isNotEqualTo(content.hash());
    }

    private FeedContent content(DistanceUnit distances) {
        return words.content(9, SINCE, Optional.of(OUTLOOK), ZoneId.of("Europe/Berlin"), distances, TODAY_URL);
    }

    private static String write(FeedContent content, int revision) {
        String text = ICalendarWriter.write(content, revision, CHANGED);
        assertThat(errors(ICalendarWriter.calendar(content, revision, CHANGED).validate()))
                .isEmpty();
        assertThat(text).startsWith("BEGIN:VCALENDAR\r\n").contains("\r\nEND:VCALENDAR");
        return text;
    }

    static Calendar parse(String text) throws Exception {
        return new CalendarBuilder().build(new StringReader(text));
    }

    static List<String> errors(ValidationResult result) {
        return result.getEntries().stream()
                .filter(e -> e.getSeverity() != net.fortuna.ical4j.validate.ValidationEntry.Severity.INFO)
                .map(Object::toString)
                .toList();
    }

    static Map<String, VEvent> byUid(Calendar calendar) {
        return calendar.<VEvent>getComponents(VEvent.VEVENT).stream()
                .collect(Collectors.toMap(
                        e -> text(e, Property.UID),
                        Function.identity(),
                        (a, b) -> {
                            throw new AssertionError("two events share the UID " + text(a, Property.UID));
                        },
                        java.util.LinkedHashMap::new));
    }

    static String text(net.fortuna.ical4j.model.PropertyContainer container, String name) {
        return container.getProperty(name).map(Property::getValue).orElse(null);
    }

    static LocalDate start(VEvent event) {
        Temporal start = event.getStartDate().orElseThrow().getDate();
        return LocalDate.from(start);
    }

    static LocalDate end(VEvent event) {
        Temporal end = event.getEndDate().orElseThrow().getDate();
        return LocalDate.from(end);
    }

    static MessageSource messages() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasenames("messages", "i18n/journey", "i18n/calendar");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }
}
