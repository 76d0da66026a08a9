package dev.reload.advice.engine;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import dev.reload.knee.Condition;
import dev.reload.knee.Phase;
import dev.reload.knee.RedFlag;
import dev.reload.knee.Severity;

import static org.assertj.core.api.Assertions.assertThat;

/** R7: red flags, bone stress, "not sure", and non-response at weeks 4–6. */
class EscalationTests {

    static final LocalDate SCREENED = Logbook.MONDAY;

    static Logbook greenReturn() {
        return Logbook.returning().greenWeek(1, 10).greenWeek(2, 11);
    }

    /** R7.repeat-red is R3.repeat-red's escalation: soft (a dose is still given), and it stands while the plan settles. */
    @Test
    void r7RepeatRedAsksForAClinicianAfterTwoRedWeeksInReturnAndKeepsAskingWhileBackInSettle() {
        Logbook log = Logbook.returning().greenWeek(1, 10).week(2, 10, 3, 6, 2, 1);
        assertThat(log.adviseAtStartOf(3).escalation()).as("one red week").isEqualTo(Escalation.NONE);

        log.week(3, 8, 3, 6, 2, 1);
        Advice afterTwo = log.adviseAtStartOf(4);
        assertThat(afterTwo.escalation()).isEqualTo(Escalation.SEE_CLINICIAN);
        assertThat(afterTwo.nextWeek()).as("advice, not a block").isNotNull();
        assertThat(afterTwo.findings())
                .filteredOn(f -> f.rule().equals("R3.repeat-red"))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.HIGH);
                    assertThat(f.message()).contains("Two weeks in a row", "a clinician look at the knee");
                });

        Advice aWeekLater = log.adviseAtStartOf(5);
        assertThat(aWeekLater.phase()).isEqualTo(Phase.SETTLE);
        assertThat(aWeekLater.escalation()).as("still in Settle").isEqualTo(Escalation.SEE_CLINICIAN);
    }

    @ParameterizedTest
    @EnumSource(
            value = RedFlag.class,
            names = {"HOT_SWOLLEN_FEVER", "CANNOT_BEAR_WEIGHT", "CALF_PAIN_SWELLING", "NUMBNESS_WEAKNESS"})
    void sendsToUrgentCareWithoutADoseForEachUrgentFlag(RedFlag flag) {
        Advice advice = greenReturn().redFlags(SCREENED, flag).adviseAtStartOf(3);
        assertThat(advice.escalation()).isEqualTo(Escalation.URGENT);
        assertThat(advice.nextWeek()).isNull();
        assertThat(advice.light()).isEqualTo(Light.RED);
        assertThat(advice.hasFinding("R7.urgent")).isTrue();
    }

    @ParameterizedTest
    @EnumSource(
            value = RedFlag.class,
            names = {
                "LOCKING",
                "CATCHING",
                "GIVING_WAY",
                "SIGNIFICANT_SWELLING",
                "POP_OR_INJURY_MOMENT",
                "SEVERE_DAILY_PAIN",
                "WEIGHT_LOSS_OR_CANCER"
            })
    void asksForAClinicianBeforeLoadingForEachOtherFlag(RedFlag flag) {
        Advice advice = greenReturn().redFlags(SCREENED, flag).adviseAtStartOf(3);
        assertThat(advice.escalation()).isEqualTo(Escalation.SEE_CLINICIAN);
        assertThat(advice.light()).isEqualTo(Light.RED);
        assertThat(advice.nextWeek()).isNotNull();
        assertThat(advice.hasFinding("R7.clinician")).isTrue();
    }

    @Test
    void urgentWinsOverSeeClinician() {
        Advice advice = greenReturn()
                .redFlags(SCREENED, RedFlag.LOCKING, RedFlag.CALF_PAIN_SWELLING)
                .adviseAtStartOf(3);
        assertThat(advice.escalation()).isEqualTo(Escalation.URGENT);
        assertThat(advice.hasFinding("R7.clinician")).isTrue();
        assertThat(advice.hasFinding("R7.urgent")).isTrue();
    }

    @Test
    void nightPainWithBonyTendernessStopsTheImpactDose() {
        Advice advice =
                greenReturn().redFlags(SCREENED, RedFlag.NIGHT_BONE_PAIN).adviseAtStartOf(3);
        assertThat(advice.escalation()).isEqualTo(Escalation.SEE_CLINICIAN);
        assertThat(advice.nextWeek()).isNull();
        assertThat(advice.hasFinding("R7.bone-stress")).isTrue();
        assertThat(advice.phase()).isEqualTo(Phase.RETURN);
    }

    @Test
    void aBoneStressReactionNeverLeavesSettle() {
        Logbook log =
                Logbook.plan().condition(Condition.BONE_STRESS).build(1, 3).week(2, 6, 3, 1, 1, 1);
        Advice advice = log.adviseAtStartOf(3);
        assertThat(advice.phase()).isEqualTo(Phase.SETTLE);
        assertThat(advice.nextWeek()).isNull();
    }

    @Test
    void aBoneStressReactionGetsNoImpactDose() {
        Advice advice =
                Logbook.plan().condition(Condition.BONE_STRESS).tolerable(3).adviseAtStartOf(1);
        assertThat(advice.escalation()).isEqualTo(Escalation.SEE_CLINICIAN);
        assertThat(advice.nextWeek()).isNull();
        assertThat(advice.phase()).isEqualTo(Phase.SETTLE);
        assertThat(advice.light()).isEqualTo(Light.RED);
    }

    @Test
    void aScreeningAnsweredAfterAsOfIsNotYetKnown() {
        Advice advice = greenReturn()
                .redFlags(Logbook.MONDAY.plusDays(30), RedFlag.LOCKING)
                .adviseAtStartOf(3);
        assertThat(advice.escalation()).isEqualTo(Escalation.NONE);
    }

    @Test
    void recommendsAnAssessmentWhenTheConditionIsUnsure() {
        Advice advice = Logbook.plan().condition(Condition.UNSURE).adviseAtStartOf(1);
        assertThat(advice.hasFinding("R7.assess")).isTrue();
        assertThat(advice.escalation()).isEqualTo(Escalation.NONE);
        assertThat(advice.programme().id()).isEqualTo("FULL_BODY");
    }

    /** {@code weeks} weeks of {@code perWeek} runs at {@code volume} a week, worst pain {@code pain}, mornings 1. */
    static Logbook steady(int perWeek, int sessionsPerWeek, int weeks, double volume, int pain) {
        Logbook log = Logbook.returning().sessionsPerWeek(sessionsPerWeek).goal(100);
        for (int w = 1; w <= weeks; w++) {
            log.week(w, volume, perWeek, pain, pain, 1);
        }
        return log;
    }

    @ParameterizedTest(name = "end of week {0} → finding {1}, escalation {2}")
    @CsvSource({"3, false, NONE", "4, true, NONE", "5, true, NONE", "6, true, SEE_CLINICIAN", "8, true, SEE_CLINICIAN"})
    void cautionsAtWeeksFourAndFiveAndEscalatesFromWeekSix(int week, boolean finding, Escalation escalation) {
        Advice advice = steady(3, 3, week, 9, 3).adviseAtStartOf(week + 1);
        assertThat(advice.hasFinding("R7.nonresponse")).isEqualTo(finding);
        assertThat(advice.escalation()).isEqualTo(escalation);
        if (finding) {
            Severity severity = week >= 6 ? Severity.HIGH : Severity.CAUTION;
            assertThat(advice.findings()).anyMatch(f -> f.rule().equals("R7.nonresponse") && f.severity() == severity);
        }
    }

    @ParameterizedTest(name = "{0} of 40 planned sessions logged → {1}")
    @CsvSource({"28, true", "27, false"})
    void needsSeventyPercentOfThePlannedSessionsLogged(int logged, boolean finding) {
        Logbook log = Logbook.returning().sessionsPerWeek(10).goal(100);
        int[] perWeek = logged == 28 ? new int[] {7, 7, 7, 7} : new int[] {7, 7, 7, 6};
        for (int w = 1; w <= 4; w++) {
            log.week(w, 7, perWeek[w - 1], 3, 3, 1);
        }
        assertThat(log.adviseAtStartOf(5).hasFinding("R7.nonresponse")).isEqualTo(finding);
    }

    @ParameterizedTest(name = "worst pain {0} → {1}")
    @CsvSource({"2, false", "3, true", "5, true"})
    void needsAWorstPainOfThreeOrMore(int pain, boolean finding) {
        assertThat(steady(3, 3, 4, 9, pain).adviseAtStartOf(5).hasFinding("R7.nonresponse"))
                .isEqualTo(finding);
    }

    @ParameterizedTest(name = "first week worst {0}, week 4 worst {1} → non-response {2}")
    @CsvSource({"5, 4, true", "5, 3, false", "4, 3, true", "10, 7, false", "10, 8, false", "10, 9, true"})
    void countsTwoPointsOrThirtyPercentLessPainAsAResponse(int first, int now, boolean finding) {
        Logbook log = Logbook.returning().goal(100).week(1, 9, 3, first, first, 1);
        for (int w = 2; w <= 4; w++) {
            log.week(w, 9, 3, now, now, 1);
        }
        assertThat(log.adviseAtStartOf(5).hasFinding("R7.nonresponse")).isEqualTo(finding);
    }

    @ParameterizedTest(name = "week 4 at {0} km after 10 km in week 1 → non-response {1}")
    @CsvSource({"10, true", "11.5, true", "12, false", "15, false"})
    void countsTwentyPercentMoreLoadAtTheSamePainAsAResponse(double volume, boolean finding) {
        Logbook log = Logbook.returning().goal(100).week(1, 10, 3, 3, 3, 1);
        for (int w = 2; w <= 4; w++) {
            log.week(w, w == 4 ? volume : 10, 3, 3, 3, 1);
        }
        assertThat(log.adviseAtStartOf(5).hasFinding("R7.nonresponse")).isEqualTo(finding);
    }

    @Test
    void aNonResponderAtWeekSixIsSentToAClinicianButKeepsADose() {
        Advice advice = steady(3, 3, 6, 9, 4).adviseAtStartOf(7);
        assertThat(advice.escalation()).isEqualTo(Escalation.SEE_CLINICIAN);
        assertThat(advice.light()).isEqualTo(Light.RED);
        assertThat(advice.nextWeek()).isNotNull();
    }
}
