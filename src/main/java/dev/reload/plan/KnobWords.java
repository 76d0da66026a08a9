package dev.reload.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import dev.reload.account.AccountId;
import dev.reload.account.PersonalClock;
import dev.reload.account.Role;
import dev.reload.knee.Exercise;
import dev.reload.knee.ExerciseLibrary;
import dev.reload.knee.Knob;

/**
 * The plan's knobs and their changes in words, for the plan page, the API and any page that shows
 * them: "Your clinician Dr Jane Smith changed the weekly step from 10 % to 7 % on Monday 7
 * December." Dates are the patient's own (their time zone), with the year when it is not this one.
 */
@Component
public class KnobWords {

    private static final Locale LOCALE = Locale.UK;
    private static final DateTimeFormatter THIS_YEAR = DateTimeFormatter.ofPattern("EEEE d MMMM", LOCALE);
    private static final DateTimeFormatter OTHER_YEAR = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", LOCALE);

    private final MessageSource messages;
    private final ExerciseLibrary library;
    private final PersonalClock clock;

    KnobWords(MessageSource messages, ExerciseLibrary library, PersonalClock clock) {
        this.messages = messages;
        this.library = library;
        this.clock = clock;
    }

    /** The knob's name as a sentence uses it: "the weekly step". */
    public String name(Knob knob) {
        return message("knob." + knob.id() + ".name");
    }

    /** A value of {@code knob} (as {@link PlanKnobs#value} writes it) in words: "7 %", "Clamshell and Bridge". */
    public String value(Knob knob, String value) {
        String shown = knob == Knob.EXERCISES ? exercises(value) : value;
        return message("knob." + knob.id() + ".value", shown);
    }

    /** Each knob's current value in words, in {@link Knob} order. */
    public List<Line> lines(PlanKnobs knobs) {
        return Arrays.stream(Knob.values())
                .map(knob -> new Line(knob, message("knob." + knob.id() + ".label"), value(knob, knobs.value(knob))))
                .toList();
    }

    /** One knob as the plan page lists it: its label and its value in words. */
    public record Line(Knob knob, String label, String value) {}

    /** A change in one sentence, as {@code owner} (the patient) reads it. */
    public String sentence(KnobChange change, AccountId owner) {
        String key;
        if (change.changedBy() == null) {
            key = "plan.changes.byClosedAccount";
        } else if (change.byOwner(owner)) {
            key = "plan.changes.byYou";
        } else if (change.changedByName() == null || change.changedByName().isBlank()) {
            key = change.changedByRole() == Role.CLINICIAN
                    ? "plan.changes.byUnnamedClinician"
                    : "plan.changes.byUnnamed";
        } else if (change.changedByRole() == Role.CLINICIAN) {
            key = "plan.changes.byClinician";
        } else {
            key = "plan.changes.bySomeone";
        }
        ZoneId zone = clock.zone(owner);
        LocalDate on = change.changedAt().atZone(zone).toLocalDate();
        DateTimeFormatter format = on.getYear() == clock.today(owner).getYear() ? THIS_YEAR : OTHER_YEAR;
        return message(
                key,
                change.changedByName(),
                name(change.knob()),
                value(change.knob(), change.oldValue()),
                value(change.knob(), change.newValue()),
                format.format(on));
    }

    private String exercises(String ids) {
        List<String> names = ids.isBlank()
                ? List.of()
                : Arrays.stream(ids.split(","))
                        .map(id -> library.find(id).map(Exercise::name).orElse(id))
                        .toList();
        if (names.size() <= 1) {
            return String.join("", names);
        }
        return String.join(", ", names.subList(0, names.size() - 1))
                + message("knob.and")
                + names.get(names.size() - 1);
    }

    private String message(String key, Object... args) {
        Object[] shown = Arrays.stream(args)
                .map(a -> a instanceof BigDecimal b ? b.toPlainString() : a)
                .toArray();
        return messages.getMessage(key, shown, LOCALE);
    }
}
