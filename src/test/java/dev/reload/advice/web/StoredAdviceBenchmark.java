package dev.reload.advice.web;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcPrint;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import dev.reload.progress.ProgressBenchmark;
import dev.reload.progress.ProgressLogs;
import dev.reload.support.ApiAccounts;
import dev.reload.support.PostgresTest;
import dev.reload.support.Visitor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * docs/benchmarks.md, "Stored advice": what {@code GET /api/v1/advice} and the Today page cost for
 * a plan of a month, a year, five and ten years of daily log (a run and a check-in every day, four
 * strength exercises three times a week, the plan begun on the log's first day, so that the
 * engine walks every week), on PostgreSQL. For each: the request with the account's snapshot in
 * use (nothing written since the last request), and the request after a write (the snapshot out
 * of date, so the records are read again), each as the median wall time and the median CPU time
 * of the thread that served it (MockMvc serves on the calling thread: security, the reads on the
 * driver's side, the mapping, the engine, JSON or Thymeleaf; the database's own work is in the
 * wall time only). Not a unit test: surefire skips it by its name; run it with {@code
 * -Dtest=StoredAdviceBenchmark -Dreload.benchmark=true} and {@code RELOAD_TEST_POSTGRES_URL}.
 */
@SpringBootTest
@AutoConfigureMockMvc(print = MockMvcPrint.NONE)
@PostgresTest
@EnabledIfSystemProperty(named = "reload.benchmark", matches = "true")
class StoredAdviceBenchmark {

    static final int[] WEEKS = {5, 52, 261, 522};
    static final String[] NAMES = {"1 month", "1 year", "5 years", "10 years"};
    static final int ROUNDS = Integer.getInteger("reload.benchmark.rounds", 40);

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    @Autowired
    private MockMvc mvc;

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void storedAdviceCostsWhatItsRulesNeed() throws Exception {
        List<String> rows = new ArrayList<>();
        double[][] kept = new double[WEEKS.length][];
        for (int i = 0; i < WEEKS.length; i++) {
            Span span = span(WEEKS[i]);
            String advice = "/api/v1/advice";
            double[] apiKept = time(() -> span.api(advice), false, span.account);
            double[] apiRead = time(() -> span.api(advice), true, span.account);
            double[] todayKept = time(span::today, false, span.account);
            double[] todayRead = time(span::today, true, span.account);
            kept[i] = apiKept;
            rows.add(String.format(
                    Locale.ROOT,
                    "| %s | %,d | %.2f / %.2f | %.2f / %.2f | %.2f / %.2f | %.2f / %.2f |",
                    NAMES[i],
                    span.rows,
                    apiKept[0],
                    apiKept[1],
                    apiRead[0],
                    apiRead[1],
                    todayKept[0],
                    todayKept[1],
                    todayRead[0],
                    todayRead[1]));
        }
        System.out.println("| log | rows | API, snapshot in use: wall / CPU ms | API after a write | Today, snapshot"
                + " in use | Today after a write |");
        System.out.println("| --- | ---: | ---: | ---: | ---: | ---: |");
        rows.forEach(System.out::println);
        double ratio = kept[WEEKS.length - 1][0] / kept[0][0];
        System.out.printf(Locale.ROOT, "10 years against 1 month, API with its snapshot, wall: %.2f x%n", ratio);
    }

    /** Median wall and CPU ms of {@code ROUNDS} requests after as many warm-ups; {@code write}: the snapshot made out of date before each. */
    private double[] time(Request request, boolean write, long account) throws Exception {
        double[] wall = new double[ROUNDS];
        double[] cpu = new double[ROUNDS];
        for (int round = -ROUNDS; round < ROUNDS; round++) {
            if (write) {
                jdbc.update("UPDATE plan SET sessions_per_week = sessions_per_week WHERE account_id = ?", account);
            }
            long cpuBefore = THREADS.getCurrentThreadCpuTime();
            long started = System.nanoTime();
            MvcResult result = request.perform();
            long took = System.nanoTime() - started;
            long cpuTook = THREADS.getCurrentThreadCpuTime() - cpuBefore;
            assertThat(result.getResponse().getStatus()).isEqualTo(200);
            if (round >= 0) {
                wall[round] = took / 1e6;
                cpu[round] = cpuTook / 1e6;
            }
        }
        Arrays.sort(wall);
        Arrays.sort(cpu);
        return new double[] {wall[ROUNDS / 2], cpu[ROUNDS / 2]};
    }

    private Span span(int weeks) throws Exception {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        LocalDate start = today.minusWeeks(weeks).plusDays(1);
        Visitor person = new Visitor(mvc);
        String email = person.register("advice-benchmark", "Benchmark");
        long account = jdbc.queryForObject("SELECT id FROM account WHERE email = ?", Long.class, email);
        MvcResult issued = mvc.perform(post("/api/v1/tokens")
                        .with(r -> {
                            r.setRemoteAddr("198.51.100." + (weeks % 250 + 1));
                            return r;
                        })
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"email\":\"" + email + "\",\"password\":\"" + ApiAccounts.PASSWORD + "\"}"))
                .andReturn();
        String token = JsonPath.read(issued.getResponse().getContentAsString(), "$.token");
        MvcResult plan = mvc.perform(post("/api/v1/plans")
                        .header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"condition":"PATELLOFEMORAL_PAIN","targetActivity":"RUN","unit":"KM","startDate":"%s",
                                 "weeklyGoal":30,"sessionsPerWeek":3,"tolerableDose":3.0}""".formatted(start)))
                .andReturn();
        assertThat(plan.getResponse().getStatus()).isEqualTo(201);
        int rows = store(account, ProgressBenchmark.weeks(42, start, weeks));
        return new Span(account, token, person, rows);
    }

    private int store(long account, ProgressLogs log) {
        return Arrays.stream(log.store(jdbc, account)).sum();
    }

    private final class Span {
        final long account;
        final String token;
        final Visitor person;
        final int rows;

        Span(long account, String token, Visitor person, int rows) {
            this.account = account;
            this.token = token;
            this.person = person;
            this.rows = rows;
        }

        MvcResult api(String path) throws Exception {
            return mvc.perform(get(path).header("Authorization", "Bearer " + token))
                    .andReturn();
        }

        MvcResult today() throws Exception {
            return person.perform(get("/today"));
        }
    }

    @FunctionalInterface
    private interface Request {
        MvcResult perform() throws Exception;
    }
}
