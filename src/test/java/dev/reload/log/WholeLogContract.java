package dev.reload.log;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;

import dev.reload.account.AccountId;
import dev.reload.account.AccountService;
import dev.reload.account.AccountService.Registration;
import dev.reload.account.Role;
import dev.reload.knee.Activity;
import dev.reload.knee.VolumeUnit;
import dev.reload.log.LogEntry.Kind;
import dev.reload.system.web.InvalidFieldException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The whole log's queries, the same on every database Reload runs on (subclasses pick it): whole
 * days newest first, the order within a day, keyset pages both ways, a jump to a date years back,
 * the filters by activity, by source and by import, and nobody else's entries.
 */
abstract class WholeLogContract {

    /** A Sunday, the newest day of the history below. */
    static final LocalDate NEWEST = LocalDate.of(2026, 3, 8);

    /** A run imported from a watch years before everything else. */
    static final LocalDate YEARS_AGO = LocalDate.of(2019, 6, 15);

    @Autowired
    private WholeLogService log;

    @Autowired
    private SessionService sessions;

    @Autowired
    private StrengthService strength;

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
    void aDayListsSessionsByLatestStartThenStrengthNewestFirstThenTheMorningCheckIn() {
        CheckInView morningCheckIn = checkIn(NEWEST, 2);
        StrengthView first = strengthSet(NEWEST, "SPLIT_SQUAT");
        StrengthView second = strengthSet(NEWEST, "WALL_SIT");
        SessionView byHand = logged(NEWEST, Activity.WALK, "30");
        long job = importJob();
        SessionView morning = imported(NEWEST, Activity.RUN, 7, job);
        SessionView evening = imported(NEWEST, Activity.CYCLE, 18, job);

        LogPage page = log.page(me, LogFilter.EVERYTHING, null, null);

        assertThat(page.days()).singleElement().satisfies(day -> {
            assertThat(day.date()).isEqualTo(NEWEST);
            assertThat(day.entries())
                    .extracting(LogEntry::kind, LogEntry::id)
                    .containsExactly(
                            tuple(Kind.SESSION, evening.id()),
                            tuple(Kind.SESSION, morning.id()),
                            tuple(Kind.SESSION, byHand.id()),
                            tuple(Kind.STRENGTH, second.id()),
                            tuple(Kind.STRENGTH, first.id()),
                            tuple(Kind.CHECK_IN, morningCheckIn.id()));
        });
        assertThat(page.olderBefore()).isNull();
        assertThat(page.newerAfter()).isNull();
    }

    @Test
    void pagesThirtyDaysAtATimeBackToARunFromYearsAgoAndForwardAgain() {
        history();

        LogPage first = log.page(me, LogFilter.EVERYTHING, null, null);
        assertThat(first.days()).hasSize(WholeLogService.DAYS_PER_PAGE);
        assertThat(first.days().get(0).date()).isEqualTo(NEWEST);
        assertThat(first.days()).extracting(LogDay::date).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(first.olderBefore()).isEqualTo(NEWEST.minusDays(29));
        assertThat(first.newerAfter()).isNull();

        LogPage second = log.page(me, LogFilter.EVERYTHING, first.olderBefore(), null);
        assertThat(second.days())
                .extracting(LogDay::date)
                .startsWith(NEWEST.minusDays(30))
                .endsWith(YEARS_AGO);
        assertThat(second.days()).hasSize(15 + 1);
        assertThat(second.olderBefore()).isNull();
        assertThat(second.newerAfter()).isEqualTo(NEWEST.minusDays(30));

        LogPage back = log.page(me, LogFilter.EVERYTHING, null, second.newerAfter());
        assertThat(back.days())
                .extracting(LogDay::date)
                .isEqualTo(first.days().stream().map(LogDay::date).toList());
        assertThat(back.newerAfter()).isNull();
        assertThat(back.olderBefore()).isEqualTo(first.olderBefore());
    }

    @Test
    void aJumpToAMonthYearsAgoStartsAtItsLastEntry() {
        history();

        LogPage june2019 = log.page(me, LogFilter.EVERYTHING, LocalDate.of(2019, 7, 1), null);

        assertThat(june2019.days()).singleElement().satisfies(day -> {
            assertThat(day.date()).isEqualTo(YEARS_AGO);
            assertThat(day.entries()).singleElement().satisfies(e -> {
                assertThat(e.session().activity()).isEqualTo(Activity.RUN);
                assertThat(e.session().source()).isEqualTo("activities/2019.fit");
            });
        });
        assertThat(june2019.olderBefore()).isNull();
        assertThat(june2019.newerAfter()).isEqualTo(YEARS_AGO);
        assertThat(log.firstDay(me)).contains(YEARS_AGO);
    }

