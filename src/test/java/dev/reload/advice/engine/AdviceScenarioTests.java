package dev.reload.advice.engine;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import dev.reload.knee.Activity;
import dev.reload.knee.Condition;
import dev.reload.knee.Phase;
import dev.reload.knee.RedFlag;
import dev.reload.knee.VolumeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Multi-week stories, told week by week: each week the person does what the adviser said (or
 * not), and the next Monday's advice is checked.
 */
class AdviceScenarioTests {

    @Test
    void patellofemoralRunnerProgressesToTheGoalAndIntoMaintenanceWithDeloadWeeks() {
        // Mia has runner's knee. She can run 3 km without a flare-up; her goal is 20 km a week.
        Logbook mia = Logbook.plan()
                .condition(Condition.PATELLOFEMORAL_PAIN)
                .tolerable(3)
                .goal(20)
                .build(1, 40);

        // Week 1: Settle. The adviser suggests trying 3 runs of her tolerable 3 km.
        Advice advice = mia.adviseAtStartOf(1);
        assertThat(advice.phase()).isEqualTo(Phase.SETTLE);
        assertThat(advice.nextWeek().volume()).isEqualTo(9.0);
        assertThat(advice.programme().exercises()).contains("CLAMSHELL", "SPLIT_SQUAT");

        // She runs only twice: both green. Build has had one week of 2 strength sessions.
        mia.week(1, 6, 2, 1, 1, 1);
        advice = mia.adviseAtStartOf(2);
        assertThat(advice.phase()).isEqualTo(Phase.SETTLE);
        assertThat(advice.nextWeek())
                .isEqualTo(new WeeklyDose(2, Activity.RUN, 6.0, VolumeUnit.KM, DoseDecision.SETTLE));

        // Week 2: three green runs of 2 km, quiet mornings, two strength sessions → the gate opens.
        mia.week(2, 6, 3, 1, 1, 1);
        advice = mia.adviseAtStartOf(3);
        assertThat(advice.phase()).isEqualTo(Phase.RETURN);
        assertThat(advice.nextWeek())
                .isEqualTo(new WeeklyDose(3, Activity.RUN, 6.0, VolumeUnit.KM, DoseDecision.START));

        // Weeks 3 onward: she runs exactly what she is told and every run is green; +10 % a week,
        // rounded down to 0.5 km but always at least 0.5 km more.
        double[] expected = {
            6.5, 7.0, 7.5, 8.0, 8.5, 9.0, 9.5, 10.0, 11.0, 12.0, 13.0, 14.0, 15.0, 16.5, 18.0, 19.5, 20.0
        };
        int week = 3;
        for (double volume : expected) {
            mia.greenWeek(week, advice.nextWeek().volume());
            advice = mia.adviseAtStartOf(++week);
            assertThat(advice.nextWeek().volume()).as("week %d", week).isEqualTo(volume);
            assertThat(advice.phase()).isEqualTo(Phase.RETURN);
        }
        // Week 19 reaches the goal of 20 km (the progression was capped there).
        assertThat(advice.hasFinding("R3.goal")).isTrue();

        // Weeks 20 and 21: two green weeks at the goal → Maintain.
        mia.greenWeek(week, 20);
        advice = mia.adviseAtStartOf(++week);
        assertThat(advice.phase()).isEqualTo(Phase.RETURN);
        mia.greenWeek(week, 20);
        advice = mia.adviseAtStartOf(++week);
        assertThat(advice.phase()).isEqualTo(Phase.MAINTAIN);
        assertThat(advice.nextWeek().decision()).isEqualTo(DoseDecision.HOLD);
        int firstMaintainWeek = week;

        // Maintain: every 4th week is a lighter week at 70 %, then back to 20 km.
        for (int m = 1; m <= 8; m++) {
            double volume = advice.nextWeek().volume();
            mia.greenWeek(week, volume);
            advice = mia.adviseAtStartOf(++week);
            int maintainWeek = week - firstMaintainWeek + 1;
            if (maintainWeek % 4 == 0) {
                assertThat(advice.nextWeek().decision())
                        .as("maintain week %d", maintainWeek)
                        .isEqualTo(DoseDecision.DELOAD);
                assertThat(advice.nextWeek().volume()).isEqualTo(14.0);
            } else {
                assertThat(advice.nextWeek().volume())
                        .as("maintain week %d", maintainWeek)
                        .isEqualTo(20.0);
            }
            assertThat(advice.phase()).isEqualTo(Phase.MAINTAIN);
            assertThat(advice.light()).isEqualTo(Light.GREEN);
            assertThat(advice.escalation()).isEqualTo(Escalation.NONE);
        }
    }

