package dev.reload.advice;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import dev.reload.account.AccountId;
import dev.reload.account.AccountService;
import dev.reload.account.AccountService.Registration;
import dev.reload.account.Role;
import dev.reload.advice.engine.Advice;
import dev.reload.knee.Activity;
import dev.reload.knee.Condition;
import dev.reload.knee.Phase;
import dev.reload.knee.RedFlag;
import dev.reload.knee.VolumeUnit;
import dev.reload.log.CheckInEntry;
import dev.reload.log.CheckInService;
import dev.reload.log.SessionEntry;
import dev.reload.log.SessionService;
import dev.reload.log.StrengthEntry;
import dev.reload.log.StrengthService;
import dev.reload.plan.PlanEntry;
import dev.reload.plan.PlanService;
import dev.reload.plan.PlanTuning;
import dev.reload.plan.ProposedKnobs;
import dev.reload.plan.ScreeningEntry;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each account's snapshot of its records (decision 0030), the same on every database Reload runs
 * on (subclasses pick it): a read with nothing written since uses the snapshot; after any write to
 * the plan, the screens or the log — through the application or straight in SQL, as another
 * instance or an operator would — the advice is the one computed from a fresh read, and every
 * such write raises the version of its own account only.
 */
abstract class RecordsSnapshotsContract {

    static final LocalDate START = LocalDate.of(2026, 2, 16);
    static final LocalDate WEEK_TWO = START.plusWeeks(1);

    @Autowired
    private AccountService accounts;

    @Autowired
    private PlanService plans;

    @Autowired
    private PlanTuning tuning;

    @Autowired
    private SessionService sessions;

    @Autowired
    private CheckInService checkIns;

    @Autowired
    private StrengthService strength;

    @Autowired
    private StoredRecordsReader records;

    @Autowired
    private AdviceService advice;

    @Autowired
    private AdviceComputations computations;

    @Autowired
    private JdbcClient jdbc;

    private AccountId owner;
    private AccountId other;
    private long firstRun;

    @BeforeEach
    void aPlanWithAGreenFirstWeek() {
        owner = register();
        other = register();
        for (AccountId account : List.of(owner, other)) {
            plans.screen(account, new ScreeningEntry(START, List.of()));
            plans.create(account, plan(Phase.RETURN));
            strength.add(account, new StrengthEntry(START, "CLAMSHELL", 2, 12, BigDecimal.ZERO, 0, null, null));
            for (int day : new int[] {0, 2, 4}) {
                long id = sessions.add(account, run(START.plusDays(day), 2)).id();
                if (account.equals(owner) && day == 0) {
                    firstRun = id;
                }
            }
            for (int day = 0; day <= 7; day++) {
                checkIns.add(account, new CheckInEntry(START.plusDays(day), 1, null, null, null, null));
            }
        }
    }

    @Test
    void aReadWithNothingWrittenSinceIsTheSnapshotItself() {
        StoredRecords first = records.read(owner).orElseThrow();
        StoredRecords second = records.read(owner).orElseThrow();
        assertThat(second).isSameAs(first);
        assertThat(second.inputs()).as("mapped once").isSameAs(first.inputs());

        sessions.add(owner, run(WEEK_TWO, 1));
        assertThat(records.read(owner).orElseThrow()).isNotSameAs(first);
    }

    @Test
    void aWriteToAnotherAccountLeavesTheSnapshotInUse() {
        StoredRecords first = records.read(owner).orElseThrow();
        sessions.add(other, run(WEEK_TWO, 1));
        checkIns.add(other, new CheckInEntry(WEEK_TWO.plusDays(1), 2, null, null, null, null));
        assertThat(records.read(owner).orElseThrow()).isSameAs(first);
    }

    @Test
    void aRedSessionLoggedAfterTheAdviceWasKeptTurnsTheLightRed() {
        Advice before = adviceInWeekTwo();
        sessions.add(owner, run(WEEK_TWO, 7));
        Advice after = adviceInWeekTwo();
        assertThat(after).isNotEqualTo(before).isEqualTo(freshAdviceInWeekTwo());
        assertThat(after.light().name()).isEqualTo("RED");
    }