    @Test
    void aJumpBeforeTheFirstEntryIsEmptyAndLeadsForward() {
        history();

        LogPage before = log.page(me, LogFilter.EVERYTHING, LocalDate.of(2001, 1, 1), null);

        assertThat(before.isEmpty()).isTrue();
        assertThat(before.olderBefore()).isNull();
        assertThat(before.newerAfter()).isEqualTo(LocalDate.of(2000, 12, 31));
        LogPage forward = log.page(me, LogFilter.EVERYTHING, null, before.newerAfter());
        assertThat(forward.days()).hasSize(WholeLogService.DAYS_PER_PAGE);
        assertThat(forward.days()).last().extracting(LogDay::date).isEqualTo(YEARS_AGO);
        assertThat(forward.olderBefore()).isNull();
        assertThat(forward.newerAfter()).isEqualTo(forward.days().get(0).date());
    }

    @Test
    void filtersByActivityLeaveThatActivitysSessionsOnly() {
        history();

        LogPage runs = log.page(me, new LogFilter(Activity.RUN, null, null), null, null);

        assertThat(runs.days()).isNotEmpty();
        assertThat(runs.days()).flatExtracting(LogDay::entries).allSatisfy(e -> {
            assertThat(e.kind()).isEqualTo(Kind.SESSION);
            assertThat(e.session().activity()).isEqualTo(Activity.RUN);
        });
        assertThat(runs.days()).extracting(LogDay::date).contains(NEWEST.minusDays(2));
        assertThat(log.page(me, new LogFilter(Activity.SWIM, null, null), null, null)
                        .isEmpty())
                .isTrue();
    }

    @Test
    void filtersBySourceAndByImport() {
        checkIn(NEWEST, 1);
        strengthSet(NEWEST, "SPLIT_SQUAT");
        SessionView byHand = logged(NEWEST.minusDays(1), Activity.WALK, "20");
        long one = importJob();
        long other = importJob();
        SessionView fromOne = imported(NEWEST.minusDays(2), Activity.RUN, 7, one);
        SessionView fromOther = imported(NEWEST.minusDays(3), Activity.RUN, 7, other);

        assertThat(ids(log.page(me, new LogFilter(null, LogSource.LOGGED, null), null, null)))
                .hasSize(3)
                .contains(byHand.id())
                .doesNotContain(fromOne.id(), fromOther.id());
        assertThat(kinds(log.page(me, new LogFilter(null, LogSource.LOGGED, null), null, null)))
                .containsExactly(Kind.STRENGTH, Kind.CHECK_IN, Kind.SESSION);
        assertThat(ids(log.page(me, new LogFilter(null, LogSource.IMPORTED, null), null, null)))
                .containsExactly(fromOne.id(), fromOther.id());
        assertThat(ids(log.page(me, new LogFilter(null, null, other), null, null)))
                .containsExactly(fromOther.id());
        assertThat(ids(log.page(me, new LogFilter(Activity.WALK, LogSource.IMPORTED, null), null, null)))
                .isEmpty();
    }

    @Test
    void anImportsSessionsAreListedNewestFirstUpToTheLimit() {
        long job = importJob();
        SessionView old = imported(NEWEST.minusDays(9), Activity.RUN, 7, job);
        SessionView recent = imported(NEWEST, Activity.RUN, 7, job);
        SessionView middle = imported(NEWEST.minusDays(4), Activity.CYCLE, 7, job);
        imported(NEWEST.minusDays(5), Activity.RUN, 7, importJob());

        assertThat(sessions.importedBy(me, job, 10))
                .extracting(SessionView::id)
                .containsExactly(recent.id(), middle.id(), old.id());
        assertThat(sessions.importedBy(me, job, 2))
                .extracting(SessionView::id)
                .containsExactly(recent.id(), middle.id());
    }

