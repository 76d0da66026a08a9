package dev.reload.outcomes;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

import dev.reload.account.AccountId;
import dev.reload.account.AccountService;
import dev.reload.account.AccountService.Registration;
import dev.reload.account.Role;
import dev.reload.log.CheckInEntry;
import dev.reload.log.CheckInService;
import dev.reload.plan.PlanService;
import dev.reload.system.web.InvalidFieldException;
import dev.reload.system.web.NotFoundException;

import static dev.reload.outcomes.OutcomeFixtures.answers;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Outcome storage (V011), the same on every database Reload runs on (subclasses pick it): a
 * questionnaire and its answers round trip, oldest first, owned by one account, deleted with its
 * answers and with its account, answers outside 0–4 refused by the table too; and the pain trend
 * from stored check-ins.
 */
abstract class OutcomePersistenceContract {

    @Autowired
    private OutcomeService outcomes;

    @Autowired
    private PainTrendService painTrend;

    @Autowired
    private PlanService plans;

    @Autowired
    private CheckInService checkIns;

    @Autowired
    private AccountService accounts;

    @Autowired
    private JdbcTemplate jdbc;

    private AccountId me;

    @BeforeEach
    void newAccount() {
        me = register();
    }

    @Test
    void aQuestionnaireAndItsAnswersComeBackWithTheirScores() {
        Map<String, Integer> answers = answers("P", 1, 1, 2, 1, 0, 2, 0, 1, 1);
        answers.putAll(answers("PF", 2, 2, 1));

        OutcomeView saved =
                outcomes.record(me, new OutcomeEntry(LocalDate.of(2026, 3, 2), List.of(KoosSubscale.PF), answers));
        OutcomeView read = outcomes.find(me, saved.id());

        assertThat(read).isEqualTo(saved);
        assertThat(read.subscales()).containsExactly(KoosSubscale.PAIN, KoosSubscale.PF);
        assertThat(read.answers()).hasSize(12).containsEntry("P3", 2).containsEntry("PF1", 2);
        assertThat(read.answers().keySet()).startsWith("P1").endsWith("PF3");
        assertThat(read.score(KoosSubscale.PAIN).orElseThrow().score()).isEqualByComparingTo("75.0");
        assertThat(read.score(KoosSubscale.PF).orElseThrow().valid()).isFalse();
    }

    @Test
    void theScoresOverTimeAreOldestFirst() {
        outcomes.record(me, entry(LocalDate.of(2026, 4, 6), answers("Q", 0, 0, 0, 0)));
        outcomes.record(me, entry(LocalDate.of(2026, 3, 2), answers("Q", 4, 4, 4, 4)));
        outcomes.record(me, entry(LocalDate.of(2026, 3, 2), answers("Q", 2, 2, 2, 2)));

        List<OutcomeView> all = outcomes.all(me);

        assertThat(all)
                .extracting(OutcomeView::date)
                .containsExactly(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 2), LocalDate.of(2026, 4, 6));
        assertThat(outcomes.series(me)).singleElement().satisfies(series -> {
            assertThat(series.subscale()).isEqualTo(KoosSubscale.QOL);
            assertThat(series.points())
                    .extracting(ScoreSeries.Point::score)
                    .containsExactly(new BigDecimal("0.0"), new BigDecimal("50.0"), new BigDecimal("100.0"));
        });
    }

    @Test
    void anotherAccountFindsNothingAndDeletesNothing() {
        OutcomeView mine = outcomes.record(me, entry(LocalDate.of(2026, 3, 2), answers("P", 1, 1, 1, 1, 1)));
        AccountId stranger = register();

        assertThat(outcomes.all(stranger)).isEmpty();
        assertThatThrownBy(() -> outcomes.find(stranger, mine.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> outcomes.delete(stranger, mine.id())).isInstanceOf(NotFoundException.class);
        assertThat(outcomes.find(me, mine.id())).isEqualTo(mine);
    }

    @Test
    void deletingAQuestionnaireDeletesItsAnswers() {
        OutcomeView mine = outcomes.record(me, entry(LocalDate.of(2026, 3, 2), answers("P", 1, 1, 1, 1, 1)));

        outcomes.delete(me, mine.id());

        assertThat(outcomes.all(me)).isEmpty();
        assertThat(count("outcome_answer")).isZero();
    }

    @Test
    void deletingTheAccountDeletesItsQuestionnaires() {
        outcomes.record(me, entry(LocalDate.of(2026, 3, 2), answers("P", 1, 1, 1, 1, 1)));

        jdbc.update("DELETE FROM account WHERE id = ?", me.value());

        assertThat(count("outcome")).isZero();
        assertThat(count("outcome_answer")).isZero();
    }

    @Test
    void aRefusedEntryStoresNothing() {
        Map<String, Integer> answers = answers("P", 1, 1, 1, 1, 1);
        answers.put("P6", 9);

        assertThatThrownBy(() -> outcomes.record(me, entry(LocalDate.of(2026, 3, 2), answers)))
                .isInstanceOf(InvalidFieldException.class)
                .hasMessage("answers.P6: must be 0–4");
        assertThat(count("outcome")).isZero();
    }

    @Test
    void theTableRefusesAnAnswerOutsideTheBoxes() {
        OutcomeView mine = outcomes.record(me, entry(LocalDate.of(2026, 3, 2), answers("P", 1, 1, 1, 1, 1)));

        assertThatThrownBy(() -> jdbc.update(
                        "INSERT INTO outcome_answer (outcome_id, account_id, item, answer) VALUES (?, ?, 'P9', 5)",
                        mine.id(),
                        me.value()))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void thePainTrendReadsTheStoredMorningsOfTheActivePlan() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC); // a new account lives in UTC
        LocalDate start = today.minusDays(15); // two whole weeks, and today in the third
        plans.create(me, OutcomeFixtures.runningPlan(start));
        checkIn(start.minusDays(1), 9); // before the plan: left out
        for (int day = 0; day < 7; day++) {
            checkIn(start.plusDays(day), 6);
            checkIn(start.plusDays(7 + day), day < 4 ? 4 : 5); // 4.43
        }

        PainTrend trend = painTrend.trend(me);

        assertThat(trend.planStart()).isEqualTo(start);
        assertThat(trend.weeks())
                .extracting(PainTrend.PainWeek::pain)
                .containsExactly(new BigDecimal("6.0"), new BigDecimal("4.4"), null);
        assertThat(trend.meaningfulChange().line()).isEqualByComparingTo("4.2");
        assertThat(trend.firstMeaningfulWeek()).isNull();
        assertThat(painTrend.trend(register())).isEqualTo(PainTrend.none());
    }

    private void checkIn(LocalDate date, int pain) {
        checkIns.add(me, new CheckInEntry(date, pain, null, null, null, null));
    }

    private int count(String table) {
        return jdbc.queryForObject(
                "SELECT COUNT(*) FROM " + table + " WHERE account_id = ?", Integer.class, me.value());
    }

    private static OutcomeEntry entry(LocalDate date, Map<String, Integer> answers) {
        return new OutcomeEntry(date, null, answers);
    }

    private AccountId register() {
        return accounts.register(new Registration(
                        "outcomes-" + UUID.randomUUID() + "@example.org", "O", "amber-tundra-whistle", Role.PATIENT))
                .id();
    }
}
