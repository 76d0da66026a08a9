package dev.reload.log;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import dev.reload.account.AccountId;
import dev.reload.account.AccountService;
import dev.reload.account.AccountService.Registration;
import dev.reload.account.Role;
import dev.reload.knee.Activity;
import dev.reload.knee.VolumeUnit;
import dev.reload.log.CheckInService.DayTaken;
import dev.reload.system.web.NotFoundException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Undoing a delete (decision 0011), the same on every database Reload runs on (subclasses pick
 * it): each kind of entry comes back with its id and every column as stored, a session with its
 * import and without a pair of shoes deleted since, a pair of shoes back on its sessions; a
 * check-in whose day has another is refused and stays restorable; nobody else, no second restore
 * and nothing older than a day; the trash keeps no more than a day of deletions.
 */
abstract class LogTrashContract {

    static final LocalDate DAY = LocalDate.of(2026, 3, 9);

    @Autowired
    private SessionService sessions;

    @Autowired
    private CheckInService checkIns;

    @Autowired
    private StrengthService strength;

    @Autowired
    private ShoeService shoes;

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
    void aSessionComesBackWithItsIdAndEverythingItWasStoredWith() {
        ShoeView pair = shoes.add(me, new ShoeEntry("Trail 3", LocalDate.of(2026, 1, 1), new BigDecimal("120"), null));
        SessionView run = sessions.add(
                me,
                new SessionEntry(
                        DAY,
                        Activity.RUN,
                        new BigDecimal("5.5"),
                        4,
                        2,
                        1,
                        32,
                        350,
                        "trail",
                        null,
                        VolumeUnit.KM,
                        pair.id()));
        Map<String, Object> stored = row("activity_session", run.id());

        assertThat(sessions.delete(me, run.id())).isEqualTo(run);
        assertThatThrownBy(() -> sessions.find(me, run.id())).isInstanceOf(NotFoundException.class);
        assertThat(shoes.all(me).get(0).totalKm()).isEqualByComparingTo("120");

        assertThat(sessions.restore(me, run.id())).isEqualTo(run);
        assertThat(sessions.find(me, run.id())).isEqualTo(run);
        assertThat(row("activity_session", run.id())).isEqualTo(stored);
        assertThat(shoes.all(me).get(0).totalKm()).isEqualByComparingTo("125.5");
    }

    @Test
    void anImportedSessionKeepsItsImportAndStartTime() {
        long job = importJob();
        SessionView imported = sessions.addImported(
                me,
                new ImportedSession(
                        DAY,
                        Activity.RUN,
                        DAY.atTime(7, 15).toInstant(ZoneOffset.UTC),
                        1830,
                        new BigDecimal("6.04"),
                        303,
                        "activities/morning.fit",
                        VolumeUnit.KM,
                        job));
        Map<String, Object> stored = row("activity_session", imported.id());

        sessions.delete(me, imported.id());
        assertThat(sessions.importedBy(me, job, 10)).isEmpty();
        sessions.restore(me, imported.id());

        assertThat(sessions.importedBy(me, job, 10)).containsExactly(imported);
        assertThat(row("activity_session", imported.id())).isEqualTo(stored);
        assertThat(sessions.hasSameActivity(
                        me,
                        Activity.RUN,
                        DAY.atTime(7, 15).toInstant(ZoneOffset.UTC),
                        java.time.Duration.ofSeconds(60)))
                .isTrue();
    }

    @Test
    void aSessionWhoseShoesWereDeletedSinceComesBackWithoutThem() {
        ShoeView pair = shoes.add(me, new ShoeEntry("Road 2", LocalDate.of(2026, 1, 1), null, null));
        SessionView run = sessions.add(
                me,
                new SessionEntry(
                        DAY, Activity.RUN, new BigDecimal("4"), 4, 1, 1, null, null, null, null, null, pair.id()));

        sessions.delete(me, run.id());
        shoes.delete(me, pair.id());
        SessionView back = sessions.restore(me, run.id());

        assertThat(back.shoeId()).isNull();
        assertThat(back.shoes()).isEqualTo("Road 2"); // the name it was logged with, as for the pair's other sessions
        assertThat(back.volume()).isEqualByComparingTo("4");
    }

