package dev.reload.generator;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import dev.reload.knee.Activity;
import dev.reload.knee.Condition;
import dev.reload.knee.VolumeUnit;

/**
 * One generated account and every row it gets, before any of it is written: values as the tables
 * hold them, references between its own rows by position (a session's pair of shoes is an index
 * into {@link #shoes}, an imported session belongs to {@link #imported}), so that the same seed
 * gives equal accounts whatever ids the database hands out.
 */
record SyntheticAccount(
        int number,
        AccountRow account,
        ScreeningRow screening,
        PlanRow plan,
        List<ShoeRow> shoes,
        ImportRow imported,
        List<SessionRow> sessions,
        List<CheckInRow> checkIns,
        List<StrengthRow> strength,
        TokenRow token) {

    record AccountRow(
            String email,
            String displayName,
            String passwordHash,
            String role,
            Instant createdAt,
            String distanceUnit,
            String timeZone) {}

    record ScreeningRow(LocalDate answeredOn, String redFlags, Instant createdAt) {}

    /** A plan as the onboarding makes it: the default step and knobs, no phase (SETTLE with the R4 gates). */
    record PlanRow(
            Condition condition,
            Activity targetActivity,
            VolumeUnit unit,
            LocalDate startDate,
            BigDecimal weeklyGoal,
            int sessionsPerWeek,
            BigDecimal progressionPercent,
            BigDecimal tolerableDose,
            LocalDate painOnset,
            String assessmentJson,
            Instant createdAt) {}

    record ShoeRow(String name, LocalDate startedOn, BigDecimal startKm, LocalDate retiredOn, Instant createdAt) {}

    /** The watch history the person uploaded when the plan began: a finished ZIP import. */
    record ImportRow(String fileName, int imported, Instant createdAt) {}

    /**
     * A session; {@code shoe} is an index into the account's shoes or null, {@code imported}
     * whether the account's import brought it in (then {@code source} is its file in the export).
     */
    record SessionRow(
            LocalDate date,
            Activity activity,
            BigDecimal volume,
            VolumeUnit unit,
            Integer rpe,
            Integer painDuring,
            Integer painAfter,
            Integer durationSec,
            BigDecimal distanceKm,
            Integer avgPaceSecPerKm,
            String surface,
            Integer shoe,
            String shoes,
            String source,
            Instant createdAt,
            Instant startedAt,
            boolean imported) {}

    record CheckInRow(
            LocalDate date,
            int morningPain,
            Integer morningStiffness,
            BigDecimal sleepHours,
            Integer stress,
            String notes,
            Instant createdAt) {}

    record StrengthRow(
            LocalDate date,
            String exercise,
            int sets,
            int reps,
            BigDecimal loadKg,
            Integer holdSec,
            String tempo,
            int painDuring,
            Instant createdAt) {}

    record TokenRow(String name, String tokenHash, Instant createdAt) {}

    /** Rows of every table this account has, for the summary. */
    int rowCount() {
        return 3 + shoes.size() + (imported == null ? 0 : 1) + sessions.size() + checkIns.size() + strength.size() + 1;
    }
}
