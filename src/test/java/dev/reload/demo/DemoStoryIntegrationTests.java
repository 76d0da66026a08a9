package dev.reload.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.ActiveProfiles;

import dev.reload.account.AccountId;
import dev.reload.account.AccountPrincipal;
import dev.reload.account.AccountService;
import dev.reload.account.PersonalClock;
import dev.reload.advice.AdviceService;
import dev.reload.advice.PlanOutlook;
import dev.reload.advice.PlanOutlookService;
import dev.reload.advice.engine.Advice;
import dev.reload.advice.engine.DoseDecision;
import dev.reload.advice.engine.Light;
import dev.reload.knee.Phase;
import dev.reload.log.StrengthService;
import dev.reload.log.StrengthView;
import dev.reload.outcomes.KoosSubscale;
import dev.reload.outcomes.OutcomeService;
import dev.reload.outcomes.PainTrend;
import dev.reload.outcomes.PainTrend.PainWeek;
import dev.reload.outcomes.PainTrendService;
import dev.reload.outcomes.ScoreSeries;
import dev.reload.support.ApplicationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo account tells the story the progress page shows (issue 11, point 5), read back from the
 * features' services as the page reads it, not from the seed's tables: the adviser finds one red
 * week and backs the next one off, strength loads rise, the pain trend ends past Farrar's line and
 * the KOOS scores improve.
 */
@ApplicationTest
@ActiveProfiles("demo")
class DemoStoryIntegrationTests {

    private static final int WEEKS = 10;

    @Autowired
    private AccountService accounts;

    @Autowired
    private PersonalClock clock;

    @Autowired
    private AdviceService advice;

    @Autowired
    private PlanOutlookService outlooks;

    @Autowired
    private StrengthService strength;

    @Autowired
    private PainTrendService painTrends;

    @Autowired
    private OutcomeService outcomes;

    private AccountId demo;
    private LocalDate start;

    @BeforeEach
    void theDemoAccount() {
        demo = ((AccountPrincipal) accounts.loadUserByUsername(DemoData.EMAIL)).accountId();
        start = outlooks.outlook(demo, clock.today(demo), 0, 0).orElseThrow().startDate();
    }

    @Test
    void tenWholeWeeksEndYesterdaySettlingFirstThenReturning() {
        PlanOutlook outlook =
                outlooks.outlook(demo, clock.today(demo), WEEKS, 0).orElseThrow();

        assertThat(outlook.currentWeek()).isEqualTo(WEEKS + 1);
        assertThat(outlook.weeks().get(0).phase()).isEqualTo(Phase.SETTLE);
        assertThat(outlook.weeks().get(WEEKS - 1).phase()).isEqualTo(Phase.RETURN);
    }

    @Test
    void oneWeekInTheMiddleIsRedAndTheAdviserBacksTheNextOneOffThenTheDoseClimbsAgain() {
        List<Integer> redWeeks = new ArrayList<>();
        for (int week = 1; week <= WEEKS; week++) {
            Advice atItsEnd =
                    advice.adviceFor(demo, weekStart(week).plusDays(6)).orElseThrow();
            if (atItsEnd.light() == Light.RED) {
                redWeeks.add(week);
            }
        }
        assertThat(redWeeks).as("the weeks whose light ends red").hasSize(1);
        int red = redWeeks.get(0);
        assertThat(red).isBetween(4, WEEKS - 2);

        Advice afterIt = advice.adviceFor(demo, weekStart(red + 1)).orElseThrow();
        assertThat(afterIt.nextWeek().decision()).isEqualTo(DoseDecision.BACK_OFF);
        assertThat(dose(red + 1)).isLessThan(dose(red));
        assertThat(dose(red))
                .as("the red week's dose rose from the return's start")
                .isGreaterThan(dose(4));
        assertThat(dose(WEEKS)).as("the climb back").isGreaterThan(dose(red + 1));
    }