    @Test
    void aCheckInComesBackWithItsIdAndEverythingItWasStoredWith() {
        CheckInView morning =
                checkIns.add(me, new CheckInEntry(DAY, 3, 4, new BigDecimal("6.5"), 7, "stiff on the stairs"));
        Map<String, Object> stored = row("check_in", morning.id());

        assertThat(checkIns.delete(me, morning.id())).isEqualTo(morning);
        assertThat(checkIns.on(me, DAY)).isEmpty();

        assertThat(checkIns.restore(me, morning.id())).isEqualTo(morning);
        assertThat(checkIns.on(me, DAY)).contains(morning);
        assertThat(row("check_in", morning.id())).isEqualTo(stored);
    }

    @Test
    void aCheckInWhoseDayHasAnotherNowStaysDeletedAndCanBeRestoredOnceThatOneIsGone() {
        CheckInView first = checkIns.add(me, new CheckInEntry(DAY, 3, null, null, null, null));
        checkIns.delete(me, first.id());
        CheckInView second = checkIns.add(me, new CheckInEntry(DAY, 1, null, null, null, null));

        assertThatThrownBy(() -> checkIns.restore(me, first.id())).isInstanceOfSatisfying(DayTaken.class, taken -> {
            assertThat(taken.date()).isEqualTo(DAY);
            assertThat(taken.getMessage()).startsWith("Monday 9 March 2026 has another morning check-in");
        });
        assertThat(checkIns.on(me, DAY)).contains(second);

        checkIns.delete(me, second.id());
        assertThat(checkIns.restore(me, first.id())).isEqualTo(first);
        assertThatThrownBy(() -> checkIns.restore(me, second.id())).isInstanceOf(DayTaken.class);
    }

    @Test
    void strengthWorkComesBackWithItsIdAndEverythingItWasStoredWith() {
        StrengthView set =
                strength.add(me, new StrengthEntry(DAY, "WALL_SIT", 3, 4, new BigDecimal("7.5"), 2, 45, "3-0-3"));
        Map<String, Object> stored = row("strength_set", set.id());

        assertThat(strength.delete(me, set.id())).isEqualTo(set);
        assertThat(strength.all(me)).isEmpty();

        assertThat(strength.restore(me, set.id())).isEqualTo(set);
        assertThat(strength.all(me)).containsExactly(set);
        assertThat(row("strength_set", set.id())).isEqualTo(stored);
    }

    @Test
    void aPairOfShoesComesBackOnTheSessionsItWasOnExceptOneGivenAnotherPairSince() {
        ShoeView pair = shoes.add(me, new ShoeEntry("Trail 3", LocalDate.of(2026, 1, 1), new BigDecimal("100"), null));
        ShoeView other = shoes.add(me, new ShoeEntry("Road 2", LocalDate.of(2026, 2, 1), null, null));
        SessionView kept = run(DAY, "5", pair.id());
        SessionView moved = run(DAY.plusDays(1), "3", pair.id());
        Map<String, Object> stored = row("shoe", pair.id());

        assertThat(shoes.delete(me, pair.id()).totalKm()).isEqualByComparingTo("108");
        assertThat(sessions.find(me, kept.id()).shoeId()).isNull();
        sessions.update(
                me,
                moved.id(),
                new SessionEntry(
                        moved.date(),
                        Activity.RUN,
                        new BigDecimal("3"),
                        4,
                        1,
                        1,
                        null,
                        null,
                        null,
                        null,
                        null,
                        other.id()));

        assertThat(shoes.restore(me, pair.id()).totalKm()).isEqualByComparingTo("105");
        assertThat(sessions.find(me, kept.id()).shoeId()).isEqualTo(pair.id());
        assertThat(sessions.find(me, moved.id()).shoeId()).isEqualTo(other.id());
        assertThat(row("shoe", pair.id())).isEqualTo(stored);
    }

