package dev.reload.progress;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

import dev.reload.advice.PlanHistoryService;
import dev.reload.exercises.ExerciseLibraryFile;
import dev.reload.knee.Activity;
import dev.reload.knee.Condition;
import dev.reload.knee.ExerciseLibrary;
import dev.reload.knee.VolumeUnit;
import dev.reload.log.CheckInView;
import dev.reload.log.SessionView;
import dev.reload.log.StrengthView;
import dev.reload.plan.PlanEntry;
import dev.reload.plan.PlanService.PlanView;

/** A runner's plan and log in memory (the stored views), for the progress read model's tests and benchmark. */
public final class ProgressLogs {

    public static final ExerciseLibrary LIBRARY = ExerciseLibraryFile.read();
    /** A Monday: plan weeks run Monday to Sunday. */
    public static final LocalDate START = LocalDate.parse("2026-03-02");

    private final LocalDate start;
    private final List<SessionView> sessions = new ArrayList<>();
    private final List<CheckInView> checkIns = new ArrayList<>();
    private final List<StrengthView> strength = new ArrayList<>();
    private long ids;

    public ProgressLogs(LocalDate start) {
        this.start = start;
    }

    public static ProgressLogs plan() {
        return new ProgressLogs(START);
    }

    /** Plan week {@code week} (from 1), day {@code d} (0 = its first day). */
    public LocalDate day(int week, int d) {
        return start.plusDays(7L * (week - 1) + d);
    }

    public ProgressLogs run(LocalDate date, double km, int during, int after) {
        sessions.add(new SessionView(
                ++ids,
                date,
                Activity.RUN,
                BigDecimal.valueOf(km),
                VolumeUnit.KM,
                null,
                null,
                4,
                during,
                after,
                "MANUAL",
                null,
                null,
                null,
                null));
        return this;
    }

    public ProgressLogs timedRun(LocalDate date, double km, int minutes, int rpe) {
        sessions.add(new SessionView(
                ++ids,
                date,
                Activity.RUN,
                BigDecimal.valueOf(km),
                VolumeUnit.KM,
                minutes * 60,
                null,
                rpe,
                1,
                1,
                "MANUAL",
                null,
                null,
                null,
                null));
        return this;
    }

    public ProgressLogs morning(LocalDate date, int pain) {
        checkIns.add(new CheckInView(++ids, date, pain, null, null, null, null));
        return this;
    }

    public ProgressLogs mornings(LocalDate from, LocalDate to, int pain) {
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            morning(d, pain);
        }
        return this;
    }

    /** Three green runs of {@code km} each in plan week {@code week} (Mon, Wed, Fri), mornings 1. */
    public ProgressLogs greenWeek(int week, double km) {
        run(day(week, 0), km, 1, 1).run(day(week, 2), km, 1, 1).run(day(week, 4), km, 1, 1);
        return mornings(day(week, 0), day(week, 6), 1);
    }

    public ProgressLogs strength(LocalDate date, String exercise, int reps, double kg, int pain) {
        strength.add(new StrengthView(++ids, date, exercise, 3, reps, BigDecimal.valueOf(kg), null, null, pain));
        return this;
    }

    public PlanView planView() {
        return new PlanView(
                1,
                new PlanEntry(
                        Condition.PATELLOFEMORAL_PAIN,
                        Activity.RUN,
                        VolumeUnit.KM,
                        start,
                        new BigDecimal("30"),
                        3,
                        null,
                        new BigDecimal("3"),
                        null,
                        null,
                        null),
                Instant.EPOCH,
                null);
    }

    /** The sessions, oldest first (as stored). */
    /**
     * Writes this log into the database for {@code account} in three batches (the benchmarks' way
     * of storing years of it at once); answers how many sessions, check-ins and strength entries.
     */
    public int[] store(JdbcTemplate jdbc, long account) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        List<Object[]> sessionRows = sessions().stream()
                .map(r -> new Object[] {
                    account, Date.valueOf(r.date()), r.volume(), r.rpe(), r.painDuring(), r.painAfter(), now
                })
                .toList();
        List<Object[]> checkInRows = checkIns().stream()
                .map(c -> new Object[] {account, Date.valueOf(c.date()), c.morningPain(), now})
                .toList();
        List<Object[]> strengthRows = strength().stream()
                .map(x -> new Object[] {
                    account, Date.valueOf(x.date()), x.exercise(), x.reps(), x.loadKg(), x.painDuring(), now
                })
                .toList();
        jdbc.batchUpdate(
                "INSERT INTO activity_session (account_id, session_date, activity, volume, unit, rpe, pain_during,"
                        + " pain_after, source, created_at) VALUES (?, ?, 'RUN', ?, 'KM', ?, ?, ?, 'MANUAL', ?)",
                sessionRows);
        jdbc.batchUpdate(
                "INSERT INTO check_in (account_id, check_in_date, morning_pain, created_at) VALUES (?, ?, ?, ?)",
                checkInRows);
        jdbc.batchUpdate(
                "INSERT INTO strength_set (account_id, set_date, exercise, sets, reps, load_kg, pain_during, created_at)"
                        + " VALUES (?, ?, ?, 3, ?, ?, ?, ?)",
                strengthRows);
        return new int[] {sessionRows.size(), checkInRows.size(), strengthRows.size()};
    }

    public List<SessionView> sessions() {
        sessions.sort(java.util.Comparator.comparing(SessionView::date));
        return List.copyOf(sessions);
    }

    /** The check-ins, oldest first. */
    public List<CheckInView> checkIns() {
        checkIns.sort(java.util.Comparator.comparing(CheckInView::date));
        return List.copyOf(checkIns);
    }

    /** The strength log, oldest first. */
    public List<StrengthView> strength() {
        strength.sort(java.util.Comparator.comparing(StrengthView::date));
        return List.copyOf(strength);
    }

    /** The read model on {@code asOf}, from the records in memory (the log is sorted oldest first, as stored). */
    public Progress progressOn(LocalDate asOf) {
        sessions.sort(java.util.Comparator.comparing(SessionView::date));
        checkIns.sort(java.util.Comparator.comparing(CheckInView::date));
        strength.sort(java.util.Comparator.comparing(StrengthView::date));
        return Progresses.of(
                PlanHistoryService.history(LIBRARY, planView(), sessions, checkIns, strength, asOf), LIBRARY);
    }
}