    @Test
    void aRedWeekBacksOffAndTheRunnerBuildsUpAgain() {
        // Sam is returning to running at 12 km a week, step 10 %.
        Logbook sam = Logbook.returning().condition(Condition.IT_BAND_SYNDROME);

        // Week 1: 12 km, all green → 13 km.
        sam.greenWeek(1, 12);
        assertThat(sam.adviseAtStartOf(2).nextWeek().volume()).isEqualTo(13.0);

        // Week 2: 13 km, but Friday's run leaves the knee at 3/10 the next morning (baseline 1): RED.
        sam.week(2, 13, 3, 2, 2, 1).morning(sam.day(2, 5), 3);
        Advice advice = sam.adviseAtStartOf(3);
        assertThat(advice.lastSessionResponse()).isEqualTo(Response.RED);
        assertThat(advice.light()).isEqualTo(Light.RED);
        // Back to the last all-green week (12 km), capped at 80 % of 13 = 10.4 → 10.0 km.
        assertThat(advice.nextWeek())
                .isEqualTo(new WeeklyDose(3, Activity.RUN, 10.0, VolumeUnit.KM, DoseDecision.BACK_OFF));
        assertThat(advice.hasFinding("R3.backoff")).isTrue();
        assertThat(advice.escalation()).isEqualTo(Escalation.NONE);

        // Week 3: 10 km, all green → progress again from 10 km.
        sam.greenWeek(3, 10);
        advice = sam.adviseAtStartOf(4);
        assertThat(advice.nextWeek())
                .isEqualTo(new WeeklyDose(4, Activity.RUN, 11.0, VolumeUnit.KM, DoseDecision.PROGRESS));
        // The light looks at the last 7 days only: green again.
        assertThat(advice.light()).isEqualTo(Light.GREEN);
    }

    @Test
    void theNextSessionDayByDayThroughAWeekWithARedRun() {
        // Sam is back to running: week 1 was all green at 12 km, so week 2's dose is 13 km, 4 km a run.
        Logbook sam = Logbook.returning().greenWeek(1, 12);

        // Monday morning: nothing run yet this week → try the share.
        assertThat(sam.adviseOn(sam.day(2, 0)).nextSession())
                .isEqualTo(new NextSession(Activity.RUN, 4.0, VolumeUnit.KM, SessionDecision.TRY, 13.0, 0.0));

        // Monday: 4 km, green. Tuesday morning at her usual 1 → the next run is another 4 km.
        sam.session(sam.day(2, 0), 4, 1, 1).morning(sam.day(2, 1), 1);
        assertThat(sam.adviseOn(sam.day(2, 1)).nextSession())
                .isEqualTo(new NextSession(Activity.RUN, 4.0, VolumeUnit.KM, SessionDecision.TRY, 13.0, 4.0));

        // Wednesday: 4 km, but pain 6 during: RED. That evening: no running, cross-training only.
        sam.morning(sam.day(2, 2), 1).session(sam.day(2, 2), 4, 6, 4);
        Advice advice = sam.adviseOn(sam.day(2, 2));
        assertThat(advice.nextSession())
                .isEqualTo(new NextSession(Activity.RUN, null, VolumeUnit.KM, SessionDecision.REST, 13.0, 8.0));
        assertThat(advice.hasFinding("R3.next-session")).isTrue();

        // Thursday morning at 3: not back to baseline yet → still rest.
        sam.morning(sam.day(2, 3), 3);
        assertThat(sam.adviseOn(sam.day(2, 3)).nextSession().decision()).isEqualTo(SessionDecision.REST);

        // Friday morning back at 1 → back off: 80 % of the red 4 km = 3.2 → 3.0 km.
        sam.morning(sam.day(2, 4), 1);
        assertThat(sam.adviseOn(sam.day(2, 4)).nextSession())
                .isEqualTo(new NextSession(Activity.RUN, 3.0, VolumeUnit.KM, SessionDecision.BACK_OFF, 13.0, 8.0));

        // Friday: 3 km, green. Saturday: the three planned runs are done for the week.
        sam.session(sam.day(2, 4), 3, 1, 1).mornings(sam.day(2, 5), sam.day(3, 0), 1);
        assertThat(sam.adviseOn(sam.day(2, 5)).nextSession())
                .isEqualTo(new NextSession(Activity.RUN, null, VolumeUnit.KM, SessionDecision.DONE, 13.0, 11.0));

        // Next Monday: the red week backs off to min(12, 80 % of 11 = 8.8) → 8.5 km; 8.5 ÷ 3 → 2.5 km a run.
        advice = sam.adviseAtStartOf(3);
        assertThat(advice.nextWeek())
                .isEqualTo(new WeeklyDose(3, Activity.RUN, 8.5, VolumeUnit.KM, DoseDecision.BACK_OFF));
        assertThat(advice.nextSession())
                .isEqualTo(new NextSession(Activity.RUN, 2.5, VolumeUnit.KM, SessionDecision.TRY, 8.5, 0.0));
    }

