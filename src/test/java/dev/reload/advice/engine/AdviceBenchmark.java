package dev.reload.advice.engine;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import dev.reload.exercises.ExerciseLibraryFile;
import dev.reload.knee.Activity;
import dev.reload.knee.Condition;
import dev.reload.knee.VolumeUnit;

/**
 * Advice for a log of 10 years of daily sessions, check-ins and strength sets (target: under
 * 1 ms per advice). Run with {@code ./mvnw -q -B -Pbenchmarks test-compile exec:exec}. On a
 * shared, busy machine the wall-clock figures of JMH include time the thread waited for a core;
 * {@link #main} also reports the CPU time of the advising thread alone
 * ({@code -Dbenchmark.main=dev.reload.advice.engine.AdviceBenchmark}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class AdviceBenchmark {

    static final int DAYS = 3650;
    static final String[] EXERCISES = {"CLAMSHELL", "SIDE_PLANK", "BRIDGE", "SPLIT_SQUAT", "STEP_UP", "LEG_PRESS"};

    AdviceEngine engine;
    AdviceInput input;
    IndexedLog indexed;
    AdviceInput withOnset;
    LocalDate asOf;

    @Setup
    public void setUp() {
        engine = new AdviceEngine(ExerciseLibraryFile.read());
        input = tenYears(42);
        indexed = engine.index(input);
        asOf = input.plan().startDate().plusDays(DAYS);
        withOnset = input.withAssessment(null, asOf.minusDays(30));
    }

    /** A plan started 10 years ago with a session, a check-in and a strength set every day. */
    static AdviceInput tenYears(long seed) {
        Random random = new Random(seed);
        LocalDate start = LocalDate.of(2016, 1, 4);
        Plan plan = new Plan(Condition.PATELLOFEMORAL_PAIN, Activity.RUN, VolumeUnit.KM, start, 40, 5, 10, 3.0, null);
        List<ActivitySession> sessions = new ArrayList<>(DAYS);
        List<CheckIn> checkIns = new ArrayList<>(DAYS);
        List<StrengthSet> strength = new ArrayList<>(DAYS);
        for (int d = 0; d < DAYS; d++) {
            LocalDate day = start.plusDays(d);
            int pain = random.nextInt(10) < 8 ? random.nextInt(3) : random.nextInt(7);
            sessions.add(ActivitySession.of(
                    day,
                    Activity.RUN,
                    2 + random.nextInt(12) * 0.5,
                    3 + random.nextInt(6),
                    pain,
                    Math.min(10, pain + random.nextInt(2))));
            checkIns.add(CheckIn.of(day, random.nextInt(10) < 9 ? 1 : 3));
            strength.add(StrengthSet.of(
                    day,
                    EXERCISES[d % EXERCISES.length],
                    3,
                    10 + random.nextInt(6),
                    d % 2 == 0 ? 0 : 10 + random.nextInt(20),
                    random.nextInt(5)));
        }
        return AdviceInput.of(plan, sessions, checkIns, strength);
    }

    /** The whole request: sort and index the 10-year log, walk its 521 plan weeks, apply the day's rules. */
    @Benchmark
    public Advice adviceOverTenYearsOfDailyLogs() {
        return engine.advise(input, asOf);
    }

    /** The same advice on a log indexed once before (the stored flow: one log, many days). */
    @Benchmark
    public Advice adviceOnAnIndexedTenYearLog() {
        return engine.advise(indexed, asOf);
    }

    /** The whole request with a pain onset a month before asOf: R8.training-error runs R6 on the weeks before it. */
    @Benchmark
    public Advice adviceWithAPainOnsetInTheLog() {
        return engine.advise(withOnset, asOf);
    }

    /** CPU time of the advising thread per advice (excludes time spent waiting for a core). */
    public static void main(String[] args) {
        AdviceBenchmark b = new AdviceBenchmark();
        b.setUp();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        int n = 5_000;
        Object sink = null;
        for (int round = 1; round <= 8; round++) {
            long cpu = threads.getCurrentThreadCpuTime();
            long wall = System.nanoTime();
            for (int i = 0; i < n; i++) {
                sink = b.adviceOverTenYearsOfDailyLogs();
            }
            long fullCpu = threads.getCurrentThreadCpuTime() - cpu;
            long fullWall = System.nanoTime() - wall;
            cpu = threads.getCurrentThreadCpuTime();
            for (int i = 0; i < n; i++) {
                sink = b.adviceOnAnIndexedTenYearLog();
            }
            long indexedCpu = threads.getCurrentThreadCpuTime() - cpu;
            cpu = threads.getCurrentThreadCpuTime();
            for (int i = 0; i < n; i++) {
                sink = b.adviceWithAPainOnsetInTheLog();
            }
            long onsetCpu = threads.getCurrentThreadCpuTime() - cpu;
            System.out.printf(
                    "round %d: full advice %.0f us CPU (%.0f us wall), on an indexed log %.0f us CPU,"
                            + " with a pain onset %.0f us CPU%n",
                    round, fullCpu / 1e3 / n, fullWall / 1e3 / n, indexedCpu / 1e3 / n, onsetCpu / 1e3 / n);
        }
        System.out.println(sink == null ? "" : "done");
    }
}