    @Test
    void everyKindOfWriteThroughTheApplicationIsSeenByTheNextAdvice() {
        changes(
                o -> sessions.update(o, firstRun, run(START, 5)),
                o -> sessions.ratePain(o, firstRun, 6, 6),
                o -> sessions.delete(o, firstRun),
                o -> sessions.restore(o, firstRun),
                o -> checkIns.add(o, new CheckInEntry(WEEK_TWO.plusDays(1), 5, 3, null, null, null)),
                o -> checkIns.record(o, new CheckInEntry(WEEK_TWO.plusDays(1), 8, 3, null, null, null)),
                o -> strength.add(o, new StrengthEntry(WEEK_TWO, "SPLIT_SQUAT", 3, 10, BigDecimal.TEN, 2, null, null)),
                o -> strength.add(
                        o,
                        new StrengthEntry(WEEK_TWO.plusDays(1), "SPLIT_SQUAT", 3, 10, BigDecimal.TEN, 7, null, null)),
                o -> plans.screen(o, new ScreeningEntry(WEEK_TWO, List.of(RedFlag.CALF_PAIN_SWELLING))),
                o -> plans.screen(o, new ScreeningEntry(WEEK_TWO.plusDays(1), List.of())),
                o -> tuning.change(
                        o, o, new ProposedKnobs(new BigDecimal("5"), null, null, null, null, null, null, null)),
                o -> plans.changePainOnset(o, START.minusWeeks(2)),
                o -> plans.create(o, plan(Phase.SETTLE)));
    }

    @Test
    void writesStraightInSqlAsAnotherInstanceWouldAreSeenByTheNextAdvice() {
        changes(
                o -> jdbc.sql("UPDATE check_in SET morning_pain = 9 WHERE account_id = ? AND check_in_date = ?")
                        .params(o.value(), START.plusDays(1))
                        .update(),
                o -> jdbc.sql("DELETE FROM check_in WHERE account_id = ? AND check_in_date = ?")
                        .params(o.value(), START.plusDays(1))
                        .update(),
                o -> jdbc.sql("UPDATE activity_session SET pain_during = 8 WHERE account_id = ? AND id = ?")
                        .params(o.value(), firstRun)
                        .update(),
                o -> jdbc.sql("UPDATE plan SET sessions_per_week = 2 WHERE account_id = ?")
                        .param(o.value())
                        .update());
    }

    @Test
    void everyWriteToTheAdvisersTablesRaisesTheVersionOfItsOwnAccountOnly() {
        for (String table : List.of("plan", "screening", "activity_session", "check_in", "strength_set")) {
            long mine = version(owner);
            long theirs = version(other);
            jdbc.sql("UPDATE " + table + " SET account_id = account_id WHERE account_id = ?")
                    .param(owner.value())
                    .update();
            assertThat(version(owner)).as(table + ": an update").isGreaterThan(mine);
            assertThat(version(other)).as(table + ": the other account").isEqualTo(theirs);
        }
        long before = version(owner);
        strength.delete(
                owner,
                strength.add(owner, new StrengthEntry(WEEK_TWO, "CLAMSHELL", 2, 12, BigDecimal.ZERO, 0, null, null))
                        .id());
        assertThat(version(owner)).as("an insert and a delete").isGreaterThanOrEqualTo(before + 2);
    }

    /** Each change in turn after the advice was kept: the next advice is a fresh read's, and differs from the one before at least once. */
    @SafeVarargs
    private void changes(Consumer<AccountId>... writes) {
        int changed = 0;
        for (Consumer<AccountId> write : writes) {
            Advice kept = adviceInWeekTwo();
            write.accept(owner);
            Advice next = adviceInWeekTwo();
            assertThat(next).as("after write %d", changed).isEqualTo(freshAdviceInWeekTwo());
            if (!next.equals(kept)) {
                changed++;
            }
        }
        assertThat(changed).as("writes that changed the advice").isPositive();
    }

    private Advice adviceInWeekTwo() {
        return advice.adviceFor(owner, WEEK_TWO.plusDays(2)).orElseThrow();
    }

    /** The same advice from a reader that keeps nothing. */
    private Advice freshAdviceInWeekTwo() {
        StoredRecordsReader uncached =
                new StoredRecordsReader(plans, sessions, checkIns, strength, RecordsSnapshots.none());
        return new AdviceService(computations, uncached)
                .adviceFor(owner, WEEK_TWO.plusDays(2))
                .orElseThrow();
    }

    private long version(AccountId account) {
        return jdbc.sql("SELECT records_version FROM account WHERE id = ?")
                .param(account.value())
                .query(Long.class)
                .single();
    }

    private AccountId register() {
        return accounts.register(new Registration(
                        "snapshots-" + UUID.randomUUID() + "@example.org", "Sam", "amber-tundra-whistle", Role.PATIENT))
                .id();
    }

    private static PlanEntry plan(Phase phase) {
        return new PlanEntry(
                Condition.PATELLOFEMORAL_PAIN,
                Activity.RUN,
                VolumeUnit.KM,
                START,
                new BigDecimal("30"),
                3,
                null,
                new BigDecimal("3"),
                phase,
                null,
                null);
    }

    private static SessionEntry run(LocalDate day, int pain) {
        return new SessionEntry(
                day, Activity.RUN, new BigDecimal("4"), 4, pain, pain, null, null, null, null, null, null);
    }
}