    @Test
    void someoneElsesEntriesAndImportsNeverShow() {
        long job = importJob();
        imported(NEWEST, Activity.RUN, 7, job);
        logged(NEWEST, Activity.WALK, "30");
        AccountId stranger = register();

        assertThat(log.page(stranger, LogFilter.EVERYTHING, null, null).isEmpty())
                .isTrue();
        assertThat(log.page(stranger, new LogFilter(null, null, job), null, null)
                        .isEmpty())
                .isTrue();
        assertThat(sessions.importedBy(stranger, job, 10)).isEmpty();
        assertThat(log.firstDay(stranger)).isEmpty();
    }

    @Test
    void refusesBeforeWithAfterNamingAfterAndAnImportAmongEntriesLoggedByHand() {
        assertThatThrownBy(() -> log.page(me, LogFilter.EVERYTHING, NEWEST, NEWEST))
                .isInstanceOfSatisfying(
                        InvalidFieldException.class,
                        e -> assertThat(e.problems().get(0).field()).isEqualTo("after"));
        assertThatThrownBy(() -> new LogFilter(null, LogSource.LOGGED, 1L))
                .isInstanceOfSatisfying(
                        InvalidFieldException.class,
                        e -> assertThat(e.problems().get(0).field()).isEqualTo("importId"));
    }

    // --- the history ----------------------------------------------------------------------------

    /**
     * 45 days in a row up to {@link #NEWEST}: a check-in each day, a run every other day, strength
     * on every third; and one imported run {@link #YEARS_AGO}.
     */
    private void history() {
        for (int back = 0; back < 45; back++) {
            LocalDate day = NEWEST.minusDays(back);
            checkIn(day, back % 4);
            if (back % 2 == 0) {
                logged(day, Activity.RUN, "4");
            }
            if (back % 3 == 0) {
                strengthSet(day, "SPLIT_SQUAT");
            }
        }
        sessions.addImported(
                me,
                new ImportedSession(
                        YEARS_AGO,
                        Activity.RUN,
                        YEARS_AGO.atTime(6, 30).toInstant(ZoneOffset.UTC),
                        1800,
                        new BigDecimal("5.2"),
                        346,
                        "activities/2019.fit",
                        VolumeUnit.KM,
                        null));
    }

    private AccountId register() {
        return accounts.register(new Registration(
                        "log-" + UUID.randomUUID() + "@example.org", "L", "amber-tundra-whistle", Role.PATIENT))
                .id();
    }

    private long importJob() {
        return importJob(jdbc, me);
    }

    /** A finished import of the account, as the history module stores one (the log only refers to it). */
    static long importJob(JdbcTemplate jdbc, AccountId account) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.update(
                connection -> {
                    var statement = connection.prepareStatement(
                            "INSERT INTO import_job (account_id, file_name, kind, status, created_at, updated_at)"
                                    + " VALUES (?, 'export.zip', 'ZIP', 'DONE', ?, ?)",
                            new String[] {"id"});
                    statement.setLong(1, account.value());
                    statement.setTimestamp(2, Timestamp.from(Instant.now()));
                    statement.setTimestamp(3, Timestamp.from(Instant.now()));
                    return statement;
                },
                keys);
        return keys.getKey().longValue();
    }

    private SessionView logged(LocalDate day, Activity activity, String volume) {
        return sessions.add(
                me,
                new SessionEntry(day, activity, new BigDecimal(volume), 4, 1, 1, null, null, null, null, null, null));
    }

    private SessionView imported(LocalDate day, Activity activity, int hour, long job) {
        return sessions.addImported(
                me,
                new ImportedSession(
                        day,
                        activity,
                        day.atTime(hour, 0).toInstant(ZoneOffset.UTC),
                        2400,
                        new BigDecimal("8.1"),
                        null,
                        "activities/" + day + "-" + hour + ".fit",
                        null,
                        job));
    }

    private StrengthView strengthSet(LocalDate day, String exercise) {
        return strength.add(me, new StrengthEntry(day, exercise, 3, 10, BigDecimal.ZERO, 1, null, null));
    }

    private CheckInView checkIn(LocalDate day, int pain) {
        return checkIns.add(me, new CheckInEntry(day, pain, null, null, null, null));
    }

    private static List<Long> ids(LogPage page) {
        return page.days().stream()
                .flatMap(d -> d.entries().stream())
                .map(LogEntry::id)
                .toList();
    }

    private static List<Kind> kinds(LogPage page) {
        return page.days().stream()
                .flatMap(d -> d.entries().stream())
                .map(LogEntry::kind)
                .toList();
    }
}
