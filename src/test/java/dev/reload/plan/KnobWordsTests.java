package dev.reload.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.context.support.ResourceBundleMessageSource;

import dev.reload.account.AccountId;
import dev.reload.account.PersonalClock;
import dev.reload.account.Role;
import dev.reload.knee.Condition;
import dev.reload.knee.ContributorKind;
import dev.reload.knee.Exercise;
import dev.reload.knee.ExerciseDose;
import dev.reload.knee.ExerciseKind;
import dev.reload.knee.ExerciseLibrary;
import dev.reload.knee.Knob;
import dev.reload.knee.Programme;
import dev.reload.knee.TightStructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** A change in words, as the patient reads it: who, which knob, from what to what, on which day. */
class KnobWordsTests {

    static final AccountId PATIENT = new AccountId(1);
    static final AccountId OTHER = new AccountId(2);
    static final Instant MONDAY = Instant.parse("2026-12-07T10:00:00Z");

    @ParameterizedTest(name = "{0} {1} ({2}) → {4}")
    @CsvSource(delimiter = '|', textBlock = """
            2 | Dr Jane Smith | CLINICIAN | stepPercent      | Your clinician Dr Jane Smith changed the weekly step from 10 % to 7 % on Monday 7 December.
            1 | Pat           | PATIENT   | stopPain         | You changed the pain that stops a session from 6 out of 10 to 7 out of 10 on Monday 7 December.
            2 | Ada           | ADMIN     | sessionsPerWeek  | Ada changed the sessions a week from 3 a week to 4 a week on Monday 7 December.
            2 | ''            | CLINICIAN | deloadEveryWeeks | Your clinician changed how often an easier week comes from every 4 weeks to every 5 weeks on Monday 7 December.
            0 | ''            |           | deloadPercent    | Someone whose account is now closed changed the size of an easier week from 70 % of the week before to 65.5 % of the week before on Monday 7 December.
            """)
    void saysWhoChangedWhatFromWhatToWhatOnWhichDay(long actor, String name, Role role, String knob, String sentence) {
        Knob k = Knob.byId(knob).orElseThrow();
        String[] values = switch (k) {
            case STEP_PERCENT -> new String[] {"10", "7"};
            case STOP_PAIN -> new String[] {"6", "7"};
            case SESSIONS_PER_WEEK -> new String[] {"3", "4"};
            case DELOAD_EVERY_WEEKS -> new String[] {"4", "5"};
            default -> new String[] {"70", "65.5"};
        };
        KnobChange change = new KnobChange(
                1,
                k,
                values[0],
                values[1],
                actor == 0 ? null : new AccountId(actor),
                actor == 0 ? null : name,
                role,
                MONDAY);

        assertThat(words().sentence(change, PATIENT)).isEqualTo(sentence);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            CLAMSHELL                  | Clamshell
            CLAMSHELL,BRIDGE           | Clamshell and Bridge
            CLAMSHELL,BRIDGE,WALL_SIT  | Clamshell, Bridge and Wall sit
            """)
    void namesTheExercisesInWords(String ids, String words) {
        assertThat(words().value(Knob.EXERCISES, ids)).isEqualTo(words);
    }

    private static KnobWords words() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        PersonalClock clock = mock(PersonalClock.class);
        when(clock.zone(PATIENT)).thenReturn(ZoneOffset.UTC);
        when(clock.today(PATIENT)).thenReturn(LocalDate.of(2026, 12, 7));
        ExerciseLibrary library = new ExerciseLibrary(new ExerciseLibrary.Data(
                List.of(
                        exercise("CLAMSHELL", "Clamshell"),
                        exercise("BRIDGE", "Bridge"),
                        exercise("WALL_SIT", "Wall sit")),
                List.of(new Programme(
                        "P",
                        "P",
                        Set.of(Condition.values()),
                        "3",
                        "d",
                        List.of("CLAMSHELL", "BRIDGE", "WALL_SIT"),
                        null)),
                new EnumMap<>(ContributorKind.class),
                new EnumMap<>(TightStructure.class)));
        return new KnobWords(messages, library, clock);
    }

    private static Exercise exercise(String id, String name) {
        return new Exercise(
                id,
                name,
                "t",
                "h",
                null,
                null,
                new ExerciseDose(3, 12, null, 60, "3 times a week"),
                ExerciseKind.STRENGTH,
                false);
    }
}
