package dev.reload.advice.engine;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.reload.knee.Activity;
import dev.reload.knee.Condition;
import dev.reload.knee.RedFlag;
import dev.reload.knee.VolumeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * R3.next-session at the edges of each decision. In every case week 1 was all green at 12 km, so
 * week 2's dose in force is 13.0 km and its per-session share 13 ÷ 3 = 4.33 → 4.0 km.
 */
class NextSessionTests {

    /** Week 1 all green at 12 km: week 2's dose is 13.0 km. */
    static Logbook afterAGreenWeek() {
        return Logbook.returning().greenWeek(1, 12);
    }

    static NextSession on(Logbook log, LocalDate asOf) {
        return log.adviseOn(asOf).nextSession();
    }

    @Test
    void triesTheShareOnTheFirstDayOfTheWeek() {
        Logbook log = afterAGreenWeek();
        assertThat(on(log, log.day(2, 0)))
                .isEqualTo(new NextSession(Activity.RUN, 4.0, VolumeUnit.KM, SessionDecision.TRY, 13.0, 0.0));
    }

    @Test
    void theWeekDoseIsTheOneInForceForTheWeekHoldingAsOfNotTheNextWeeks() {
        Logbook log = afterAGreenWeek();
        log.session(log.day(2, 0), 4, 1, 1).mornings(log.day(2, 1), log.day(2, 3), 1);
        Advice advice = log.adviseOn(log.day(2, 3));
        assertThat(advice.nextWeek().week()).isEqualTo(3);
        assertThat(advice.nextSession().weekDose()).isEqualTo(13.0);
        assertThat(advice.nextSession().doneThisWeek()).isEqualTo(4.0);
    }

    @ParameterizedTest(name = "two green runs of {0} km → {1} {2}")
    @CsvSource({
        "4, TRY, 4.0", // 5 km left: the share
        "4.5, TRY, 4.0", // 4 km left: the share
        "5, TRY, 3.0", // 3 km left: never more than what is left
        "6, TRY, 1.0", // 1 km left
        "6.25, TRY, 0.5", // 0.5 km left: one grain
        "6.3, DONE, ", // 0.4 km left: under one grain
        "6.5, DONE, ", // the week's dose reached
        "8, DONE, " // beyond it
    })
    void triesTheShareButNeverMoreThanWhatIsLeftOfTheWeeksDose(double each, SessionDecision decision, Double volume) {
        Logbook log = afterAGreenWeek();
        log.session(log.day(2, 0), each, 1, 1).session(log.day(2, 2), each, 1, 1);
        log.mornings(log.day(2, 1), log.day(2, 3), 1);
        NextSession next = on(log, log.day(2, 3));
        assertThat(next.decision()).isEqualTo(decision);
        assertThat(next.volume()).isEqualTo(volume);
        assertThat(next.doneThisWeek()).isEqualTo(2 * each);
    }

    @ParameterizedTest(name = "{0} runs this week → {1}")
    @CsvSource({"2, TRY", "3, DONE"})
    void isDoneOnceThePlannedNumberOfSessionsIsDone(int runs, SessionDecision decision) {
        Logbook log = afterAGreenWeek();
        for (int i = 0; i < runs; i++) {
            log.session(log.day(2, i), 1, 1, 1);
        }
        log.mornings(log.day(2, 1), log.day(2, 4), 1);
        assertThat(on(log, log.day(2, 4)).decision()).isEqualTo(decision);
    }