    @Test
    void twoRedWeeksInReturnDropToSettleWithAClinicianPrompt() {
        // Lee returns to running at 10 km.
        Logbook lee = Logbook.returning().tolerable(2);
        lee.greenWeek(1, 10);

        // Week 2: 11 km with pain 6 during one run → RED, back off.
        lee.week(2, 11, 3, 2, 2, 1).session(lee.day(2, 5), 0.5, 6, 3);
        Advice advice = lee.adviseAtStartOf(3);
        assertThat(advice.nextWeek().decision()).isEqualTo(DoseDecision.BACK_OFF);
        assertThat(advice.hasFinding("R1.stop")).isTrue();

        // Week 3: the back-off dose, but again a run hurts too much → second RED week in a row.
        lee.week(3, advice.nextWeek().volume(), 2, 1, 1, 1).session(lee.day(3, 6), 1, 7, 4);
        advice = lee.adviseAtStartOf(4);
        assertThat(advice.phase()).isEqualTo(Phase.SETTLE);
        assertThat(advice.escalation()).isEqualTo(Escalation.SEE_CLINICIAN);
        assertThat(advice.light()).isEqualTo(Light.RED);
        assertThat(advice.nextWeek().decision()).isEqualTo(DoseDecision.SETTLE);
        assertThat(advice.hasFinding("R3.repeat-red")).isTrue();

        // Week 4: settling on short green runs; the clinician prompt stands while she settles.
        lee.week(4, 4, 2, 1, 1, 1);
        advice = lee.adviseAtStartOf(5);
        assertThat(advice.phase()).isEqualTo(Phase.SETTLE);
        assertThat(advice.escalation()).isEqualTo(Escalation.SEE_CLINICIAN);
        assertThat(advice.nextWeek().volume()).isEqualTo(4.0);
    }

    @Test
    void patellarTendinopathyMovesThroughTheSlowHeavyResistanceStages() {
        // Kai, a volleyball player with jumper's knee: isometric holds first.
        Logbook kai = Logbook.plan()
                .condition(Condition.PATELLAR_TENDINOPATHY)
                .activity(Activity.JUMP_SPORT, VolumeUnit.JUMPS)
                .goal(300);
        LocalDate day = Logbook.MONDAY;
        assertThat(kai.adviseOn(day).programme().stages()).hasSize(3);

        // Week 1: daily leg-press holds, 5 × 45 s at 60 kg; pain 5 on the first days: hold.
        kai.mornings(day, day.plusDays(120), 2);
        kai.hold(day, "LEG_PRESS_ISOMETRIC", 5, 45, 60, 5).hold(day.plusDays(1), "LEG_PRESS_ISOMETRIC", 5, 45, 60, 5);
        StrengthAdvice holds = kai.adviseOn(day.plusDays(2)).strength().get(0);
        assertThat(holds.decision()).isEqualTo(StrengthDecision.HOLD);

        // Pain drops to 2–3 for two sessions and the mornings stay at baseline: on to slow heavy leg press.
        kai.hold(day.plusDays(2), "LEG_PRESS_ISOMETRIC", 5, 45, 60, 3)
                .hold(day.plusDays(3), "LEG_PRESS_ISOMETRIC", 5, 45, 60, 2);
        holds = kai.adviseOn(day.plusDays(4)).strength().get(0);
        assertThat(holds.decision()).isEqualTo(StrengthDecision.PROGRESS);
        assertThat(holds.next()).isEqualTo(new Prescription("LEG_PRESS", 4, 15, 60, null));

        // Slow heavy resistance from day 7: three sessions a week, 48 h apart, doing what is prescribed.
        LocalDate start = day.plusDays(7);
        Prescription next = holds.next();
        int[] expectedRm = {15, 12, 12, 10, 10, 8, 8, 8, 6, 6, 6, 6};
        for (int week = 1; week <= 12; week++) {
            for (int session = 0; session < 3; session++) {
                LocalDate date = start.plusDays(7L * (week - 1) + 2L * session);
                kai.strength(date, "LEG_PRESS", next.sets(), next.reps(), next.loadKg(), 2);
                StrengthAdvice advice = kai.adviseOn(date.plusDays(1)).strength().stream()
                        .filter(s -> s.exercise().equals("LEG_PRESS"))
                        .findFirst()
                        .orElseThrow();
                next = advice.next();
            }
            // The sessions of week w were done at the RM of week w.
            int rmDone = kai.input()
                    .strength()
                    .get(kai.input().strength().size() - 1)
                    .reps();
            assertThat(rmDone).as("week %d", week).isEqualTo(expectedRm[week - 1]);
        }
        assertThat(next.sets()).isEqualTo(4);
        assertThat(next.loadKg()).isGreaterThan(60);
    }

