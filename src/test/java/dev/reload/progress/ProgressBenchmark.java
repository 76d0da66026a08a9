package dev.reload.progress;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
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
import org.springframework.context.support.ResourceBundleMessageSource;
import tools.jackson.databind.json.JsonMapper;

import dev.reload.advice.PlanHistoryService;
import dev.reload.log.CheckInView;
import dev.reload.log.SessionView;
import dev.reload.log.StrengthView;
import dev.reload.plan.PlanService.PlanView;

/**
 * The server time of the progress page and {@code GET /api/v1/progress} for 10 years of daily
 * data (a run and a check-in every day, four strength exercises three times a week), from the
 * stored records in memory to the {@link Progress} record and the JSON of its charts and of the
 * API answer (target: under 200 ms). Run with {@code ./mvnw -q -B -Pbenchmarks test-compile
 * exec:exec -Dbenchmark=ProgressBenchmark}; {@link #main} reports the CPU time of the thread alone
 * ({@code -Dbenchmark.main=dev.reload.progress.ProgressBenchmark}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ProgressBenchmark {

    static final int WEEKS = 522;
    static final String[] EXERCISES = {"SPLIT_SQUAT", "STEP_UP", "CLAMSHELL", "SIDE_PLANK"};

    PlanView plan;
    List<SessionView> sessions;
    List<CheckInView> checkIns;
    List<StrengthView> strength;
    LocalDate asOf;
    ProgressCharts charts;
    JsonMapper json;

    @Setup
    public void setUp() {
        ProgressLogs log = tenYears(42, LocalDate.of(2016, 1, 4));
        plan = log.planView();
        sessions = log.sessions();
        checkIns = log.checkIns();
        strength = log.strength();
        asOf = log.day(WEEKS, 6);
        json = JsonMapper.builder().build();
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("messages", "i18n/progress");
        messages.setDefaultEncoding("UTF-8");
        charts = new ProgressCharts(json, messages);
    }

    /**
     * Ten years of plan weeks from {@code start}: a run every day (mostly pain-free, now and then
     * not), a check-in every morning, strength on the weeks' days 0, 2 and 4.
     */
    static ProgressLogs tenYears(long seed, LocalDate start) {
        return weeks(seed, start, WEEKS);
    }

    /** {@code weeks} plan weeks of a runner's daily log from {@code start}, drawn from {@code seed}. */
    public static ProgressLogs weeks(long seed, LocalDate start, int weeks) {
        Random random = new Random(seed);
        ProgressLogs log = new ProgressLogs(start);
        for (int w = 1; w <= weeks; w++) {
            for (int d = 0; d < 7; d++) {
                LocalDate day = log.day(w, d);
                int pain = random.nextInt(10) < 8 ? random.nextInt(3) : random.nextInt(7);
                log.run(day, 2 + random.nextInt(8) * 0.5, pain, Math.min(10, pain + random.nextInt(2)));
                log.morning(day, random.nextInt(10) < 9 ? 1 : 3);
                if (d == 0 || d == 2 || d == 4) {
                    for (String exercise : EXERCISES) {
                        double kg = exercise.startsWith("S") && !exercise.equals("SIDE_PLANK")
                                ? 10 + random.nextInt(5) * 2.5
                                : 0;
                        log.strength(day, exercise, 10 + random.nextInt(6), kg, random.nextInt(5));
                    }
                }
            }
        }
        return log;
    }

    /** Stored records to the read model: the plan walk, the daily series, the windows, strength by family. */
    @Benchmark
    public Progress readModel() {
        return Progresses.of(
                PlanHistoryService.history(ProgressLogs.LIBRARY, plan, sessions, checkIns, strength, asOf),
                ProgressLogs.LIBRARY);
    }

    /** The page's and the API's server work: the read model, the charts' JSON and the API's JSON. */
    @Benchmark
    public int readModelAndJson() {
        Progress progress = readModel();
        Map<String, String> all = charts.all(progress);
        return all.values().stream().mapToInt(String::length).sum()
                + json.writeValueAsString(progress).length();
    }

    /** CPU time of the thread per request (excludes time spent waiting for a core). */
    public static void main(String[] args) {
        ProgressBenchmark b = new ProgressBenchmark();
        b.setUp();
        System.out.printf(
                "%d sessions, %d check-ins, %d strength entries%n",
                b.sessions.size(), b.checkIns.size(), b.strength.size());
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        int n = 100;
        long sink = 0;
        for (int round = 1; round <= 8; round++) {
            long cpu = threads.getCurrentThreadCpuTime();
            long wall = System.nanoTime();
            for (int i = 0; i < n; i++) {
                sink += b.readModelAndJson();
            }
            System.out.printf(
                    "round %d: read model and JSON %.2f ms CPU (%.2f ms wall)%n",
                    round, (threads.getCurrentThreadCpuTime() - cpu) / 1e6 / n, (System.nanoTime() - wall) / 1e6 / n);
        }
        System.out.println(sink == 0 ? "" : "done");
    }
}