    @Test
    void loadsRiseOverTheWeeksWithOneRegressionInTheRedWeek() {
        List<StrengthView> splitSquats = strength.all(demo).stream()
                .filter(s -> s.exercise().equals("SPLIT_SQUAT"))
                .sorted(Comparator.comparing(StrengthView::date))
                .toList();
        assertThat(splitSquats).hasSizeGreaterThan(WEEKS);
        BigDecimal first = splitSquats.get(0).loadKg();
        BigDecimal last = splitSquats.get(splitSquats.size() - 1).loadKg();
        assertThat(last).isGreaterThan(first);

        List<LocalDate> drops = new ArrayList<>();
        for (int i = 1; i < splitSquats.size(); i++) {
            if (splitSquats.get(i).loadKg().compareTo(splitSquats.get(i - 1).loadKg()) < 0) {
                drops.add(splitSquats.get(i).date());
            }
        }
        assertThat(drops).hasSize(1);
        assertThat(advice.adviceFor(demo, weekStart(weekOf(drops.get(0))).plusDays(6))
                        .orElseThrow()
                        .light())
                .as("the regression falls in the red week")
                .isEqualTo(Light.RED);
    }

    @Test
    void morningPainStartsAroundFiveAndEndsPastTheMeaningfulChangeLineWithTheFlareAsABump() {
        PainTrend trend = painTrends.trend(demo);
        List<PainWeek> withPain =
                trend.weeks().stream().filter(w -> w.pain() != null).toList();

        assertThat(withPain).hasSize(WEEKS);
        PainWeek first = withPain.get(0);
        PainWeek latest = withPain.get(withPain.size() - 1);
        assertThat(first.pain()).isBetween(new BigDecimal("5"), new BigDecimal("6"));
        assertThat(first.meaningful()).isFalse();
        assertThat(latest.meaningful()).isTrue();
        assertThat(latest.pain()).isLessThanOrEqualTo(trend.meaningfulChange().line());

        int red = redWeekByTheTrend(withPain);
        assertThat(advice.adviceFor(demo, weekStart(red).plusDays(6))
                        .orElseThrow()
                        .light())
                .as("the bump in the trend is the red week")
                .isEqualTo(Light.RED);
    }

    @Test
    void theKoosScoresImproveFromTheFirstQuestionnaireToTheLast() {
        assertThat(outcomes.all(demo)).hasSize(3);
        for (KoosSubscale subscale : List.of(KoosSubscale.PAIN, KoosSubscale.PF)) {
            List<BigDecimal> scores = outcomes.series(demo).stream()
                    .filter(s -> s.subscale() == subscale)
                    .flatMap(s -> s.points().stream())
                    .map(ScoreSeries.Point::score)
                    .toList();
            assertThat(scores).as(subscale + " scores").hasSize(3).doesNotContainNull();
            assertThat(scores.get(1)).as(subscale + " mid-way").isGreaterThan(scores.get(0));
            assertThat(scores.get(2)).as(subscale + " recently").isGreaterThan(scores.get(1));
        }
    }

    /** The one week whose mean pain rose over the week before. */
    private static int redWeekByTheTrend(List<PainWeek> weeks) {
        List<Integer> rises = new ArrayList<>();
        for (int i = 1; i < weeks.size(); i++) {
            if (weeks.get(i).pain().compareTo(weeks.get(i - 1).pain()) > 0) {
                rises.add(weeks.get(i).week());
            }
        }
        assertThat(rises).as("weeks whose mean morning pain rose").hasSize(1);
        return rises.get(0);
    }

    private LocalDate weekStart(int week) {
        return start.plusWeeks(week - 1L);
    }

    private int weekOf(LocalDate day) {
        return (int) (ChronoUnit.DAYS.between(start, day) / 7) + 1;
    }

    /** The dose the adviser gave plan week {@code week}. */
    private double dose(int week) {
        PlanOutlook outlook =
                outlooks.outlook(demo, clock.today(demo), WEEKS, 0).orElseThrow();
        return Objects.requireNonNull(outlook.weeks().stream()
                .filter(w -> w.number() == week)
                .findFirst()
                .orElseThrow()
                .dose());
    }
}
