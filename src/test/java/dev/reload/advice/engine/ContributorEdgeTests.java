package dev.reload.advice.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.reload.knee.Activity;
import dev.reload.knee.ContributorKind;
import dev.reload.knee.PainScore;
import dev.reload.knee.RedFlag;

import static org.assertj.core.api.Assertions.assertThat;

/** R7 and R8 at their edges: what is known by {@code asOf}, the day the pain began, and the words of the evidence. */
class ContributorEdgeTests {

    static final LocalDate ONSET = ContributorTests.ONSET; // a Monday

    static Contributor only(Advice advice, ContributorKind kind) {
        return advice.contributors().stream()
                .filter(c -> c.id() == kind)
                .findFirst()
                .orElseThrow();
    }

    // --- R8.training-error

    @Test
    void aPainOnsetAfterAsOfIsNotYetKnownToTheTrainingErrorCheck() {
        Logbook log = ContributorTests.history(12, 12, 21);
        assertThat(log.adviseOn(ONSET.minusDays(1)).hasFinding("R8.training-error"))
                .isFalse();
        assertThat(log.adviseOn(ONSET).hasFinding("R8.training-error")).isTrue();
    }

    @Test
    void aPainOnsetWithoutAnyLoggedSessionFindsNoTrainingError() {
        Advice advice = Logbook.plan().assessment(Assessment.NONE, ONSET).adviseOn(ONSET.plusDays(1));
        assertThat(advice.contributors()).isEmpty();
    }

    @Test
    void theSessionOnTheDayThePainBeganCountsForItsWeek() {
        // two weeks of 12 km, then Monday and Wednesday 4 km each and 6 km on Thursday, the day the pain began
        LocalDate onset = ONSET.plusDays(3);
        Logbook log = Logbook.plan().assessment(Assessment.NONE, onset);
        for (LocalDate monday = ONSET.minusWeeks(2); monday.isBefore(ONSET); monday = monday.plusWeeks(1)) {
            log.session(monday, 4, 1, 1).session(monday.plusDays(2), 4, 1, 1).session(monday.plusDays(4), 4, 1, 1);
        }
        log.session(ONSET, 4, 1, 1).session(ONSET.plusDays(2), 4, 1, 1).session(onset, 6, 1, 1);
        Advice advice = log.adviseOn(onset.plusDays(1));
        assertThat(only(advice, ContributorKind.TRAINING_ERROR).evidence())
                .isEqualTo("a jump in weekly volume in the week of " + Days.inWords(ONSET));
    }

    @Test
    void theEvidenceNamesTheFirstFindingOfEachRuleAndHowManyMoreThereAre() {
        Advice advice = ContributorTests.history(10, 12, 14).adviseOn(ONSET.plusDays(1));
        assertThat(only(advice, ContributorKind.TRAINING_ERROR).evidence())
                .contains(
                        "a jump in weekly volume in the week of " + Days.inWords(ONSET.minusWeeks(2)) + " and 1 more");
    }

    @Test
    void aDayFindingIsNamedByItsDay() {
        // hard runs on Tuesday and Wednesday of the week before the pain began
        Logbook log = Logbook.plan().assessment(Assessment.NONE, ONSET);
        LocalDate monday = ONSET.minusWeeks(1);
        log.session(monday.plusDays(1), 4, 8, 1, 1).session(monday.plusDays(2), 4, 8, 1, 1);
        Advice advice = log.adviseOn(ONSET.plusDays(1));
        assertThat(only(advice, ContributorKind.TRAINING_ERROR).evidence())
                .isEqualTo("no recovery days on " + Days.inWords(monday.plusDays(2)));
    }

    // --- R8.gear

    static ActivitySession run(LocalDate date, String surface, String shoes) {
        return new ActivitySession(
                date, Activity.RUN, 5, 4, PainScore.of(1), PainScore.of(1), null, null, surface, shoes);
    }

    static Advice gear(Assessment assessment, ActivitySession... runs) {
        Plan plan = Logbook.plan().toPlan();
        AdviceInput input = new AdviceInput(plan, List.of(runs), null, null, null, assessment, ONSET, null);
        return Logbook.ENGINE.advise(input, ONSET.plusDays(10));
    }

    @Test
    void aSurfaceChangeAnsweredInTheAssessmentWithinThreeWeeksCounts() {
        Assessment assessment =
                new Assessment(null, null, null, null, null, ONSET.minusDays(21), null, null, null, null, null, null);
        assertThat(only(gear(assessment), ContributorKind.FOOTWEAR_SURFACE).evidence())
                .isEqualTo("surface changed on " + Days.inWords(ONSET.minusDays(21)));
        Assessment earlier =
                new Assessment(null, null, null, null, null, ONSET.minusDays(22), null, null, null, null, null, null);
        assertThat(gear(earlier).hasFinding("R8.gear")).isFalse();
    }

    @Test
    void onlyAChangeOfShoesInTheLogWithinTheThreeWeeksBeforeThePainCounts() {
        Advice advice = gear(
                Assessment.NONE,
                run(ONSET.minusDays(40), null, "A"),
                run(ONSET.minusDays(30), null, "B"), // a change, but before the three weeks
                run(ONSET.minusDays(15), null, null), // shoes not recorded: no change
                run(ONSET.minusDays(10), null, "B"),
                run(ONSET.plusDays(2), null, "C")); // after the pain began
        assertThat(advice.hasFinding("R8.gear")).isFalse();

        Advice changed = gear(
                Assessment.NONE,
                run(ONSET.minusDays(40), null, "A"),
                run(ONSET.minusDays(15), null, null),
                run(ONSET.minusDays(10), null, "B"));
        assertThat(only(changed, ContributorKind.FOOTWEAR_SURFACE).evidence())
                .isEqualTo("shoes changed to B on " + Days.inWords(ONSET.minusDays(10)));
    }

    @Test
    void aChangeOfSurfaceInTheLogAfterThePainBeganDoesNotCount() {
        List<ActivitySession> runs = new ArrayList<>(List.of(
                run(ONSET.minusDays(10), "ROAD", null),
                run(ONSET.minusDays(5), null, null),
                run(ONSET.minusDays(3), "ROAD", null),
                run(ONSET.plusDays(1), "TRAIL", null)));
        assertThat(gear(Assessment.NONE, runs.toArray(ActivitySession[]::new)).hasFinding("R8.gear"))
                .isFalse();
    }

    // --- R7

    @Test
    void aKnownConditionNeedsNoAssessmentFinding() {
        assertThat(Logbook.plan().adviseAtStartOf(1).hasFinding("R7.assess")).isFalse();
    }

    @Test
    void anUrgentFlagAloneIsNoReasonForTheClinicianFinding() {
        Advice advice = Logbook.returning()
                .redFlags(Logbook.MONDAY, RedFlag.CALF_PAIN_SWELLING)
                .adviseAtStartOf(1);
        assertThat(advice.hasFinding("R7.urgent")).isTrue();
        assertThat(advice.hasFinding("R7.clinician")).isFalse();
    }

    @Test
    void sessionsLoggedWithoutAnyVolumeAreNoRiseInLoad() {
        // four weeks of 0 km sessions at pain 3: the pain has not improved and the load has not risen
        Advice advice = EscalationTests.steady(3, 3, 4, 0, 3).adviseAtStartOf(5);
        assertThat(advice.hasFinding("R7.nonresponse")).isTrue();
    }
}