    @Test
    void aNonResponderIsSentToAClinicianAtTheEndOfWeekSix() {
        // Ana logs faithfully, but her knee stays at 4/10 and the volume barely moves.
        Logbook ana = Logbook.returning().condition(Condition.PES_ANSERINE);
        for (int week = 1; week <= 6; week++) {
            ana.week(week, 9, 3, 4, 4, 2);
            Advice advice = ana.adviseAtStartOf(week + 1);
            switch (week) {
                case 1, 2, 3 -> {
                    assertThat(advice.hasFinding("R7.nonresponse"))
                            .as("week %d", week)
                            .isFalse();
                    assertThat(advice.escalation()).isEqualTo(Escalation.NONE);
                }
                case 4, 5 -> {
                    assertThat(advice.hasFinding("R7.nonresponse"))
                            .as("week %d", week)
                            .isTrue();
                    assertThat(advice.escalation()).isEqualTo(Escalation.NONE);
                }
                default -> {
                    assertThat(advice.escalation()).isEqualTo(Escalation.SEE_CLINICIAN);
                    assertThat(advice.light()).isEqualTo(Light.RED);
                }
            }
        }
    }

    @Test
    void aRedFlagAnsweredMidPlanEscalatesAtOnce() {
        // Ben progresses well for three weeks, then answers the screen again: his calf is swollen.
        Logbook ben = Logbook.returning().greenWeek(1, 10).greenWeek(2, 11).greenWeek(3, 12);
        assertThat(ben.adviseAtStartOf(4).escalation()).isEqualTo(Escalation.NONE);
        ben.redFlags(ben.day(4, 2), RedFlag.CALF_PAIN_SWELLING);
        assertThat(ben.adviseOn(ben.day(4, 1)).escalation()).isEqualTo(Escalation.NONE);
        Advice advice = ben.adviseOn(ben.day(4, 2));
        assertThat(advice.escalation()).isEqualTo(Escalation.URGENT);
        assertThat(advice.nextWeek()).isNull();
        assertThat(advice.light()).isEqualTo(Light.RED);
    }

    @Test
    void aBoneStressCaseNeverGetsAnImpactDose() {
        // Eve has a suspected stress reaction. She keeps cycling, does her strength work, and asks each week.
        Logbook eve =
                Logbook.plan().condition(Condition.BONE_STRESS).tolerable(3).build(1, 8);
        for (int week = 1; week <= 8; week++) {
            eve.crossTraining(eve.day(week, 0), Activity.CYCLE, 40, 0, 0)
                    .mornings(eve.day(week, 0), eve.day(week, 6), 1);
            eve.strength(eve.day(week, 4), "JUMP_SQUAT", 3, 10, 0, 1);
            Advice advice = eve.adviseAtStartOf(week + 1);
            assertThat(advice.nextWeek()).as("week %d", week).isNull();
            assertThat(advice.escalation()).isEqualTo(Escalation.SEE_CLINICIAN);
            assertThat(advice.hasFinding("R7.bone-stress")).isTrue();
            assertThat(advice.strength())
                    .filteredOn(s -> s.exercise().equals("JUMP_SQUAT"))
                    .singleElement()
                    .satisfies(s -> {
                        assertThat(s.decision()).isEqualTo(StrengthDecision.REGRESS);
                        assertThat(Logbook.ENGINE
                                        .library()
                                        .find(s.next().exercise())
                                        .orElseThrow()
                                        .impact())
                                .isFalse();
                    });
        }
    }
}