    @ParameterizedTest(name = "amber run of {0} km → hold {1} km")
    @CsvSource({"3, 3.0", "4, 4.0", "5, 4.0", "3.3, 3.0"})
    void holdsAtTheSmallerOfTheShareAndTheAmberSession(double volume, double expected) {
        Logbook log = afterAGreenWeek();
        log.session(log.day(2, 0), volume, 4, 2).morning(log.day(2, 1), 1);
        NextSession next = on(log, log.day(2, 1));
        assertThat(next.decision()).isEqualTo(SessionDecision.HOLD);
        assertThat(next.volume()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "pain during {0} → {1}")
    @CsvSource({"3, TRY", "4, HOLD", "5, HOLD", "6, BACK_OFF"})
    void decidesOnTheMostRecentSessionsClassAtThePainEdges(int during, SessionDecision decision) {
        Logbook log = afterAGreenWeek();
        log.session(log.day(2, 0), 4, during, 1).morning(log.day(2, 1), 1);
        assertThat(on(log, log.day(2, 1)).decision()).isEqualTo(decision);
    }

    @ParameterizedTest(name = "red run, next morning {0} (baseline 1) → {1}")
    @CsvSource({"-1, REST", "3, REST", "2, REST", "1, BACK_OFF", "0, BACK_OFF"})
    void restsAfterARedSessionUntilAMorningIsBackAtItsBaseline(int morning, SessionDecision decision) {
        Logbook log = afterAGreenWeek();
        log.session(log.day(2, 0), 5, 6, 3);
        if (morning >= 0) {
            log.morning(log.day(2, 1), morning);
        }
        NextSession next = on(log, log.day(2, 1));
        assertThat(next.decision()).isEqualTo(decision);
        assertThat(next.volume() == null).isEqualTo(decision == SessionDecision.REST);
    }

    @Test
    void restsOnTheDayOfTheRedSessionAndBacksOffOnceAMorningIsBack() {
        Logbook log = afterAGreenWeek();
        log.session(log.day(2, 0), 5, 7, 5);
        assertThat(on(log, log.day(2, 0)).decision()).isEqualTo(SessionDecision.REST);
        log.morning(log.day(2, 1), 3).morning(log.day(2, 2), 1);
        assertThat(on(log, log.day(2, 1)).decision()).isEqualTo(SessionDecision.REST);
        assertThat(on(log, log.day(2, 2)).decision()).isEqualTo(SessionDecision.BACK_OFF);
    }

    @ParameterizedTest(name = "red run of {0} km, back at baseline → {1} km")
    @CsvSource({
        "5, 4.0", // 80 % of 5 = 4.0, the share 4.0
        "6, 4.0", // 80 % of 6 = 4.8: the share wins
        "4, 3.0", // 80 % of 4 = 3.2 → 3.0
        "3, 2.0", // 80 % of 3 = 2.4 → 2.0
        "0.5, 0.5" // 80 % of 0.5 = 0.4: at least one grain
    })
    void backsOffToEightyPercentOfTheRedSessionAndAtMostTheShare(double red, double expected) {
        Logbook log = afterAGreenWeek();
        log.session(log.day(2, 0), red, 6, 2).morning(log.day(2, 1), 1);
        NextSession next = on(log, log.day(2, 1));
        assertThat(next.decision()).isEqualTo(SessionDecision.BACK_OFF);
        assertThat(next.volume()).isEqualTo(expected);
    }

    @Test
    void aRedSessionEarlierInTheWeekStillBacksOffAfterAGreenOne() {
        Logbook log = afterAGreenWeek();
        log.session(log.day(2, 0), 5, 6, 2).session(log.day(2, 2), 2, 1, 1);
        log.mornings(log.day(2, 1), log.day(2, 3), 1);
        NextSession next = on(log, log.day(2, 3));
        assertThat(next.decision()).isEqualTo(SessionDecision.BACK_OFF);
        assertThat(next.volume()).isEqualTo(4.0);
    }

    @Test
    void doneWinsOverBackOff() {
        Logbook log = afterAGreenWeek();
        log.session(log.day(2, 0), 3, 1, 1).session(log.day(2, 1), 3, 1, 1).session(log.day(2, 2), 3, 6, 2);
        log.mornings(log.day(2, 1), log.day(2, 3), 1);
        assertThat(on(log, log.day(2, 3)).decision()).isEqualTo(SessionDecision.DONE);
    }

    @Test
    void crossTrainsWhileSettlingWithNothingToTryAndTriesTheTolerableDoseOtherwise() {
        Logbook nothing = Logbook.plan();
        assertThat(on(nothing, nothing.day(1, 0)))
                .isEqualTo(new NextSession(Activity.RUN, null, VolumeUnit.KM, SessionDecision.CROSS_TRAIN, 0, 0));
        Logbook tolerable = Logbook.plan().tolerable(2);
        assertThat(on(tolerable, tolerable.day(1, 0)))
                .isEqualTo(new NextSession(Activity.RUN, 2.0, VolumeUnit.KM, SessionDecision.TRY, 6.0, 0));
    }

    @Test
    void restWinsOverCrossTraining() {
        Logbook log = Logbook.plan();
        log.session(log.day(1, 0), 1, 6, 3);
        assertThat(on(log, log.day(1, 0)).decision()).isEqualTo(SessionDecision.REST);
    }

    @Test
    void theShareIsAtLeastOneGrainInEveryUnit() {
        Logbook log = Logbook.plan().activity(Activity.HIKE, VolumeUnit.MINUTES).tolerable(3);
        NextSession next = on(log, log.day(1, 0));
        assertThat(next.weekDose()).isEqualTo(5.0); // 3 × 3 = 9 → 5 min
        assertThat(next.volume()).isEqualTo(5.0); // 5 ÷ 3 → 0, at least one grain
    }

    @Test
    void noneWhenUrgentOrUnderBoneStressButKeptForASoftEscalation() {
        Logbook urgent = afterAGreenWeek().redFlags(Logbook.MONDAY, RedFlag.CALF_PAIN_SWELLING);
        assertThat(urgent.adviseAtStartOf(2).nextSession()).isNull();
        Logbook bone = afterAGreenWeek().condition(Condition.BONE_STRESS);
        assertThat(bone.adviseAtStartOf(2).nextSession()).isNull();
        Logbook clinician = afterAGreenWeek().redFlags(Logbook.MONDAY, RedFlag.LOCKING);
        Advice advice = clinician.adviseAtStartOf(2);
        assertThat(advice.escalation()).isEqualTo(Escalation.SEE_CLINICIAN);
        assertThat(advice.nextSession()).isNotNull();
        assertThat(advice.nextWeek()).isNotNull();
    }

    @Test
    void saysWhatItDecidedAsAFinding() {
        Logbook log = afterAGreenWeek();
        Advice advice = log.adviseAtStartOf(2);
        assertThat(advice.findings())
                .anyMatch(f -> f.rule().equals("R3.next-session") && f.message().contains("4 km"));
    }
}