    @Test
    void nobodyElseCanRestoreMyEntriesAndNothingComesBackTwice() {
        SessionView run = run(DAY, "5", null);
        CheckInView morning = checkIns.add(me, new CheckInEntry(DAY, 2, null, null, null, null));
        StrengthView set = strength.add(me, new StrengthEntry(DAY, "SQUAT", 3, 10, BigDecimal.ZERO, 1, null, null));
        ShoeView pair = shoes.add(me, new ShoeEntry("Trail 3", LocalDate.of(2026, 1, 1), null, null));
        sessions.delete(me, run.id());
        checkIns.delete(me, morning.id());
        strength.delete(me, set.id());
        shoes.delete(me, pair.id());
        AccountId stranger = register();

        assertThatThrownBy(() -> sessions.restore(stranger, run.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> checkIns.restore(stranger, morning.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> strength.restore(stranger, set.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> shoes.restore(stranger, pair.id())).isInstanceOf(NotFoundException.class);
        assertThat(sessions.all(stranger)).isEmpty();

        sessions.restore(me, run.id());
        checkIns.restore(me, morning.id());
        strength.restore(me, set.id());
        shoes.restore(me, pair.id());
        assertThatThrownBy(() -> sessions.restore(me, run.id()))
                .isInstanceOf(NotFoundException.class)
                .hasMessageContaining("is among your deletions of the last 24 hours");
        assertThatThrownBy(() -> checkIns.restore(me, morning.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> strength.restore(me, set.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> shoes.restore(me, pair.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> sessions.restore(me, run.id() + 1000)).isInstanceOf(NotFoundException.class);
        assertThat(sessions.all(me)).containsExactly(run);
    }

    @Test
    void aDeleteIsKeptForADayAndPrunedAfterward() {
        SessionView yesterday = run(DAY, "5", null);
        SessionView lastWeek = run(DAY.minusDays(7), "3", null);
        sessions.delete(me, yesterday.id());
        sessions.delete(me, lastWeek.id());
        deletedHoursAgo(yesterday.id(), 23);
        deletedHoursAgo(lastWeek.id(), 25);

        assertThat(sessions.restore(me, yesterday.id())).isEqualTo(yesterday);
        assertThatThrownBy(() -> sessions.restore(me, lastWeek.id())).isInstanceOf(NotFoundException.class);
        assertThat(trashed()).as("the restore pruned the expired one").isZero();

        StrengthView set = strength.add(me, new StrengthEntry(DAY, "SQUAT", 3, 10, BigDecimal.ZERO, 1, null, null));
        sessions.delete(me, yesterday.id());
        deletedHoursAgo(yesterday.id(), 30);
        strength.delete(me, set.id());
        assertThat(trashed()).as("the next delete pruned the expired one").isOne();
    }

    @Test
    void entriesLoggedAfterARestoreGetIdsOfTheirOwn() {
        SessionView run = run(DAY, "5", null);
        sessions.delete(me, run.id());
        sessions.restore(me, run.id());

        SessionView next = run(DAY.plusDays(1), "6", null);

        assertThat(next.id()).isGreaterThan(run.id());
        assertThat(sessions.all(me)).containsExactly(run, next);
    }

    @Test
    void deletingTheAccountEmptiesItsTrash() {
        sessions.delete(me, run(DAY, "5", null).id());
        assertThat(trashed()).isOne();

        jdbc.update("DELETE FROM account WHERE id = ?", me.value());

        assertThat(trashed()).isZero();
    }

    private SessionView run(LocalDate day, String km, Long shoe) {
        return sessions.add(
                me,
                new SessionEntry(day, Activity.RUN, new BigDecimal(km), 4, 1, 1, null, null, null, null, null, shoe));
    }

    private Map<String, Object> row(String table, long id) {
        return jdbc.queryForMap("SELECT * FROM " + table + " WHERE id = ?", id);
    }

    private void deletedHoursAgo(long sessionId, int hours) {
        jdbc.update(
                "UPDATE log_trash SET deleted_at = ? WHERE account_id = ? AND kind = 'SESSION' AND entry_id = ?",
                Timestamp.from(Instant.now().minusSeconds(hours * 3600L)),
                me.value(),
                sessionId);
    }

    private int trashed() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM log_trash WHERE account_id = ?", Integer.class, me.value());
    }

    private AccountId register() {
        return accounts.register(new Registration(
                        "trash-" + UUID.randomUUID() + "@example.org", "T", "amber-tundra-whistle", Role.PATIENT))
                .id();
    }

    private long importJob() {
        return WholeLogContract.importJob(jdbc, me);
    }
}
