package dev.reload.advice.engine;

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

/**
 * Advice for a log of 10 years of daily sessions, check-ins and strength sets (target: under
 * 1 ms per advice). Run with {@code ./mvnw -q -B -Pbenchmarks test-compile exec:exec}.
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
    LocalDate asOf;

    @Setup
    public void setUp() {
        engine = new AdviceEngine(ExerciseLibrary.load());
        input = tenYears(42);
        asOf = input.plan().startDate().plusDays(DAYS);
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
            sessions.add(ActivitySession.of(day, Activity.RUN, 2 + random.nextInt(12) * 0.5, 3 + random.nextInt(6),
                    pain, Math.min(10, pain + random.nextInt(2))));
            checkIns.add(CheckIn.of(day, random.nextInt(10) < 9 ? 1 : 3));
            strength.add(StrengthSet.of(day, EXERCISES[d % EXERCISES.length], 3, 10 + random.nextInt(6),
                    d % 2 == 0 ? 0 : 10 + random.nextInt(20), random.nextInt(5)));
        }
        return AdviceInput.of(plan, sessions, checkIns, strength);
    }

    @Benchmark
    public Advice adviceOverTenYearsOfDailyLogs() {
        return engine.advise(input, asOf);
    }
}
